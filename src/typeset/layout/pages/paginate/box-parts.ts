import { shiftItems } from '../../items.ts';
import { boxPadding, type FlowUnit } from '../../flow/units.ts';
import { place, truncate, type PageFill } from './page-fill.ts';

// Every part of a callout box on a page has the box's padding slot above and below its content, as the
// whole box has at its real top and bottom; a figure's blank slot of air is that padding.

/** 1 when `unit` opens a part of its box here: the part's padding goes above it. */
export function leadPadding(fill: PageFill, unit: FlowUnit): number {
  return unit.frame && !unit.padding && fill.placed.at(-1)?.unit.frame?.id !== unit.frame.id ? 1 : 0;
}

/** Slots from the top of `unit` that must be on this page: its content, and the padding a box part ends with. */
export function needed(unit: FlowUnit): number {
  return unit.slots - (unit.airAfter ?? 0) + (unit.frame && !unit.padding ? 1 : 0);
}

/**
 * The box's title with （续） when `units[index]` opens a part of its box that is not the box's first (the
 * box broke at a page or a figure of it floated), as placed: a copy of its own, since finalizing moves items.
 */
export function continuedLabel(fill: PageFill, units: FlowUnit[], index: number): FlowUnit | undefined {
  const unit = units[index];
  const label = unit.frame?.continued;
  if (!label || !leadPadding(fill, unit) || opensBox(units, index)) return undefined;
  return { ...label, items: shiftItems(label.items, 0, 0), frame: unit.frame, continuedLabel: true };
}

/** Whether `units[index]` is the first content of its box (only the box's opening padding before it). */
function opensBox(units: FlowUnit[], index: number): boolean {
  const id = units[index].frame?.id;
  let k = index - 1;
  while (k >= 0 && units[k].frame?.id === id && units[k].padding) k--;
  return units[k]?.frame?.id !== id;
}

/** Places `unit`, with the padding (and the （续） label) that opens its box's part when it opens one. */
export function placeFramed(fill: PageFill, unit: FlowUnit, index: number, label?: FlowUnit): void {
  if (leadPadding(fill, unit)) place(fill, boxPadding(unit.frame!), index);
  if (label) place(fill, label, index);
  place(fill, unit, index);
}

/** A box's padding with none of its content after it on the page (the content floats on) is taken off. */
export function dropEmptyBoxPart(fill: PageFill): void {
  const { placed } = fill;
  const frame = placed.at(-1)?.unit.padding ? placed.at(-1)!.unit.frame?.id : undefined;
  let start = placed.length;
  while (start > 0 && placed[start - 1].unit.frame?.id === frame && placed[start - 1].unit.padding) start--;
  truncate(fill, frame !== undefined && placed[start - 1]?.unit.frame?.id !== frame ? start : placed.length);
}

/** A box part that stops here ends with a padding slot (a figure's air is one already). */
export function closeBoxPart(fill: PageFill): void {
  const last = fill.placed.at(-1)?.unit;
  if (last?.frame && !last.padding && !last.airAfter && fill.used < fill.lines) place(fill, { ...boxPadding(last.frame), keepWithNext: false }, fill.placed.at(-1)!.index);
}
