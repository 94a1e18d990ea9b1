import { spaceUnit, type FlowUnit } from '../../flow/units.ts';
import { closeBoxPart, leadPadding, needed, placeFramed } from './box-parts.ts';
import { place, type PageFill } from './page-fill.ts';

/**
 * Sets the figures waiting for the top of a new page (indices into `units`, taken off `floats` as they are
 * set), in their order, as many as fit; the first always goes, the page being empty.
 */
export function setFloats(fill: PageFill, units: FlowUnit[], floats: number[]): void {
  const { lines } = fill;
  while (floats.length > 0) {
    const unit = units[floats[0]];
    const lead = leadPadding(fill, unit);
    const room = lines - fill.used - lead - (unit.frame ? 1 : 0);
    const over = fill.used + lead + needed(unit) > lines;
    // A box's figure under its floated title is set smaller rather than part from it.
    const fitted = over && unit.frame && unit.figure && unit.figure.minSlots <= room ? unit.figure.fit(room) : undefined;
    if (fill.placed.length > 0 && over && !fitted) break;
    // Nothing before a floated figure on its new page belongs to it: a keep never moves it again.
    placeFramed(fill, { ...unit, ...fitted, keepWithNext: false }, floats.shift()!);
  }
}

/** A box's figure floated past the end of its box (`next` is not of the box) ends its part like the box's end: padding, then space. */
export function closeFloatedBox(fill: PageFill, next: FlowUnit | undefined): void {
  const last = fill.placed.at(-1)?.unit;
  if (!last?.frame || next?.frame?.id === last.frame.id) return;
  closeBoxPart(fill);
  if (fill.used < fill.lines) place(fill, spaceUnit(1), fill.placed.at(-1)!.index);
}
