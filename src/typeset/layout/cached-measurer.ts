import type { Measurer } from '../model/index.ts';

/**
 * Caches advances per font and cluster (as ems: advances scale with the size), so a book measures each of
 * its few thousand distinct clusters once per face rather than once per occurrence.
 */
export function cachedMeasurer(inner: Measurer): Measurer {
  const ems = new Map<string, Map<string, number>>();
  return {
    resolve: (grapheme, preferred) => inner.resolve(grapheme, preferred),
    advance(grapheme, font, size) {
      let perFont = ems.get(font);
      if (!perFont) ems.set(font, (perFont = new Map()));
      let em = perFont.get(grapheme);
      if (em === undefined) perFont.set(grapheme, (em = inner.advance(grapheme, font, 1000) / 1000));
      return em * size;
    },
  };
}
