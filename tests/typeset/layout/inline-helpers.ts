import type { Inline } from '../../../src/typeset/model/index.ts';
import { setParagraph, type LaidLine, type ParagraphOptions } from '../../../src/typeset/layout/inline/index.ts';
import { fixedMeasurer } from '../fixed-measurer.ts';

export const SIZE = 10;

export function textInline(text: string): Inline {
  return { kind: 'text', text, style: {}, source: { file: 'test.md', line: 1 } };
}

export function options(measureEm: number, extra: Partial<ParagraphOptions> = {}): ParagraphOptions {
  return {
    size: SIZE,
    fonts: { regular: 'body', strong: 'bold' },
    color: { r: 0, g: 0, b: 0 },
    cjkLatinSpace: 0.25,
    measure: measureEm * SIZE,
    indent: 0,
    justify: true,
    align: 'left',
    ...extra,
  };
}

export function set(text: string | Inline[], measureEm: number, extra: Partial<ParagraphOptions> = {}): LaidLine[] {
  return setParagraph(typeof text === 'string' ? [textInline(text)] : text, options(measureEm, extra), fixedMeasurer());
}

/** Every glyph of a line with its x in ems. */
export function glyphXs(line: LaidLine): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const item of line.items) if (item.kind === 'glyphs') for (const g of item.glyphs) out.push([g.text, Math.round((g.x / SIZE) * 1000) / 1000]);
  return out;
}
