import { boxPadding } from '../flow/units.ts';
import type { Placed } from './paginate/page-fill.ts';

/**
 * Figures that end the flow never stand alone on the last page: the last lines of the page before (a whole
 * glued chain, so no widow is made) come along.
 */
export function keepLastFiguresCompany(pages: Placed[][], lines: number): void {
  keepLastPlainFiguresCompany(pages, lines);
  keepLastBoxFiguresCompany(pages, lines);
}

/** Figures outside boxes: the page is set in source order with the lines that come along. */
function keepLastPlainFiguresCompany(pages: Placed[][], lines: number): void {
  const last = pages.at(-1);
  const previous = pages.at(-2);
  if (!last || !previous || !last.some((p) => p.unit.figure) || !last.every((p) => p.unit.figure || p.unit.space)) return;
  let from = previous.length - 1;
  while (from > 0 && previous[from - 1].unit.keepWithNext) from--;
  // A box's lines come along only into their own box (keepLastBoxFiguresCompany).
  if (from <= 0 || previous.slice(from).some((p) => p.unit.frame)) return;
  const units = [...previous.slice(from).filter((p) => !p.unit.space), ...last].sort((a, b) => a.index - b.index);
  const used = units.reduce((n, p) => n + p.unit.slots, 0) - (units[units.length - 1].unit.airAfter ?? 0);
  if (used > lines) return;
  previous.splice(from);
  let slot = 0;
  last.splice(0, last.length, ...units.map((p) => ({ ...p, slot: (slot += p.unit.slots) - p.unit.slots })));
}

/**
 * A box's figures alone in the box's last part, on the last page: the box's last lines on the page before
 * (a glued chain of the box's own) come along into that part, which opens with its padding (and its （续）
 * title) as before; the part left on the page before ends with a padding slot of its own.
 */
function keepLastBoxFiguresCompany(pages: Placed[][], lines: number): void {
  const last = pages.at(-1);
  const previous = pages.at(-2);
  const figures = last?.filter((p) => !p.unit.padding && !p.unit.space && !p.unit.continuedLabel) ?? [];
  const frame = figures[0]?.unit.frame;
  if (!last || !previous || !frame || !figures.every((p) => p.unit.figure && p.unit.frame?.id === frame.id)) return;
  let end = previous.length;
  while (end > 0 && (previous[end - 1].unit.space || (previous[end - 1].unit.padding && previous[end - 1].unit.frame?.id === frame.id))) end--;
  const tail = previous[end - 1]?.unit;
  if (!tail || tail.frame?.id !== frame.id || tail.figure || tail.padding) return;
  let from = end - 1;
  while (from > 0 && previous[from - 1].unit.keepWithNext && previous[from - 1].unit.frame?.id === frame.id) from--;
  if (from === 0) return;
  const moved = previous.slice(from, end);
  // A part that opens with the box's lines rather than its padding goes on from the page before: its （续） title stays on top.
  const label = last.find((p) => p.unit.continuedLabel);
  const opensPart = moved[0].unit.padding ? [] : [{ ...moved[0], unit: boxPadding(frame) }, ...(label ? [{ ...label, index: moved[0].index }] : [])];
  const units = [...opensPart, ...moved, ...figures];
  if (units.reduce((n, p) => n + p.unit.slots, 0) > lines) return;
  previous.splice(from);
  const left = previous.at(-1);
  if (left?.unit.frame?.id === frame.id && !left.unit.padding) previous.push({ unit: { ...boxPadding(frame), keepWithNext: false }, slot: left.slot + left.unit.slots, index: left.index });
  let slot = 0;
  last.splice(0, last.length, ...units.map((p) => ({ ...p, slot: (slot += p.unit.slots) - p.unit.slots })));
}
