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
 *
 * A figure in a callout box (知识卡片) floats too, but never out of its box. A 知识卡片 belongs where the
 * text puts it (the sentence before it often points to it), so the box itself is not moved away from its
 * place the way a figure is, and moving a short box whole to the next page would leave a gap at the page
 * foot as tall as the box. So the box breaks the way a typesetter breaks a long box (续框): the box's own
 * text after the figure fills this page, the box is closed at the page foot, and it continues on the next
 * page, its frame drawn again, with the figure at the top of the continued part. When the box has no text
 * left to fill with, it breaks before its end and the figure opens the continued part alone. The whole box
 * moves only when the part left on this page would be too short to stand: the keeps see to that (a title
 * keeps with its figure or two lines, a paragraph leaves no orphan). Space in a box (its closing padding)
 * is dropped at a page break like any space, so a box part never ends on an empty framed slot.
 */
export function paginate(units: FlowUnit[], lines: number): PlacedUnit[][] {
  const pages: Placed[][] = [];
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
  /** A box's figure is waiting and unit i is not the box's text that may fill the page before it. */
  const boxMustBreak = (i: number) =>
    floats.some((f) => {
      const id = units[f].frame?.id;
      return id !== undefined && !(units[i].frame?.id === id && units[i + 1]?.frame?.id === id);
    });
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (unit.space && (page.length === 0 || (unit.frame && page[page.length - 1].unit.frame?.id !== unit.frame.id))) {
      i++;
      continue;
    }
    if (page.length > 0 && boxMustBreak(i)) {
      flush();
      continue;
    }
    if (unit.figure && floats.length > 0) {
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
      floats.push(i++);
      continue;
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
  keepLastFiguresCompany(pages, lines);
  return pages;
}

/**
 * Figures that end the flow never stand alone on the last page: the last lines of the page before (a whole
 * glued chain, so no widow is made) come along, and the page is set in source order.
 */
function keepLastFiguresCompany(pages: Placed[][], lines: number): void {
  const last = pages.at(-1);
  const previous = pages.at(-2);
  if (!last || !previous || !last.some((p) => p.unit.figure) || !last.every((p) => p.unit.figure || p.unit.space)) return;
  let from = previous.length - 1;
  while (from > 0 && previous[from - 1].unit.keepWithNext) from--;
  if (from <= 0) return;
  const units = [...previous.slice(from).filter((p) => !p.unit.space), ...last].sort((a, b) => a.index - b.index);
  const used = units.reduce((n, p) => n + p.unit.slots, 0) - (units[units.length - 1].unit.airAfter ?? 0);
  if (used > lines) return;
  previous.splice(from);
  let slot = 0;
  last.splice(0, last.length, ...units.map((p) => ({ ...p, slot: (slot += p.unit.slots) - p.unit.slots })));
}
