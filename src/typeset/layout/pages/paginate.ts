import { shiftItems } from '../items.ts';
import { boxPadding, type FlowUnit } from '../flow/units.ts';
import { keepLastFiguresCompany } from './last-page-figures.ts';
import { closeBoxPart, continuedLabel, dropEmptyBoxPart, lastLineAfter, leadPadding, needed, placeFramed } from './paginate/box-parts.ts';
import { closeFloatedBox, setFloats } from './paginate/floats.ts';
import { breakBefore } from './paginate/keeps.ts';
import { emptyPage, place, truncate, type PageFill, type Placed, type PlacedUnit } from './paginate/page-fill.ts';
import { strandedTitle } from './paginate/stranded-title.ts';
import { isShortBox, keptBeforeBox, textAfter, textBoxAt, textBoxFloats } from './paginate/whole-box.ts';

export type { Placed, PlacedUnit };

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
 * figure's blank slot of air is that padding (also at the box's real end). Every part after the box's
 * first opens with the box's title and （续）, as a continued table opens with 续表. A figure in a box floats
 * like any other, framed at the top of the next page as a part of its box, while the text after it (the
 * box's own, then the story's) fills the page it left, so a box never leaves a gap at a page foot. A box
 * stays where the text puts it (the sentence before it often points to it) unless it is only a title over
 * its figures and at most one line: that is a captioned figure in a frame, and it floats whole like one
 * rather than leave its title alone at the page foot or a gap under the text before it; a figure that would
 * leave its box's one last line alone on the next page is set smaller to keep it. The keeps see to it that
 * no part is too short to stand (a title keeps with its figure or two lines, a paragraph leaves no orphan).
 *
 * A box of text only (a sidebar, as a book designer treats it) is not split when it need not be (see
 * whole-box): when it does not fit the rest of a page but fits an empty one, it floats whole to the top of the
 * next page while the story's text after it fills the page, if that text reaches the page foot before the
 * next heading, figure or box (and, at the story's end, runs on past it); otherwise a short one (at most half
 * a page of title and text) goes to the next page whole, leaving the rest of the page blank, and a longer
 * one breaks with （续） as above.
 */
export function paginate(units: FlowUnit[], lines: number): PlacedUnit[][] {
  const pages: Placed[][] = [];
  let fill: PageFill = emptyPage(lines);
  /** Figures waiting for the top of the next page (indices into units), and how many units opened this page. */
  let floats: number[] = [];
  let floatsOnTop = 0;
  /** A box that floats whole (see strandedTitle): its closing padding and the space after it are not set here. */
  let floatedBox: number | undefined;
  /** The text box last weighed whole (see whole-box), and where the text filling the page it floated from stops. */
  let weighedBox: number | undefined;
  /**
   * A short text box taken whole to the next page: it is weighed again there (figures or a box floated to that
   * page's top may leave it too little room too) and moves on again rather than split, but never floats past
   * text from there: it stays next to the text before it.
   */
  let movedBox: number | undefined;
  let boxWaitsUntil: number | undefined;
  let i = 0;
  const flush = () => {
    dropEmptyBoxPart(fill);
    closeBoxPart(fill);
    if (fill.placed.length > 0) pages.push(fill.placed);
    fill = emptyPage(lines);
    setFloats(fill, units, floats);
    floatsOnTop = fill.placed.length;
    closeFloatedBox(fill, units[i]);
    boxWaitsUntil = undefined;
  };
  /** The page's units from `keep` on go on to the next page: they (and the figures they floated) are met again in their turn. */
  const moveOn = (keep: number) => {
    if (keep === 0 || keep >= fill.placed.length) return;
    i = fill.placed[keep].index;
    truncate(fill, keep);
    floats = floats.filter((f) => f < i);
    // A box floated whole from the units that move on is laid out afresh when it is met again.
    if (floatedBox !== undefined && !floats.some((f) => units[f].frame?.id === floatedBox)) floatedBox = boxWaitsUntil = weighedBox = undefined;
  };
  while (i < units.length) {
    const unit = units[i];
    const page = fill.placed;
    const before = page.at(-1)?.unit;
    // A box floated whole goes before the heading (or figure, or box) that the text filling its page stops at.
    if (boxWaitsUntil !== undefined && i >= boxWaitsUntil) {
      flush();
      continue;
    }
    // A text box that does not fit the rest of the page is not split when it need not be: it floats whole to
    // the next page's top while the text after it fills this one, or, short, goes there whole in its place.
    const box = page.length > 0 ? textBoxAt(units, i) : undefined;
    if (box && (box.id !== weighedBox || box.id === movedBox) && fill.used + box.slots > lines) {
      const firstWeighed = box.id !== weighedBox;
      weighedBox = box.id;
      if (firstWeighed && textBoxFloats(fill, units, box, floats.length)) {
        truncate(fill, keptBeforeBox(fill));
        for (let j = box.start; j < box.end; j++) floats.push(j);
        floatedBox = box.id;
        boxWaitsUntil = textAfter(units, box.end).stop;
        i = box.end + 1;
        continue;
      }
      const keep = isShortBox(box, lines) ? breakBefore(fill, unit) : 0;
      if (keep > 0) {
        movedBox = box.id;
        moveOn(keep);
        flush();
        continue;
      }
    }
    const floatedAway = floatedBox !== undefined && (unit.frame?.id === floatedBox || units[i - 1]?.frame?.id === floatedBox);
    // A box's closing padding goes only under its own content, and a figure's air is padding enough.
    if (unit.space && (!before || floatedAway || (unit.frame && (before.frame?.id !== unit.frame.id || before.airAfter || before.padding)))) {
      i++;
      continue;
    }
    if (unit.figure && floats.length > 0) {
      dropEmptyBoxPart(fill);
      floats.push(i++);
      continue;
    }
    const lead = leadPadding(fill, unit);
    const label = continuedLabel(fill, units, i);
    const above = lead + (label?.slots ?? 0);
    const opening = page.length === floatsOnTop;
    const repeat = opening && unit.repeat && fill.used + (label?.slots ?? 0) + unit.repeat.slots + unit.slots <= lines ? unit.repeat : undefined;
    // A box's figure that would leave the box's one last line to a part of its own on the next page is set
    // smaller, when it can be, so the box ends here whole.
    const lastLine = unit.figure && unit.frame ? lastLineAfter(units, i) : 0;
    const shrunk = lastLine && fill.used + above + unit.slots + lastLine + 1 > lines ? lines - fill.used - above - lastLine - 2 : undefined;
    if (shrunk !== undefined && unit.figure!.minSlots <= shrunk) {
      placeFramed(fill, { ...unit, ...unit.figure!.fit(shrunk) }, i++, label);
      continue;
    }
    if (fill.used + above + needed(unit) + (repeat?.slots ?? 0) <= lines) {
      if (lead) place(fill, boxPadding(unit.frame!), i);
      if (label) place(fill, label, i);
      if (repeat) place(fill, { ...repeat, frame: unit.frame, items: shiftItems(repeat.items, 0, 0) }, i);
      place(fill, unit, i++);
      continue;
    }
    const room = lines - fill.used - above - (unit.frame ? 1 : 0);
    // A box that is only its title, a figure and that one line is rather floated whole than left in two parts.
    const floatsWhole = lastLine > 0 && strandedTitle(fill, units, i)?.left === 'alone';
    if (unit.figure && unit.figure.minSlots <= room && !floatsWhole) {
      placeFramed(fill, { ...unit, ...unit.figure.fit(room) }, i++, label);
      continue;
    }
    if (page.length === 0) {
      placeFramed(fill, unit, i++, label);
      continue;
    }
    const stranded = unit.figure ? strandedTitle(fill, units, i) : undefined;
    if (unit.figure && stranded?.left !== 'short') {
      if (stranded) {
        floats.push(...page.slice(stranded.start).map((p) => p.index));
        // The space around the box goes with it: the text before and after it reads on as one.
        let keep = stranded.start;
        while (page[keep - 1]?.unit.space && !page[keep - 1].unit.frame) keep--;
        truncate(fill, keep);
        floatedBox = unit.frame!.id;
      }
      dropEmptyBoxPart(fill);
      floats.push(i++);
      // The rest of a box floated whole goes with it (its closing padding is set after it on its page).
      if (stranded) for (; units[i]?.frame?.id === floatedBox; i++) if (!units[i].space) floats.push(i);
      continue;
    }
    moveOn(breakBefore(fill, unit));
    flush();
  }
  while (fill.placed.length > 0 || floats.length > 0) flush();
  keepLastFiguresCompany(pages, lines);
  return pages;
}
