/**
 * Results whose title contains what was typed come first, for news and reader stories: a villager who
 * types 禁毒 expects the news and stories about 禁毒, not the reader's edition pages, which are short and so
 * score high in Pagefind's own ranking. Pagefind ranks before any title is downloaded, so the index
 * carries each news and story title a second time as marked tokens (a pair's token followed by a digit,
 * which no text token ever has); one more search for the query's tokens so marked tells which candidates
 * have the words in their title. Pagefind files its words in sorted order, so a marked token sits in the
 * same index chunk as the plain one: the extra search downloads nothing more.
 */
import { documentTokens } from './grams.ts';
import type { SearchKind } from './facets.ts';

const TITLE_MARK = '0';
const TITLE_FIRST_KINDS: readonly string[] = ['新闻', '读本故事'] satisfies SearchKind[];

export function isTitleFirstKind(kind: string | undefined): boolean {
  return kind !== undefined && TITLE_FIRST_KINDS.includes(kind);
}

/** The marked tokens of a canonical title, as indexed. */
export function titleTokens(canonicalTitle: string): string[] {
  return documentTokens(canonicalTitle).map((token) => token + TITLE_MARK);
}

interface Ranked {
  id: string;
}

/**
 * `candidates` with those whose news or story title holds every query token first, each group in its
 * own order. `search` is Pagefind's search; `tokens` are the tokens of the query sent to Pagefind.
 */
export async function titleMatchesFirst<T extends Ranked>(
  search: (query: string) => Promise<{ results: Ranked[] } | null>,
  candidates: T[],
  tokens: readonly string[],
): Promise<T[]> {
  if (candidates.length < 2 || tokens.length === 0) return candidates;
  const found = await search(tokens.map((token) => token + TITLE_MARK).join(' '));
  const inTitle = new Set((found?.results ?? []).map((r) => r.id));
  if (inTitle.size === 0) return candidates;
  return [...candidates.filter((c) => inTitle.has(c.id)), ...candidates.filter((c) => !inTitle.has(c.id))];
}
