// The bench book's body paragraphs, set with the real fonts: no line is letter-spaced more than 0.10 em a
// junction where another way of breaking its paragraph would have kept every line tighter.
import { describe, expect, it } from 'vitest';
import { syntheticBook, syntheticMarkdown } from '../../../scripts/bench-typeset-book.ts';
import { bookFonts } from '../../../src/typeset/layout/index.ts';
import { frameOf } from '../../../src/typeset/layout/frame.ts';
import { setParagraph, type ParagraphOptions } from '../../../src/typeset/layout/inline/index.ts';
import type { Inline } from '../../../src/typeset/model/index.ts';
import { loadFontSet } from '../../../src/typeset/render/index.ts';
import { leastWorstLine } from './least-worst-line.ts';

const LOOSE_EM = 0.1;
const HAN = /^\p{Script=Han}$/u;

/** Letter-spacing of a set line, in em, as its glyphs show it: the narrowest step between two Han characters. */
function letterSpacing(line: ReturnType<typeof setParagraph>[number], size: number): number {
  const glyphs = line.items.flatMap((item) => (item.kind === 'glyphs' ? item.glyphs : []));
  let least = Infinity;
  for (let k = 0; k + 1 < glyphs.length; k++) {
    if (HAN.test(glyphs[k]!.text) && HAN.test(glyphs[k + 1]!.text)) least = Math.min(least, glyphs[k + 1]!.x - glyphs[k]!.x - size);
  }
  return least === Infinity ? 0 : least / size;
}

describe('loose lines in the bench book', () => {
  it('leaves no line looser than 0.10 em a junction where other breaks would keep every line of its paragraph tighter', async () => {
    const input = syntheticBook(syntheticMarkdown(60, 3400));
    const fonts = await loadFontSet(input.fonts);
    const frame = frameOf(input.page);
    const faces = bookFonts(input.fonts);
    const opts: ParagraphOptions = {
      size: frame.size,
      fonts: { regular: faces.body, strong: faces.bold, code: faces.code },
      color: { r: 0, g: 0, b: 0 },
      cjkLatinSpace: 0.25,
      measure: frame.measure,
      indent: 2 * frame.size,
      justify: true,
      align: 'left',
    };
    const paragraphs: Inline[][] = [];
    for (const section of input.sections) {
      if (section.kind === 'story') for (const block of section.story.blocks) if (block.kind === 'paragraph') paragraphs.push(block.inlines);
    }
    expect(paragraphs.length).toBeGreaterThan(1000);
    let lines = 0;
    const loose: string[] = [];
    const needless: string[] = [];
    for (const inlines of paragraphs) {
      const set = setParagraph(inlines, opts, fonts);
      lines += set.length;
      const worst = Math.max(...set.slice(0, -1).map((line) => letterSpacing(line, frame.size)), 0);
      if (worst <= LOOSE_EM + 1e-6) continue;
      const best = leastWorstLine(inlines, opts, fonts, opts.measure, opts.indent);
      const text = set.map((l) => l.text).join(' / ');
      loose.push(`${worst.toFixed(3)} em (best possible ${best.toFixed(3)}): ${text}`);
      if (worst > best + 1e-3) needless.push(`${worst.toFixed(3)} em where ${best.toFixed(3)} em is possible: ${text}`);
    }
    console.log(`${paragraphs.length} paragraphs, ${lines} lines; looser than ${LOOSE_EM} em: ${loose.length}\n${loose.join('\n')}`);
    expect(needless).toEqual([]);
  }, 60_000);
});
