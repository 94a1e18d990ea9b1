import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageItem } from '../../../src/typeset/model/index.ts';
import { graphemes } from '../../../src/typeset/text/clusters.ts';
import { SIZE, set } from './inline-helpers.ts';

const pieces = [
  ...'禁毒宣传村口的灯某中学教师志愿者说走了是生命远离',
  ...'abcdefgHIJKxyz',
  ...'0123456789',
  ...'。，、；：？！“”‘’（）《》【】',
  '……',
  '——',
  ' ',
  '%',
  '℃',
  '¥',
  '.',
  ',',
  '-',
  '/',
  '👍',
  '👍🏽',
  '❤️',
  '👨‍👩‍👧',
  '𠀀',
];

const OPENING = new Set([...'“‘（《【']);

const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 120 }).map((parts) => parts.join('').trim());

function glyphTexts(items: PageItem[]): string {
  return items.map((i) => (i.kind === 'glyphs' ? i.glyphs.map((g) => g.text).join('') : '')).join('');
}

describe('inline layout over random mixes of Chinese, Latin, digits, punctuation and emoji', () => {
  it('never overflows the measure, never loses or reorders text, never crashes', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 30 }), fc.boolean(), (source, measureEm, indent) => {
        fc.pre(source.length > 0);
        const lines = set(source, measureEm, { indent: indent ? 2 * SIZE : 0 });
        const measure = measureEm * SIZE;
        for (const [i, line] of lines.entries()) {
          expect(line.left).toBeGreaterThanOrEqual(0);
          expect(line.right).toBeLessThanOrEqual(measure + 1e-6);
          for (const item of line.items) {
            // An opening mark may lose its blank left half: its origin then sits up to ½ em left of the ink.
            if (item.kind === 'glyphs') for (const g of item.glyphs) expect(g.x).toBeGreaterThanOrEqual(OPENING.has(g.text) ? -SIZE / 2 - 1e-6 : -1e-6);
          }
          if (i < lines.length - 1 && lines.length > 1) {
            // Justified lines end on the measure unless a line is one unbreakable unit.
            // Only a single Latin word, a single cluster or a lone —— / …… (never letter-spaced inside; nothing
            // else to stretch between) may stop short.
            const unbreakable = /^[\x21-\x7e]+$/.test(line.text) || graphemes(line.text).length === 1 || /^(—+|…+|⋯+)$/.test(line.text);
            if (!unbreakable) expect(line.right).toBeCloseTo(measure, 6);
          }
        }
        // Only spaces at line ends may disappear.
        const printed = lines.map((l) => glyphTexts(l.items)).join('');
        expect(printed.replace(/ /g, '')).toBe(source.replace(/ /g, ''));
      }),
      { numRuns: 400 },
    );
  });
});
