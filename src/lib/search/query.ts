/** What a reader typed, as terms: whitespace separates terms (all must match); punctuation inside a term does not. */
import { canonicalText } from './canonical.ts';
import { queryTokens } from './grams.ts';

export interface ParsedQuery {
  /** Canonical terms, e.g. "6.26国际禁毒日 宣传" → ["6 26国际禁毒日", "宣传"]. */
  terms: string[];
  /** The token query handed to Pagefind; empty when nothing searchable was typed. */
  pagefindQuery: string;
}

export function parseQuery(raw: string): ParsedQuery {
  const terms = [
    ...new Set(
      raw
        .split(/[\s\u3000]+/u)
        .map(canonicalText)
        .filter((term) => term.length > 0),
    ),
  ];
  return { terms, pagefindQuery: selectTokens(terms.map(queryTokens)).join(' ') };
}

/**
 * Each token costs the browser one index chunk (~30 KB for 1,000 articles), so a query sends at most
 * this many; terms of up to six characters send all their pairs. Any subset of a term's tokens still
 * finds every page containing the term (recall stays complete); the exact check afterwards removes
 * pages that have the tokens but not the term. Too few tokens would make that check download many
 * pages (6.26国际禁毒日 with three pairs: 731 candidates for 6 hits among 1,000 articles).
 */
export const MAX_QUERY_TOKENS = 5;

/** 0, n−1, then midpoints: indexes spread over a term, so the chosen pairs cover it evenly. */
export function spreadOrder(n: number): number[] {
  if (n <= 0) return [];
  const order = n === 1 ? [0] : [0, n - 1];
  let intervals: Array<[number, number]> = [[0, n - 1]];
  while (intervals.length) {
    const next: Array<[number, number]> = [];
    for (const [a, b] of intervals) {
      if (b - a < 2) continue;
      const mid = Math.floor((a + b) / 2);
      order.push(mid);
      next.push([a, mid], [mid, b]);
    }
    intervals = next;
  }
  return order;
}

/** Pairs before single characters (far more selective), spread over each term, terms taking turns. */
export function selectTokens(perTerm: string[][], max = MAX_QUERY_TOKENS): string[] {
  const ranked = perTerm.map((tokens) => {
    const pairs = tokens.filter((t) => t.length > 4);
    const singles = tokens.filter((t) => t.length <= 4);
    return [...spreadOrder(pairs.length).map((i) => pairs[i]), ...singles];
  });
  const chosen = new Set<string>();
  for (let round = 0; chosen.size < max && ranked.some((r) => r.length > round); round++) {
    for (const tokens of ranked) {
      if (chosen.size >= max) break;
      if (tokens[round]) chosen.add(tokens[round]);
    }
  }
  return [...chosen];
}

/** True when every term occurs in the canonical text (as a substring, like the browser's find-in-page). */
export function matchesTerms(canonical: string, terms: readonly string[]): boolean {
  return terms.every((term) => canonical.includes(term));
}
