import type { Measurer } from '../../src/typeset/model/index.ts';

/**
 * A font-free measurer for layout tests: 1 em for Han characters, full-width marks and emoji, ½ em for
 * everything in ASCII (letters, digits, space, ASCII punctuation). Every face "has" every character except
 * those in `missing`.
 */
export function fixedMeasurer(missing: string[] = []): Measurer {
  return {
    resolve: (grapheme, preferred) => (missing.includes(grapheme) ? undefined : preferred),
    advance: (grapheme, _font, size) => (/^[\x20-\x7e]$/.test(grapheme) ? size / 2 : size),
  };
}
