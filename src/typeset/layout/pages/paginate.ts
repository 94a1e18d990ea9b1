import { shiftItems } from '../items.ts';
import { boxPadding, spaceUnit, type FlowUnit } from '../flow/units.ts';
import { keepLastFiguresCompany } from './last-page-figures.ts';

export interface PlacedUnit {
  unit: FlowUnit;
  /** First slot of the unit on its page. */
  slot: number;
}

/** A placed unit and the index of the unit it came from, to go back to when a keep moves units on. */
export interface Placed extends PlacedUnit {
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
 * Callout boxes (知识卡片) break across pages like a long box in a book (续框): every part of a box on a
 * page has the box's padding slot above and below its content, as the whole box has at its real top and
 * bottom, so a box's content always leaves a slot under it for the padding that closes its part; a
 * figure's blank slot of air is that padding (also at the box's real end). A figure in a box floats like
 * any other, framed at the top of the next page as a part of its box, while the text after it (the box's
 * own, then the story's) fills the page it left, so a box never leaves a gap at a page foot. A box stays
 * where the text puts it (the sentence before it often points to it) unless it is only a title over its
 * figures: that is a captioned figure in a frame, and it floats whole like one rather than leave its title
 * alone at the page foot. The keeps see to it that no part is too short to stand (a title keeps with its
 * figure or two lines, a paragraph leaves no orphan).
 */
export function paginate(units: FlowUnit[], lines: number): PlacedUnit[][] {
  const pages: Placed[][] = [];
  let page: Placed[] = [];
  let used = 0;
  /** Figures waiting for the top of the next page (indices into units), and how many units opened this page. */
  let floats: number[] = [];
  let floatsOnTop = 0;
  /** A box that floats whole (see strandedTitle): its closing padding and the space after it are not set here. */
  let floatedBox: number | undefined;
  let i = 0;
  const place = (unit: FlowUnit, index: number) => {
    page.push({ unit, slot: used, index });
    used += unit.slots;
  };
  /** 1 when `unit` opens a part of its box here: the part's padding goes above it. */
  const leadPadding = (unit: FlowUnit) => (unit.frame && !unit.padding && page.at(-1)?.unit.frame?.id !== unit.frame.id ? 1 : 0);
  /** Slots from the top of `unit` that must be on this page: its content, and the padding a box part ends with. */
  const needed = (unit: FlowUnit) => unit.slots - (unit.airAfter ?? 0) + (unit.frame && !unit.padding ? 1 : 0);
  const placeFramed = (unit: FlowUnit, index: number) => {
    if (leadPadding(unit)) place(boxPadding(unit.frame!), index);
    place(unit, index);
  };
  /** A box's padding with none of its content after it on the page (the content floats on) is taken off. */
  const dropEmptyBoxPart = () => {
    const frame = page.at(-1)?.unit.padding ? page.at(-1)!.unit.frame?.id : undefined;
    let start = page.length;
    while (start > 0 && page[start - 1].unit.frame?.id === frame && page[start - 1].unit.padding) start--;
    if (frame !== undefined && page[start - 1]?.unit.frame?.id !== frame) page = page.slice(0, start);
    used = page.reduce((n, p) => n + p.unit.slots, 0);
  };
  /** A box part that stops here ends with a padding slot (a figure's air is one already). */
  const closeBoxPart = () => {
    const last = page.at(-1)?.unit;
    if (last?.frame && !last.padding && !last.airAfter && used < lines) place({ ...boxPadding(last.frame), keepWithNext: false }, page.at(-1)!.index);
  };
  const flush = () => {
    dropEmptyBoxPart();
    closeBoxPart();
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
    while (floats.length > 0) {
      const unit = units[floats[0]];
      const lead = leadPadding(unit);
      const room = lines - used - lead - (unit.frame ? 1 : 0);
      // A box's figure under its floated title is set smaller rather than part from it.
      const fitted = used + lead + needed(unit) > lines && unit.frame && unit.figure && unit.figure.minSlots <= room ? unit.figure.fit(room) : undefined;
      if (page.length > 0 && used + lead + needed(unit) > lines && !fitted) break;
      // Nothing before a floated figure on its new page belongs to it: a keep never moves it again.
      placeFramed({ ...unit, ...fitted, keepWithNext: false }, floats.shift()!);
    }
    floatsOnTop = page.length;
    const last = page.at(-1)?.unit;
    // A box's figure floated past the end of its box ends its part like the box's end: padding, then space.
    if (last?.frame && units[i]?.frame?.id !== last.frame.id) {
      closeBoxPart();
      if (used < lines) place(spaceUnit(1), page.at(-1)!.index);
    }
  };
  /**
   * What floating the figure at `at` would do to the text of its box glued on above it (the box's title):
   * 'alone' when the box has no text after the figure (the box is a captioned figure in a frame: it may
   * float whole, from `start` on the page), 'short' when it has one line (the title and the figure go on
   * together), otherwise undefined (the box's text after the figure fills the page under the title).
   */
  const strandedTitle = (at: number): { start: number; left: 'alone' | 'short' } | undefined => {
    const frame = units[at].frame?.id;
    if (frame === undefined) return undefined;
    let start = page.length;
    while (start > 0 && page[start - 1].unit.keepWithNext && page[start - 1].unit.frame?.id === frame) start--;
    if (start === page.length) return undefined;
    let bodyLines = 0;
    for (let j = at + 1; j < units.length && units[j].frame?.id === frame && bodyLines < 2; j++) if (units[j].bodyLine) bodyLines++;
    if (bodyLines >= 2) return undefined;
    const opensBox = units[page[start].index - 1]?.frame?.id !== frame;
    return { start, left: bodyLines === 0 && opensBox && start > 0 ? 'alone' : 'short' };
  };
  while (i < units.length) {
    const unit = units[i];
    const before = page.at(-1)?.unit;
    const floatedAway = floatedBox !== undefined && (unit.frame?.id === floatedBox || units[i - 1]?.frame?.id === floatedBox);
    // A box's closing padding goes only under its own content, and a figure's air is padding enough.
    if (unit.space && (!before || floatedAway || (unit.frame && (before.frame?.id !== unit.frame.id || before.airAfter || before.padding)))) {
      i++;
      continue;
    }
    if (unit.figure && floats.length > 0) {
      dropEmptyBoxPart();
      floats.push(i++);
      continue;
    }
    const lead = leadPadding(unit);
    const opening = page.length === floatsOnTop;
    const repeat = opening && unit.repeat && used + unit.repeat.slots + unit.slots <= lines ? unit.repeat : undefined;
    if (used + lead + needed(unit) + (repeat?.slots ?? 0) <= lines) {
      if (lead) place(boxPadding(unit.frame!), i);
      if (repeat) place({ ...repeat, frame: unit.frame, items: shiftItems(repeat.items, 0, 0) }, i);
      place(unit, i++);
      continue;
    }
    const room = lines - used - lead - (unit.frame ? 1 : 0);
    if (unit.figure && unit.figure.minSlots <= room) {
      placeFramed({ ...unit, ...unit.figure.fit(room) }, i++);
      continue;
    }
    if (page.length === 0) {
      placeFramed(unit, i++);
      continue;
    }
    const stranded = unit.figure ? strandedTitle(i) : undefined;
    if (unit.figure && stranded?.left !== 'short') {
      if (stranded) {
        floats.push(...page.slice(stranded.start).map((p) => p.index));
        // The space around the box goes with it: the text before and after it reads on as one.
        page = page.slice(0, stranded.start);
        while (page.at(-1)?.unit.space && !page.at(-1)!.unit.frame) page.pop();
        floatedBox = unit.frame!.id;
      }
      dropEmptyBoxPart();
      floats.push(i++);
      continue;
    }
    let keep = page.length;
    while (keep > 0 && page[keep - 1].unit.keepWithNext) keep--;
    // A chain that cannot move still never ends a page with a box's opening padding alone.
    if (keep === 0 && page.length > 1 && page[page.length - 1].unit.padding && page[page.length - 2].unit.frame?.id !== unit.frame?.id) keep = page.length - 1;
    if (keep > 0 && keep < page.length) {
      i = page[keep].index;
      page = page.slice(0, keep);
      used = page.reduce((n, p) => n + p.unit.slots, 0);
      // Figures floated from the units that move on are met again in their turn.
      floats = floats.filter((f) => f < i);
    }
    flush();
  }
  while (page.length > 0 || floats.length > 0) flush();
  keepLastFiguresCompany(pages, lines);
  return pages;
}
