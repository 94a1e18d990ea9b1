import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../../../src/typeset/layout/flow/context.ts';
import { entryLine, leaderDots } from '../../../src/typeset/layout/pages/contents-leader.ts';
import type { PageItem } from '../../../src/typeset/model/index.ts';
import { fixedMeasurer } from '../fixed-measurer.ts';

type GlyphsItem = Extract<PageItem, { kind: 'glyphs' }>;
const BLACK = { r: 0, g: 0, b: 0 };
const run = (font: string, text: string, x: number): GlyphsItem => ({
  kind: 'glyphs',
  font,
  size: 12,
  color: BLACK,
  y: 100,
  glyphs: [...text].map((ch, i) => ({ text: ch, x: x + 12 * i })),
});
const context = (missing: string[] = []) =>
  ({ measurer: fixedMeasurer(missing), frame: { size: 12 }, fonts: { body: 'serif' }, color: BLACK }) as unknown as FlowContext;
const textOf = (item: PageItem) => (item.kind === 'glyphs' ? item.glyphs.map((g) => g.text).join('') : item.kind);

describe('contents leader dots', () => {
  it('puts a dot every half em on the grid from the left edge, up to the end given, read as "……"', () => {
    const dots = leaderDots(50, 110, 100, context())!;
    // Grid cells of 6 pt from 54 to 108; each dot (1 em wide in this measurer) centred in its cell.
    expect(dots.glyphs.map((g) => g.x)).toEqual([51, 57, 63, 69, 75, 81, 87, 93, 99]);
    expect(dots.actualText).toEqual({ start: 0, end: 8, text: '……' });
    expect(leaderDots(50, 55, 100, context())).toBeUndefined();
  });

  it('names the missing character and the fix when no face has the middle dot', () => {
    expect(() => leaderDots(50, 110, 100, context(['·']))).toThrow(/目录.*中间点“·”（U\+00B7）.*改法/);
  });
});

describe('the last line of a contents entry', () => {
  const dots: GlyphsItem = { ...run('serif', '···', 60), actualText: { start: 0, end: 2, text: '……' } };
  const number = run('serif', '12', 120);

  it('joins title, dots and number into one run when they share a face, the span moved to the dots', () => {
    const line = entryLine([run('serif', '回家的路', 0)], dots, [number]);
    expect(line.map(textOf)).toEqual(['回家的路···12']);
    expect((line[0] as GlyphsItem).actualText).toEqual({ start: 4, end: 6, text: '……' });
  });

  it('keeps a title run in another face apart, and joins what it can', () => {
    const line = entryLine([run('serif', '回家', 0), run('sans', '𠀀', 24)], dots, [number]);
    expect(line.map(textOf)).toEqual(['回家', '𠀀', '···12']);
    expect((line[2] as GlyphsItem).actualText).toEqual({ start: 0, end: 2, text: '……' });
  });

  it('leaves title and number apart when no dots fit (joined, they would read as one word)', () => {
    expect(entryLine([run('serif', '回家的路', 0)], undefined, [number]).map(textOf)).toEqual(['回家的路', '12']);
  });
});
