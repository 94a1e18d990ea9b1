import type { Inline } from '../../model/index.ts';
import { setParagraph, type LaidLine, type ParagraphOptions } from '../inline/index.ts';
import { shiftItems } from '../items.ts';
import { baselineIn } from '../frame.ts';
import type { Box, FlowContext } from './context.ts';
import type { FlowUnit } from './units.ts';

export interface LineStyle {
  size: number;
  font: string;
  bold?: string;
  justify: boolean;
  align: 'left' | 'center' | 'right';
  indent: number;
  color?: ParagraphOptions['color'];
}

export function setLines(inlines: Inline[], ctx: FlowContext, measure: number, style: LineStyle): LaidLine[] {
  return setParagraph(
    inlines,
    {
      size: style.size,
      fonts: {
        regular: style.font,
        strong: style.bold ?? ctx.fonts.bold,
        emphasis: ctx.fonts.hasKai ? ctx.fonts.quote : undefined,
        code: ctx.fonts.code,
      },
      color: style.color ?? ctx.color,
      cjkLatinSpace: 0.25,
      footnoteNumbers: ctx.footnoteNumbers,
      measure,
      indent: style.indent,
      justify: style.justify,
      align: style.align,
    },
    ctx.measurer,
  );
}

/** Slots one line of `size` takes on the grid. */
export function slotsFor(size: number, ctx: FlowContext): number {
  return Math.max(1, Math.ceil((size * 1.25) / ctx.frame.pitch - 1e-9));
}

/** Set lines → one unit per line, each on the grid. */
export function lineUnits(lines: LaidLine[], ctx: FlowContext, box: Box, size: number): FlowUnit[] {
  const slots = slotsFor(size, ctx);
  const band = slots * ctx.frame.pitch;
  return lines.map((line) => ({
    slots,
    items: shiftItems(line.items, box.left, baselineIn(0, band, size)),
    keepWithNext: false,
  }));
}

/** A body paragraph's lines: no orphan (first line alone at a page foot), no widow (last line alone at a head). */
export function paragraphUnits(inlines: Inline[], ctx: FlowContext, box: Box, justify = true): FlowUnit[] {
  const size = ctx.frame.size;
  const lines = setLines(inlines, ctx, box.measure, { size, font: box.font, justify, align: 'left', indent: box.indent });
  const units = lineUnits(lines, ctx, box, size);
  for (const u of units) u.bodyLine = true;
  if (units.length >= 2) {
    units[0].keepWithNext = true;
    units[units.length - 2].keepWithNext = true;
  }
  return units;
}
