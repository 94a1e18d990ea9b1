import type { Block, Inline, PageItem } from '../../model/index.ts';
import { shiftItems } from '../items.ts';
import type { LaidLine } from '../inline/index.ts';
import { baselineIn } from '../frame.ts';
import { captionLines } from './caption.ts';
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
 * Column widths: each column's natural width plus 1 em of padding. When the table is too wide, the columns
 * that need no more than an even share of what is left keep their natural width and the wide ones share
 * the rest in proportion (never under 2 em); spare width goes to every column evenly so rules span the measure.
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
  const widths = [...natural];
  let wide = natural.map((_, c) => c);
  let room = box.measure;
  for (;;) {
    const narrow = wide.filter((c) => natural[c] <= room / wide.length);
    if (narrow.length === 0 || narrow.length === wide.length) break;
    room -= narrow.reduce((sum, c) => sum + natural[c], 0);
    wide = wide.filter((c) => !narrow.includes(c));
  }
  const wideTotal = wide.reduce((sum, c) => sum + natural[c], 0);
  for (const c of wide) widths[c] = Math.max(2 * em, (natural[c] * room) / wideTotal);
  const scale = box.measure / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w * scale);
}

/**
 * A three-line table (三线表): a heavy rule above the header, a light one under it, a heavy one under the
 * last row. One unit per line of a row, glued so a row stays whole unless it is taller than a page; the
 * header keeps with the first row and is set again above the part of the table a page break carries on,
 * under a 续表 label in the caption style. Label and header are one unit, so the label never stands alone.
 * Our tables carry no number or caption (a Markdown table has none), so the label is the plain 续表 a
 * Chinese book prints over an unnumbered table's continuation (a numbered one would read 续表 3).
 */
export function tableUnits(table: TableBlock, ctx: FlowContext, box: Box): FlowUnit[] {
  const { frame } = ctx;
  const em = frame.size;
  const widths = columnWidths(table, ctx, box);
  const rowUnits = (cells: Inline[][], font: string): FlowUnit[] => {
    const set: LaidLine[][] = widths.map((w, c) =>
      setLines(cells[c] ?? [], ctx, Math.max(em, w - em), { size: em, font, bold: font, justify: false, align: table.align[c] ?? 'left', indent: 0 }),
    );
    const slots = Math.max(1, ...set.map((lines) => lines.length));
    const units: FlowUnit[] = Array.from({ length: slots }, (_, k) => ({ slots: 1, items: [], keepWithNext: k < slots - 1, bodyLine: true }));
    let x = box.left;
    set.forEach((lines, c) => {
      lines.forEach((line, k) => units[k].items.push(...shiftItems(line.items, x + em / 2, baselineIn(0, frame.pitch, em))));
      x += widths[c];
    });
    return units;
  };
  const rule = (y: number, width: number): PageItem => ({ kind: 'rule', x1: box.left, y1: y, x2: box.left + box.measure, y2: y, width, color: ctx.color });
  const units: FlowUnit[] = [];
  let header: FlowUnit | undefined;
  if (table.header.length > 0) {
    // The header as one unit: it is repeated whole and never split.
    const lines = rowUnits(table.header, ctx.fonts.heading);
    const items = lines.flatMap((u, k) => shiftItems(u.items, 0, k * frame.pitch));
    header = { slots: lines.length, items: [...items, rule(0, 1.2), rule(lines.length * frame.pitch, 0.5)], keepWithNext: true };
    units.push(header);
  }
  const continued = continuedLabel(table, ctx, box, header);
  for (const row of table.rows) {
    for (const u of rowUnits(row, box.font)) units.push({ ...u, repeat: continued });
  }
  const last = units[units.length - 1];
  if (!last) return [];
  last.items.push(rule(last.slots * frame.pitch, 1.2));
  return [spaceUnit(1), ...units, spaceUnit(1)];
}

/** What opens a continued part of the table: the 续表 label and, under it, the header row. */
function continuedLabel(table: TableBlock, ctx: FlowContext, box: Box, header: FlowUnit | undefined): FlowUnit {
  const label = captionLines([{ kind: 'text', text: '续表', style: {}, source: table.source }], ctx, box);
  const labelSlots = label.reduce((n, u) => n + u.slots, 0);
  const items = label.flatMap((u) => u.items);
  if (header) items.push(...shiftItems(header.items, 0, labelSlots * ctx.frame.pitch));
  return { slots: labelSlots + (header?.slots ?? 0), items, keepWithNext: true };
}
