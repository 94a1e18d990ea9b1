// Story-opener bylines too long for one line: broken into lines that fit as set, never squeezed to fit.
import { describe, expect, it } from 'vitest';
import { layoutBook } from '../../../src/typeset/layout/index.ts';
import { frameOf } from '../../../src/typeset/layout/frame.ts';
import type { PageItem, Section } from '../../../src/typeset/model/index.ts';
import { parseStory } from '../../../src/typeset/parse/index.ts';
import { fixedMeasurer } from '../fixed-measurer.ts';
import { A5, book } from './book-helpers.ts';

const frame = frameOf(A5);
const emsPerLine = Math.round(frame.measure / frame.small);

type Glyphs = Extract<PageItem, { kind: 'glyphs' }>;

/** The byline's lines on the opener page (glyph runs in the byline size), top to bottom, with each glyph's x. */
function bylineLines(byline: string | string[]): Array<{ text: string; xs: number[]; right: number }> {
  const file = '/book/a.mdx';
  const section: Section = {
    kind: 'story',
    story: { id: 'a', title: '山坡上的“花”', byline, blocks: parseStory('某村村医每天早上出诊（示例）。', file).blocks, source: file },
    startOn: 'right',
    inContents: true,
  };
  const { doc } = layoutBook(book([section]), fixedMeasurer(), new Map());
  const page = doc.pages.find((p) => p.items.some((i) => i.kind === 'glyphs' && i.size === frame.small))!;
  const runs = page.items.filter((i): i is Glyphs => i.kind === 'glyphs' && i.size === frame.small).sort((a, b) => a.y - b.y);
  return runs.map((run) => ({
    text: run.glyphs.map((g) => g.text).join(''),
    xs: run.glyphs.map((g) => g.x),
    right: run.glyphs.at(-1)!.x + frame.small,
  }));
}

/** Steps from each glyph to the next, in ems of the byline size. */
const steps = (xs: number[]) => xs.slice(1).map((x, k) => Math.round(((x - xs[k]!) / frame.small) * 1000) / 1000);

describe('a story opener byline wider than the measure', () => {
  const name = '某县某镇某村'.repeat(Math.ceil(emsPerLine / 6));
  const long = `作者：${name.slice(0, emsPerLine - 6)}（示例）`; // 1 em too long: 3 + (n − 6) + 4 = n + 1

  it('is broken onto a second line instead of squeezing its colon and brackets', () => {
    const lines = bylineLines([long, '地点：某村（示例）']);
    expect(lines.length).toBe(3);
    expect(lines.slice(0, 2).map((l) => l.text).join('')).toBe(long);
    expect(lines[2]!.text).toBe('地点：某村（示例）');
    // Every character a full em: nothing squeezed (the fixed measurer sets every character 1 em).
    for (const line of lines) expect(new Set(steps(line.xs)), line.text).toEqual(new Set([1]));
  });

  it('breaks into lines of about even length rather than a full line and a stub, centred on one axis', () => {
    const lines = bylineLines([long]);
    expect(lines.map((l) => l.text).join('')).toBe(long);
    const [first, second] = lines.map((l) => l.text.length);
    expect(Math.abs(first! - second!)).toBeLessThanOrEqual(2);
    const centres = lines.map((l) => (l.xs[0]! + l.right) / 2);
    expect(centres[1]).toBeCloseTo(centres[0]!, 3);
  });

  it('breaks where a phrase does when that keeps the lines about even', () => {
    const place = `地点：${'某县某镇'.repeat(emsPerLine)}`.slice(0, Math.floor(emsPerLine / 2) + 1);
    const lines = bylineLines([`${place}（${'某村某组'.repeat(emsPerLine)}`.slice(0, emsPerLine + 4) + '）']);
    expect(lines.length).toBe(2);
    expect(lines[0]!.text).toBe(place);
    expect(lines[1]!.text.startsWith('（')).toBe(true);
  });

  it('a byline given as one string breaks the same way; an ideographic space at a break is dropped', () => {
    const lines = bylineLines(`${long}　地点：某村（示例）`);
    expect(lines.every((l) => !l.text.startsWith('　') && !l.text.endsWith('　'))).toBe(true);
    expect(lines.map((l) => l.text).join('').replace(/　/g, '')).toBe(`${long}地点：某村（示例）`);
    for (const line of lines) expect(new Set(steps(line.xs)), line.text).toEqual(new Set([1]));
  });

  it('parts that fit stay whole and share a line as before', () => {
    expect(bylineLines(['作者：某村村医（示例）', '地点：某村（示例）']).map((l) => l.text)).toEqual(['作者：某村村医（示例）　地点：某村（示例）']);
  });
});
