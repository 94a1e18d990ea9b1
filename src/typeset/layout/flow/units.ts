import type { PageItem } from '../../model/index.ts';

/** Something a flow unit marks for the outline (headings) or for links (story starts). */
export interface Anchor {
  title: string;
  /** 0 for a story or section title, then the heading depth. */
  depth: number;
}

/**
 * A piece of the flow that occupies whole line-pitch slots. Items are relative to the text block's left edge
 * and the top of the unit's first slot. Pagination moves units; it never looks inside them.
 */
export interface FlowUnit {
  slots: number;
  items: PageItem[];
  /** No page break between this unit and the next (orphans, widows, headings, captions). */
  keepWithNext: boolean;
  /** Vertical space only: dropped when it would open a page. */
  space?: boolean;
  /** A body text line (headings keep at least two of them after them). */
  bodyLine?: boolean;
  /** Frames (callout boxes) are drawn around consecutive units with the same id on each page. */
  frame?: BoxFrame;
  /** A box's blank padding slot: the frame's edge runs through its middle. */
  padding?: boolean;
  anchor?: Anchor;
  heading?: boolean;
  /** A figure: pagination may set it smaller to finish a page, or float it to the top of the next page. */
  figure?: FigureFit;
  /** Blank slots at the end of `slots` that may hang below the last line of a page (air under a figure). */
  airAfter?: number;
  /** Set again above this unit when it opens a page: a table's header row over the table's continued part. */
  repeat?: FlowUnit;
  /** The （续） title over a continued part of a box (BoxFrame.continued, as placed). */
  continuedLabel?: boolean;
}

export interface FigureFit {
  /** The fewest slots it can be set in (its smallest readable size), not counting its airAfter. */
  minSlots: number;
  /** The figure set as large as fits in `slots` (≥ minSlots) before its airAfter, never larger than its natural size. */
  fit(slots: number): Pick<FlowUnit, 'slots' | 'items' | 'airAfter'>;
}

export interface BoxFrame {
  id: number;
  left: number;
  width: number;
  /** The box's title with （续）, set (as one unit) at the top of every part of the box after its first. */
  continued?: FlowUnit;
}

export function spaceUnit(slots: number): FlowUnit {
  return { slots, items: [], keepWithNext: false, space: true };
}

/** One padding slot of a box: glued to what follows, so it never ends a page on its own. */
export function boxPadding(frame: BoxFrame): FlowUnit {
  return { slots: 1, items: [], keepWithNext: true, frame, padding: true };
}

/**
 * A heading keeps with what follows it: at least two body lines, or a figure (its caption is in the same
 * unit). Glue everything from the heading to the second body line or to the first figure, whichever comes
 * first. A figure is enough on its own and is not glued on to the lines after it: pagination may scale it
 * to finish the page, and the heading must then stay there with it rather than go with it to the next
 * page for the sake of text that never had to follow on the same page. If the figure floats instead, the
 * heading's glue passes to the text after it, so the first two body lines after the figure are glued too.
 * A heading in a box (its title) keeps only with the box's own text, never with the story's text after the
 * box: a one-line box would otherwise take the next paragraph's first lines along and leave a gap.
 */
export function keepHeadingsWithBody(units: FlowUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!units[i].heading) continue;
    const end = glueToTwoBodyLines(units, i, units[i].frame?.id);
    if (units[end]?.figure) glueToTwoBodyLines(units, end + 1, units[end].frame?.id);
  }
}

/**
 * Glues units from `from` on until two body lines are glued in, a figure is met or (with `frame`) the box
 * ends; returns where it stopped.
 */
function glueToTwoBodyLines(units: FlowUnit[], from: number, frame?: number): number {
  let body = units[from]?.bodyLine ? 1 : 0;
  let j = from;
  for (; j < units.length - 1 && body < 2 && !units[j].figure && (frame === undefined || units[j + 1].frame?.id === frame); j++) {
    units[j].keepWithNext = true;
    if (units[j + 1].bodyLine) body++;
  }
  return j;
}
