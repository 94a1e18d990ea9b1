import { spaceUnit, type FlowUnit } from '../../flow/units.ts';
import { closeBoxPart, continuedLabel, leadPadding, needed, placeFramed } from './box-parts.ts';
import { place, type PageFill } from './page-fill.ts';

/**
 * Sets the figures waiting for the top of a new page (indices into `units`, taken off `floats` as they are
 * set), in their order, as many as fit; the first always goes, the page being empty.
 */
export function setFloats(fill: PageFill, units: FlowUnit[], floats: number[]): void {
  const { lines } = fill;
  while (floats.length > 0) {
    const unit = units[floats[0]];
    // A box floated whole ends before the next float as it ends in the flow.
    closeFloatedBox(fill, unit);
    const lead = leadPadding(fill, unit);
    const label = continuedLabel(fill, units, floats[0]);
    // Lines floated on under a box's figure, and the padding under them (the figure's air no longer ends the part).
    const after = linesAfter(units, floats);
    const above = lead + (label?.slots ?? 0);
    const tail = after > 0 ? after + 1 : 0;
    const room = lines - fill.used - above - (unit.frame ? 1 : 0) - tail;
    const over = fill.used + above + needed(unit) + tail > lines;
    // A box's figure under its floated title is set smaller rather than part from it or from the line after it.
    const fitted = over && unit.frame && unit.figure && unit.figure.minSlots <= room ? unit.figure.fit(room) : undefined;
    if (fill.placed.length > 0 && over && !fitted) break;
    // Nothing before a floated figure on its new page belongs to it: a keep never moves it again.
    placeFramed(fill, { ...unit, ...fitted, keepWithNext: false }, floats.shift()!, label);
  }
}

/** A box's figure floated past the end of its box (`next` is not of the box) ends its part like the box's end: padding, then space. */
export function closeFloatedBox(fill: PageFill, next: FlowUnit | undefined): void {
  const last = fill.placed.at(-1)?.unit;
  if (!last?.frame || next?.frame?.id === last.frame.id) return;
  closeBoxPart(fill);
  if (fill.used < fill.lines) place(fill, spaceUnit(1), fill.placed.at(-1)!.index);
}

/** Slots of the text floated with a box's figure `floats[0]` that goes under it (a box floated whole). */
function linesAfter(units: FlowUnit[], floats: number[]): number {
  const frame = units[floats[0]].frame?.id;
  if (frame === undefined || !units[floats[0]].figure) return 0;
  let slots = 0;
  for (let k = 1; k < floats.length && units[floats[k]].frame?.id === frame; k++) if (!units[floats[k]].figure) slots += units[floats[k]].slots;
  return slots;
}
