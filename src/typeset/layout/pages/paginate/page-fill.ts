import type { FlowUnit } from '../../flow/units.ts';

export interface PlacedUnit {
  unit: FlowUnit;
  /** First slot of the unit on its page. */
  slot: number;
}

/** A placed unit and the index of the unit it came from, to go back to when a keep moves units on. */
export interface Placed extends PlacedUnit {
  index: number;
}

/** The page being filled: its units so far and the slots they take. */
export interface PageFill {
  placed: Placed[];
  used: number;
  /** Slots in the text block. */
  lines: number;
}

export function emptyPage(lines: number): PageFill {
  return { placed: [], used: 0, lines };
}

export function place(fill: PageFill, unit: FlowUnit, index: number): void {
  fill.placed.push({ unit, slot: fill.used, index });
  fill.used += unit.slots;
}

/** Keeps the first `length` units of the page (the rest goes on or floats). */
export function truncate(fill: PageFill, length: number): void {
  fill.placed.length = length;
  fill.used = fill.placed.reduce((n, p) => n + p.unit.slots, 0);
}
