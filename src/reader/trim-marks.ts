import type { Box } from './bleed-fills.ts';
import { MM, pdfNumber, round2 } from './points.ts';

/** The print shop's geometry around the trim: all in pt. */
export const PRINT_GEOMETRY = {
  /** Colour that reaches the trim is carried this far past it, so a trim a little off leaves no white edge. */
  bleed: round2(3 * MM),
  /** Trim marks start this far from the trim: 2 mm clear of the bleed, so no mark can print inside it. */
  markOffset: round2(5 * MM),
  markLength: round2(5 * MM),
  /** Paper around the trim for the bleed, the marks and room past them: half an inch (12.7 mm), a whole number of pt. */
  slug: 36,
  /** A hairline, as print shops expect trim marks. */
  markWidth: 0.25,
};

/** The trim marks' ink: registration (all four plates, so they show on every separation), or black on a gray book. */
export type MarkInk = 'registration' | 'black';

/**
 * Content-stream operators for the eight corner trim marks of a page: at each corner one mark on the line of
 * each trim edge, running outward from `markOffset` past the trim.
 */
export function trimMarkOperators(trim: Box, ink: MarkInk): string {
  const { markOffset: o, markLength: l, markWidth } = PRINT_GEOMETRY;
  const lines: Array<[number, number, number, number]> = [];
  for (const x of [trim.left, trim.right]) {
    const out = x === trim.left ? -1 : 1;
    for (const y of [trim.bottom, trim.top]) {
      const up = y === trim.bottom ? -1 : 1;
      // The vertical mark continues the trim line x = const past the top or bottom edge…
      lines.push([x, y + up * o, x, y + up * (o + l)]);
      // …and the horizontal one continues y = const past the left or right edge.
      lines.push([x + out * o, y, x + out * (o + l), y]);
    }
  }
  const colour = ink === 'registration' ? '1 1 1 1 K' : '0 G';
  const strokes = lines.map(([x1, y1, x2, y2]) => `${pdfNumber(x1)} ${pdfNumber(y1)} m ${pdfNumber(x2)} ${pdfNumber(y2)} l S`);
  return ['q', `${markWidth} w 0 J [] 0 d ${colour}`, ...strokes, 'Q', ''].join('\n');
}
