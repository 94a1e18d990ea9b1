import type { Block, Inline, PageItem } from '../../model/index.ts';
import { shiftItems } from '../items.ts';
import type { LaidLine } from '../inline/index.ts';
import { baselineIn } from '../frame.ts';
import type { Box, FlowContext } from './context.ts';
import { setLines } from './text-lines.ts';
import { spaceUnit, type FlowUnit } from './units.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Natural one-line width of a cell: what the column would like to have. */
function naturalWidth(cell: Inline[], ctx: FlowContext, font: string): number {
  const [line] = setLines(cell, ctx, 1e6, { size: ctx.frame.size, font, justify: false, align: 'left', indent: 0 });
  return line ? line.right : 0;
}

/**
 * Column widths: each column's natural width plus 1 em of padding; when the table is too wide, columns
 * shrink in proportion (never under 2 em); spare width goes to every column evenly so rules span the measure.
 */
function columnWidths(table: TableBlock, ctx: FlowContext, box: Box): number[] {
  const em = ctx.frame.size;
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(
      2 * em,
      naturalWidth(table.header[c] ?? [], ctx, ctx.fonts.heading) + em,
      ...table.rows.map((r) => naturalWidth(r[c] ?? [], ctx, box.font) + em),
    ),
  );
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= box.measure) return natural.map((w) => w + (box.measure - total) / columns);
  const widths = natural.map((w) => Math.max(2 * em, (w * box.measure) / total));
  const scale = box.measure / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w * scale);
}

/**
 * A three-line table (三线表): a heavy rule above the header, a light one under it, a heavy one under the
 * last row. One unit per row; the header keeps with the first row.
 */
export function tableUnits(table: TableBlock, ctx: FlowContext, box: Box): FlowUnit[] {
  const { frame } = ctx;
  const em = frame.size;
  const widths = columnWidths(table, ctx, box);
  const rowUnit = (cells: Inline[][], font: string): FlowUnit => {
    const set: LaidLine[][] = widths.map((w, c) =>
      setLines(cells[c] ?? [], ctx, Math.max(em, w - em), { size: em, font, bold: font, justify: false, align: table.align[c] ?? 'left', indent: 0 }),
    );
    const slots = Math.max(1, ...set.map((lines) => lines.length));
    const items: PageItem[] = [];
    let x = box.left;
    set.forEach((lines, c) => {
      lines.forEach((line, k) => items.push(...shiftItems(line.items, x + em / 2, baselineIn(k * frame.pitch, frame.pitch, em))));
      x += widths[c];
    });
    return { slots, items, keepWithNext: false, bodyLine: true };
  };
  const rule = (y: number, width: number): PageItem => ({ kind: 'rule', x1: box.left, y1: y, x2: box.left + box.measure, y2: y, width, color: ctx.color });
  const units: FlowUnit[] = [];
  if (table.header.length > 0) {
    const header = rowUnit(table.header, ctx.fonts.heading);
    header.items.push(rule(0, 1.2), rule(header.slots * frame.pitch, 0.5));
    header.keepWithNext = true;
    units.push(header);
  }
  for (const row of table.rows) units.push(rowUnit(row, box.font));
  const last = units[units.length - 1];
  if (!last) return [];
  last.items.push(rule(last.slots * frame.pitch, 1.2));
  return [spaceUnit(1), ...units, spaceUnit(1)];
}
