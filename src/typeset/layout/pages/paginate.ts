import { shiftItems } from '../items.ts';
import type { FlowUnit } from '../flow/units.ts';

export interface PlacedUnit {
  unit: FlowUnit;
  /** First slot of the unit on its page. */
  slot: number;
}

/** A placed unit and the index of the unit it came from, to go back to when a keep moves units on. */
interface Placed extends PlacedUnit {
  index: number;
}

/**
 * Units → pages of `lines` slots. A unit that does not fit goes to the next page together with everything
 * glued to it (keepWithNext); space never opens a page. A glued chain longer than a page is broken where
 * the page is full: the only time a keep gives way.
 *
 * Figures, as a book typesetter sets them: one that does not fit the rest of a page is set smaller to fill
 * it when it can stay readable (FigureFit.minSlots); otherwise it floats to the top of the next page and the
 * text after it fills the gap. Floated figures keep their order. A unit with `repeat` (a table row) that
 * opens a page has that unit (the table's header) set again above it.
 */
export function paginate(units: FlowUnit[], lines: number): PlacedUnit[][] {
  const pages: PlacedUnit[][] = [];
  let page: Placed[] = [];
  let used = 0;
  /** Figures waiting for the top of the next page (indices into units), and how many opened this page. */
  let floats: number[] = [];
  let floatsOnTop = 0;
  const place = (unit: FlowUnit, index: number) => {
    page.push({ unit, slot: used, index });
    used += unit.slots;
  };
  const flush = () => {
    pages.push(page);
    page = [];
    used = 0;
    floatsOnTop = 0;
    while (floats.length > 0 && (page.length === 0 || used + units[floats[0]].slots - (units[floats[0]].airAfter ?? 0) <= lines)) {
      const index = floats.shift()!;
      // Nothing before a floated figure on its new page belongs to it: a keep never moves it again.
      place({ ...units[index], keepWithNext: false }, index);
      floatsOnTop++;
    }
  };
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (page.length === 0 && unit.space) {
      i++;
      continue;
    }
    if (unit.figure && !unit.frame && floats.length > 0) {
      floats.push(i++);
      continue;
    }
    const opening = page.length === floatsOnTop;
    const repeat = opening && unit.repeat && used + unit.repeat.slots + unit.slots <= lines ? unit.repeat : undefined;
    const needed = unit.slots - (unit.airAfter ?? 0) + (repeat?.slots ?? 0);
    if (used + needed <= lines || page.length === 0) {
      if (repeat) place({ ...repeat, items: shiftItems(repeat.items, 0, 0) }, i);
      place(unit, i++);
      continue;
    }
    if (unit.figure) {
      if (unit.figure.minSlots <= lines - used) {
        place({ ...unit, ...unit.figure.fit(lines - used) }, i++);
        continue;
      }
      // Inside a callout box the figure stays where it is: floating would carry it out of its box.
      if (!unit.frame) {
        floats.push(i++);
        continue;
      }
    }
    let keep = page.length;
    while (keep > 0 && page[keep - 1].unit.keepWithNext) keep--;
    if (keep > 0 && keep < page.length) {
      i = page[keep].index;
      page = page.slice(0, keep);
      // Figures floated from the units that move on are met again in their turn.
      floats = floats.filter((f) => f < i);
    }
    flush();
  }
  while (page.length > 0) flush();
  return pages;
}
