/** No surrogates, combining marks, variation selectors, ZWJ or kana voicing marks. */
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u3000-\u3098\u309b-\u9fff\uff00-\uff9d]*$/;

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * Whether every UTF-16 unit of `text` is a grapheme cluster of its own: text made only of code points that
 * never join into a larger cluster (ASCII, Latin-1/Extended, general punctuation, CJK, full-width forms).
 */
export function splitsByCodeUnit(text: string): boolean {
  return SIMPLE.test(text);
}

/** Grapheme clusters by Intl.Segmenter, the general path of `graphemes`. */
export function segmentGraphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

/**
 * Grapheme clusters: the units layout never splits (a surrogate pair, a base with its variation selector or
 * combining marks, an emoji ZWJ sequence).
 */
export function graphemes(text: string): string[] {
  return splitsByCodeUnit(text) ? text.split('') : segmentGraphemes(text);
}
