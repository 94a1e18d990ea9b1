const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * Grapheme clusters: the units layout never splits (a surrogate pair, a base with its variation selector or
 * combining marks, an emoji ZWJ sequence).
 */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}
