import type { FlowUnit } from '../flow/units.ts';

export interface PlacedUnit {
  unit: FlowUnit;
  /** First slot of the unit on its page. */
  slot: number;
}

/**
 * Units → pages of `lines` slots. A unit that does not fit goes to the next page together with everything
 * glued to it (keepWithNext); space never opens a page. A glued chain longer than a page is broken where
 * the page is full: the only time a keep gives way.
 */
export function paginate(units: FlowUnit[], lines: number): PlacedUnit[][] {
  const pages: PlacedUnit[][] = [];
  let page: PlacedUnit[] = [];
  let used = 0;
  const flush = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (page.length === 0 && unit.space) {
      i++;
      continue;
    }
    if (used + unit.slots <= lines || page.length === 0) {
      page.push({ unit, slot: used });
      used += unit.slots;
      i++;
      continue;
    }
    let keep = page.length;
    while (keep > 0 && page[keep - 1].unit.keepWithNext) keep--;
    if (keep > 0 && keep < page.length) {
      i -= page.length - keep;
      page = page.slice(0, keep);
    }
    flush();
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
