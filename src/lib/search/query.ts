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
  const tokens = [...new Set(terms.flatMap(queryTokens))];
  return { terms, pagefindQuery: tokens.join(' ') };
}

/** True when every term occurs in the canonical text (as a substring, like the browser's find-in-page). */
export function matchesTerms(canonical: string, terms: readonly string[]): boolean {
  return terms.every((term) => canonical.includes(term));
}
