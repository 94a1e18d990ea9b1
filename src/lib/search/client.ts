/**
 * Searching our index with Pagefind's JS API (the same code runs in the browser and in the Node tests).
 * The reader's terms become character-pair tokens for Pagefind; candidates whose tokens do not stand the
 * right distance apart are dropped without downloading anything; each remaining candidate is checked
 * against its real text, so what we show contains exactly what was typed.
 */
import { canonicalText } from './canonical.ts';
import { buildExcerpt, type Excerpt, type ExcerptPart } from './excerpt.ts';
import { hasSpan, matchesTerms, parseQuery, type TermPlan } from './query.ts';
import type { PinyinReader } from './pinyin.ts';
import { queryForms } from './query-forms.ts';
import { titleMatchesFirst } from './title-first.ts';

/** The part of Pagefind's pagefind.js API we use. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}

interface PagefindResult {
  id: string;
  score: number;
  /** Positions on the page of the words that matched (one word per character in our index). */
  words: number[];
  data(): Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  /** The page's real text (our build puts it in the fragment in place of the indexed tokens). */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface SearchRequest {
  query: string;
  /** One chosen value per filter, e.g. { kind: '新闻', year: '2025' }. */
  filters?: Record<string, string>;
  sort?: 'relevance' | 'date';
}

export interface SearchHit {
  url: string;
  title: string;
  date?: string;
  kind?: string;
  image?: string;
  imageAlt?: string;
  excerpt: Excerpt;
  /** The whole title, with the same matches marked as in the excerpt. */
  titleParts: ExcerptPart[];
  filters: Record<string, string[]>;
}

export interface SearchSession {
  /** Canonical terms searched for (empty when only filters were chosen). */
  terms: string[];
  /** Other readings of the query that were searched (pinyin as Chinese words, a number as a day). */
  readAs: string[];
  /** False when the query itself was not searched, only its readings (pinyin). */
  asTyped: boolean;
  /**
   * The next `count` verified hits, in rank order (fewer at the end). `onHit` gets each of them as soon as
   * it and every hit before it have arrived, so a page can show the first before the last has downloaded.
   */
  next(count: number, onHit?: (hit: SearchHit) => void): Promise<SearchHit[]>;
  /** True when every candidate has been checked. */
  done(): boolean;
  /** Number of hits: exact once done(), otherwise the candidates not yet ruled out. */
  count(): { value: number; exact: boolean };
}

/** How many candidates are checked at once (each check downloads one small fragment file). */
const BATCH = 10;

function toHit(data: PagefindData, terms: string[]): SearchHit {
  const meta = data.meta;
  const title = meta.title ?? data.url;
  return {
    url: data.url,
    title,
    date: meta.date,
    kind: meta.kind,
    image: meta.image || undefined,
    imageAlt: meta.image_alt || undefined,
    excerpt: buildExcerpt(data.content, terms, undefined, meta.title),
    titleParts: buildExcerpt(title, terms, title.length).parts,
    filters: data.filters,
  };
}

/**
 * The candidates on which, for every two-token term, the second token follows the first at the term's span.
 * A page containing the term always passes (see TermPlan.span). One search per token gives each token's own
 * positions; Pagefind already holds their index chunks, so nothing more is downloaded.
 */
async function keepWellSpaced(api: PagefindApi, candidates: PagefindResult[], plans: TermPlan[]): Promise<PagefindResult[]> {
  const spaced = plans.filter((plan) => plan.span !== undefined);
  if (spaced.length === 0 || candidates.length === 0) return candidates;
  const positions = new Map<string, Map<string, number[]>>();
  for (const token of new Set(spaced.flatMap((plan) => plan.tokens))) {
    const found = await api.search(token);
    positions.set(token, new Map((found?.results ?? []).map((r) => [r.id, r.words])));
  }
  const at = (token: string, id: string) => positions.get(token)?.get(id) ?? [];
  return candidates.filter((c) => spaced.every((plan) => hasSpan(at(plan.tokens[0], c.id), at(plan.tokens[1], c.id), plan.span!)));
}

export interface Candidate {
  result: PagefindResult;
  /** The terms of each query form that found the page: it is shown when it contains all terms of one of them. */
  termSets: string[][];
}

export interface Candidates {
  terms: string[];
  /** See SearchSession.readAs and asTyped. */
  readAs: string[];
  asTyped: boolean;
  /** In rank order: the pages whose real text is still to be checked. */
  results: Candidate[];
}

interface FormCandidates {
  terms: string[];
  results: PagefindResult[];
}

/**
 * What Pagefind finds for a request, before the exact check; undefined when there is nothing to search for.
 * Each form of the query (see queryForms) is searched; their results follow one another, each page once,
 * except when sorted by date: then they make one list, newest first.
 */
export async function findCandidates(api: PagefindApi, request: SearchRequest, pinyin?: PinyinReader): Promise<Candidates | undefined> {
  const forms = queryForms(request.query, pinyin);
  let merged: Candidates | undefined;
  const byId = new Map<string, Candidate>();
  for (const form of forms) {
    const found = await findFormCandidates(api, { ...request, query: form });
    if (!found) continue;
    merged ??= {
      terms: found.terms,
      readAs: forms.filter((f) => f !== request.query),
      asTyped: forms.includes(request.query),
      results: [],
    };
    for (const result of found.results) {
      const known = byId.get(result.id);
      if (known) {
        known.termSets.push(found.terms);
        continue;
      }
      const candidate = { result, termSets: [found.terms] };
      byId.set(result.id, candidate);
      merged.results.push(candidate);
    }
  }
  if (merged && request.sort === 'date' && forms.length > 1) merged.results = await inDateOrder(api, request, merged.results);
  return merged;
}

/** The filters with a value chosen. */
function chosenFilters(request: SearchRequest): Record<string, string> {
  return Object.fromEntries(Object.entries(request.filters ?? {}).filter(([, v]) => v));
}

/**
 * `candidates` newest first. Pagefind sorts each search on its own and does not hand out the dates, but
 * a search for nothing with the same filters and sort lists every dated page in date order from the
 * index's metadata, which is already loaded: nothing more is downloaded.
 */
async function inDateOrder(api: PagefindApi, request: SearchRequest, candidates: Candidate[]): Promise<Candidate[]> {
  const all = await api.search(null, { filters: chosenFilters(request), sort: { date: 'desc' } });
  const rank = new Map((all?.results ?? []).map((result, i) => [result.id, i]));
  const at = (candidate: Candidate) => rank.get(candidate.result.id) ?? Number.MAX_SAFE_INTEGER;
  return [...candidates].sort((a, b) => at(a) - at(b));
}

async function findFormCandidates(api: PagefindApi, request: SearchRequest): Promise<FormCandidates | undefined> {
  const { terms, plans, pagefindQuery } = parseQuery(request.query);
  const filters = chosenFilters(request);
  const hasFilters = Object.keys(filters).length > 0;
  if (!pagefindQuery && !hasFilters) return undefined;
  const sort = request.sort === 'date' ? { date: 'desc' as const } : undefined;
  const found = await api.search(pagefindQuery || null, { filters, ...(sort ? { sort } : {}) });
  let results = await keepWellSpaced(api, found?.results ?? [], plans);
  if (!sort) results = await titleMatchesFirst((query) => api.search(query), results, plans.flatMap((plan) => plan.tokens));
  return { terms, results };
}

/** Starts a search; returns undefined when there is nothing to search for (no terms, no filters). */
export async function startSearch(api: PagefindApi, request: SearchRequest, pinyin?: PinyinReader): Promise<SearchSession | undefined> {
  const found = await findCandidates(api, request, pinyin);
  if (!found) return undefined;
  const { terms, readAs, asTyped, results: candidates } = found;
  let checked = 0;
  let rejected = 0;
  let queue: SearchHit[] = [];

  return {
    terms,
    readAs,
    asTyped,
    async next(count, onHit) {
      const out = queue.slice(0, count);
      queue = queue.slice(count);
      for (const hit of out) onHit?.(hit);
      while (out.length < count && checked < candidates.length) {
        const batch = candidates.slice(checked, checked + BATCH);
        checked += batch.length;
        // All of the batch download at once; each is checked as soon as it and those before it are in.
        const pending = batch.map((c) => c.result.data());
        for (const p of pending) p.catch(() => {});
        for (const [i, p] of pending.entries()) {
          const d = await p;
          const canonical = canonicalText(d.content);
          const wanted = batch[i].termSets.find((set) => matchesTerms(canonical, set));
          if (!wanted) {
            rejected++;
            continue;
          }
          const hit = toHit(d, wanted);
          if (out.length < count) {
            out.push(hit);
            onHit?.(hit);
          } else queue.push(hit);
        }
      }
      return out;
    },
    done: () => checked >= candidates.length && queue.length === 0,
    count: () => ({ value: candidates.length - rejected, exact: checked >= candidates.length }),
  };
}

/** Every verified hit (tests and the benchmark; the page loads them a few at a time). */
export async function searchAll(api: PagefindApi, request: SearchRequest, pinyin?: PinyinReader): Promise<SearchHit[]> {
  const session = await startSearch(api, request, pinyin);
  if (!session) return [];
  return session.next(Number.MAX_SAFE_INTEGER);
}
