import type { FlowUnit } from '../../flow/units.ts';
import type { PageFill } from './page-fill.ts';

/**
 * Whether a box is short enough never to be split, when it cannot float: its title and text (inside its two
 * padding slots) take at most half the text block. Such a note is read at a glance, and a reader should not
 * turn the page inside it; split, each of its few lines' parts would also carry a frame of its own (padding
 * above and below, the part after the break its title with （续）). Taken whole to the next page it leaves at
 * most about half a page blank, and only where it cannot float: where a heading (a section ends there), a
 * figure, a table or another box follows it, or too little text before the story's end. A longer box breaks
 * with （续） as before.
 */
export function isShortBox(box: TextBox, lines: number): boolean {
  return box.slots - 2 <= lines / 2;
}

/** A callout box of text only (no figure), from its opening padding (`start`) to its closing one (`end`). */
export interface TextBox {
  id: number;
  start: number;
  end: number;
  /** The whole box's height in slots, padding to padding. */
  slots: number;
}

/**
 * The box that opens at `units[at]` (its opening padding), when it holds no figure: a box with figures
 * already leaves no gap (its figures scale or float within it, see paginate), so only text boxes are kept whole.
 */
export function textBoxAt(units: FlowUnit[], at: number): TextBox | undefined {
  const unit = units[at];
  const id = unit.frame?.id;
  if (id === undefined || !unit.padding || unit.space || units[at - 1]?.frame?.id === id) return undefined;
  let slots = 0;
  let end = at;
  for (; end < units.length && units[end].frame?.id === id; end++) {
    if (units[end].figure) return undefined;
    slots += units[end].slots;
  }
  return { id, start: at, end: end - 1, slots };
}

/**
 * The story's text after the box ending at `end` that may fill the page the box leaves: body lines outside
 * boxes (and the space between them), up to the next heading, figure, box, table or anything else (a table
 * continued under the box would lose its 续表); `stop` is the unit it stops before, `endsFlow` whether that
 * is the end of the story.
 */
export function textAfter(units: FlowUnit[], end: number): { slots: number; stop: number; endsFlow: boolean } {
  let slots = 0;
  let j = end + 1;
  for (; j < units.length; j++) {
    const unit = units[j];
    if (unit.frame || unit.figure || unit.repeat || (!unit.space && !unit.bodyLine)) break;
    if (!unit.space) slots += unit.slots;
  }
  return { slots, stop: j, endsFlow: j === units.length };
}

/** How many units of the page stay when the box floats: all but the space before the box (the text reads on). */
export function keptBeforeBox(fill: PageFill): number {
  let keep = fill.placed.length;
  while (keep > 0 && fill.placed[keep - 1].unit.space && !fill.placed[keep - 1].unit.frame) keep--;
  return keep;
}

/**
 * Whether the box, which does not fit the rest of the page, floats whole to the top of the next page: it fits
 * an empty page, nothing else waits for that page's top, nothing above it is glued to it (a heading keeps
 * with its box), and the story's text after it, before the next heading, figure or box, fills the page it
 * leaves, so no gap is left and the box moves no further than the next page. It never floats past a heading
 * (the note belongs to its section), and at the story's end at least two lines must follow it there (the
 * note never comes after the story's last line, which the text before it leads up to).
 */
export function textBoxFloats(fill: PageFill, units: FlowUnit[], box: TextBox, waiting: number): boolean {
  if (box.slots > fill.lines || waiting > 0 || fill.placed.at(-1)?.unit.keepWithNext) return false;
  const keep = keptBeforeBox(fill);
  const used = fill.placed.slice(0, keep).reduce((n, p) => n + p.unit.slots, 0);
  const after = textAfter(units, box.end);
  return after.slots >= fill.lines - used + (after.endsFlow ? 2 : 0);
}
