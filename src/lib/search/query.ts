/** What a reader typed, as terms: whitespace separates terms (all must match); punctuation inside a term does not. */
import { canonicalText, findTerm, runsOf } from './canonical.ts';
import { charCode } from './grams.ts';

/** The tokens sent to Pagefind for one term, and how they must lie on a page that contains the term. */
export interface TermPlan {
  term: string;
  /** One or two tokens; every page containing the term contains each of them. */
  tokens: string[];
  /**
   * With two tokens (the first and last character pair of one run of the term), the second stands this many
   * words after the first on any page containing the term: each character of a run is one word of the index.
   */
  span?: number;
}

export interface ParsedQuery {
  /** Canonical terms, e.g. "6.26国际禁毒日 宣传" → ["6 26国际禁毒日", "宣传"]. */
  terms: string[];
  plans: TermPlan[];
  /** The token query handed to Pagefind; empty when nothing searchable was typed. */
  pagefindQuery: string;
}

/**
 * Each token costs the browser one index chunk (about 30 KB for 1,000 articles). A term needs two at most:
 * the first and last pair of its longest run cover that run, and their distance apart on the page (see
 * TermPlan.span) rules out nearly every page that has both pairs but not the run, before any page's text is
 * downloaded. The other runs of the term ("6" in "6.26国际禁毒日") are left to the exact check.
 */
export function planTerm(term: string): TermPlan {
  const runs = runsOf(term).map((run) => [...run].map(charCode).filter((code): code is string => code !== undefined));
  const longest = runs.reduce<string[]>((best, run) => (run.length > best.length ? run : best), []);
  if (longest.length === 0) return { term, tokens: [] };
  if (longest.length === 1) return { term, tokens: [longest[0]] };
  const first = longest[0] + longest[1];
  if (longest.length === 2) return { term, tokens: [first] };
  const last = longest[longest.length - 2] + longest[longest.length - 1];
  return { term, tokens: [first, last], span: longest.length - 2 };
}

/** Tokens in one query at most; terms beyond it are left to the exact check. */
export const MAX_QUERY_TOKENS = 6;

export function parseQuery(raw: string): ParsedQuery {
  const terms = [
    ...new Set(
      raw
        .split(/[\s\u3000]+/u)
        .map(canonicalText)
        .filter((term) => term.length > 0),
    ),
  ];
  const plans: TermPlan[] = [];
  const tokens = new Set<string>();
  for (const plan of terms.map(planTerm)) {
    if (plan.tokens.length === 0 || tokens.size + plan.tokens.length > MAX_QUERY_TOKENS) continue;
    plans.push(plan);
    for (const token of plan.tokens) tokens.add(token);
  }
  return { terms, plans, pagefindQuery: [...tokens].join(' ') };
}

/** True when some position of the first token has the second `span` words after it. */
export function hasSpan(first: readonly number[], second: readonly number[], span: number): boolean {
  const after = new Set(second);
  return first.some((position) => after.has(position + span));
}

/** True when every term occurs in the canonical text (as a substring, numbers whole: see findTerm). */
export function matchesTerms(canonical: string, terms: readonly string[]): boolean {
  return terms.every((term) => findTerm(canonical, term) !== -1);
}
