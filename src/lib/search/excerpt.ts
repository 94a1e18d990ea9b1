/** Excerpts built from a page's real text (never from the index tokens), with every match marked. */
import { canonicalize, findTerm } from './canonical.ts';

export interface ExcerptPart {
  text: string;
  match: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text was cut before / after the excerpt. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Original-text ranges [start, end) of every occurrence of any term, merged and sorted. */
export function matchRanges(original: string, terms: readonly string[]): Array<[number, number]> {
  const { text, from, to } = canonicalize(original);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = findTerm(text, term); at !== -1; at = findTerm(text, term, at + 1)) {
      ranges.push([from[at], to[at + term.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * About `length` characters of `original` around the first match, matches marked.
 * Without a match (a filter-only listing) it is the start of the text.
 * `lead` is text the reader already sees above the excerpt (the result's title): when the page's text
 * starts with it, the excerpt comes from what follows, around the first match there.
 */
export function buildExcerpt(original: string, terms: readonly string[], length = 110, lead = ''): Excerpt {
  const text = original.replace(/\s+/g, ' ').trim();
  const shownAbove = lead.replace(/\s+/g, ' ').trim();
  let from = shownAbove && text.startsWith(shownAbove) && text.length > shownAbove.length ? shownAbove.length : 0;
  while (from > 0 && text[from] === ' ') from++;
  const ranges = matchRanges(text, terms);
  const first = ranges.find(([, to]) => to > from)?.[0] ?? from;
  let start = Math.max(from, first - Math.floor(length / 3));
  const end = Math.min(text.length, start + length);
  start = Math.max(from, end - length);
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start])) start--;
  const parts: ExcerptPart[] = [];
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > cursor) parts.push({ text: text.slice(cursor, a), match: false });
    parts.push({ text: text.slice(a, b), match: true });
    cursor = b;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  return { parts, cutStart: start > from, cutEnd: end < text.length };
}
