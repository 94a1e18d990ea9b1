import type { Inline } from '../../model/index.ts';
import { setParagraph, type LaidLine, type ParagraphOptions } from '../inline/index.ts';
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

/** Set inline content; items have x from the measure's left edge plus `dx`, and the baseline at `dy`. */
export function setLines(inlines: Inline[], ctx: FlowContext, measure: number, style: LineStyle, dx = 0, dy = 0): LaidLine[] {
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
    dx,
    dy,
  );
}

/** Slots one line of `size` takes on the grid. */
export function slotsFor(size: number, ctx: FlowContext): number {
  return Math.max(1, Math.ceil((size * 1.25) / ctx.frame.pitch - 1e-9));
}

/** Where lines of `size` go on the grid: slots per line and the baseline within them. */
export function gridLine(size: number, ctx: FlowContext): { slots: number; baseline: number } {
  const slots = slotsFor(size, ctx);
  return { slots, baseline: baselineIn(0, slots * ctx.frame.pitch, size) };
}

/** Set inline content into grid lines: one unit per line, x from the text block, baselines on the grid. */
export function setGridLines(inlines: Inline[], ctx: FlowContext, box: Box, style: LineStyle): FlowUnit[] {
  const { slots, baseline } = gridLine(style.size, ctx);
  return setLines(inlines, ctx, box.measure, style, box.left, baseline).map((line) => ({ slots, items: line.items, keepWithNext: false }));
}

/**
 * A body paragraph's lines: no orphan (first line alone at a page foot), no widow (last line alone at a head).
 * Prose gets the box's first-line indent and full justification; `align` sets the lines flush instead
 * (unindented; only flush-left lines are justified, like prose).
 */
export function paragraphUnits(inlines: Inline[], ctx: FlowContext, box: Box, align?: 'left' | 'center' | 'right'): FlowUnit[] {
  const style = align
    ? { justify: align === 'left', align, indent: 0 }
    : { justify: true, align: 'left' as const, indent: box.indent };
  const units = setGridLines(inlines, ctx, box, { size: ctx.frame.size, font: box.font, ...style });
  for (const u of units) u.bodyLine = true;
  if (units.length >= 2) {
    units[0].keepWithNext = true;
    units[units.length - 2].keepWithNext = true;
  }
  return units;
}
