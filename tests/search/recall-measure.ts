/**
 * Recall and precision of search, measured the way the issue defines them: for terms drawn from the
 * indexed text, the pages search returns against the pages whose indexed text contains the term.
 * Shared by the recall test (sample site) and `npm run bench:search` (synthetic site).
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { findCandidates, searchAll, type PagefindApi } from '../../src/lib/search/client.ts';
import { mulberry32 } from './seeded-random.ts';

export interface PageText {
  url: string;
  text: string;
}

/** Pagefind's own reading of each page (plain Pagefind, its fragments decoded): the independent truth. */
export async function plainPagefindTexts(siteDir: string, glob?: string): Promise<PageText[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir, ...(glob ? { glob } : {}) });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const { files } = await index.getFiles();
    return files
      .filter((f) => f.path.includes('fragment/'))
      .map((f) => JSON.parse(gunzipSync(f.content).toString('utf8').replace(/^pagefind_dcd/, '')))
      .map((fragment: { url: string; content: string }) => ({
        url: fragment.url,
        // Pagefind marks Chinese word boundaries with zero-width spaces; they are not part of the text.
        text: fragment.content.replace(/\u200b/g, ''),
      }))
      .sort((a, b) => a.url.localeCompare(b.url));
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** `perLength` distinct terms of each length, cut from runs of letters and digits in random pages. */
export function sampleTerms(pages: PageText[], perLength: number, lengths = [2, 3, 4], seed = 1237): string[] {
  const random = mulberry32(seed);
  const runs = pages.map((p) => [...p.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [...m[0]]));
  const terms: string[] = [];
  for (const length of lengths) {
    const chosen = new Set<string>();
    for (let attempt = 0; chosen.size < perLength && attempt < perLength * 50; attempt++) {
      const pageRuns = runs[Math.floor(random() * runs.length)].filter((r) => r.length >= length);
      if (pageRuns.length === 0) continue;
      const run = pageRuns[Math.floor(random() * pageRuns.length)];
      const start = Math.floor(random() * (run.length - length + 1));
      chosen.add(run.slice(start, start + length).join(''));
    }
    terms.push(...chosen);
  }
  return terms;
}

export interface RecallReport {
  terms: number;
  /** Found ∩ expected over expected, all terms pooled. */
  recall: number;
  /** Of the pages shown, those that contain the term. */
  precision: number;
  /** Of Pagefind's candidates before our exact check, those that contain the term. */
  candidatePrecision: number;
  /** Terms with at least one page missed, and which. */
  misses: Array<{ term: string; missing: string[] }>;
}

/** The page text holds the term, a number in it whole (a term starting or ending with a digit not inside a longer number). */
function containsTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${/^\d/.test(term) ? '(?<!\\d)' : ''}${escaped}${/\d$/.test(term) ? '(?!\\d)' : ''}`, 'u').test(text);
}

type Finder = (term: string) => Promise<{ shown: string[]; candidates: string[] }>;

async function measure(pages: PageText[], terms: string[], find: Finder): Promise<RecallReport> {
  let expectedTotal = 0;
  let foundExpected = 0;
  let shownTotal = 0;
  let shownRight = 0;
  let candidateTotal = 0;
  let candidateRight = 0;
  const misses: RecallReport['misses'] = [];
  // Only the measured pages count: the benchmark's index also holds the real site's pages.
  const measured = new Set(pages.map((p) => p.url));
  for (const term of terms) {
    const expected = new Set(pages.filter((p) => containsTerm(p.text, term)).map((p) => p.url));
    const found = await find(term);
    const shown = found.shown.filter((u) => measured.has(u));
    const candidates = found.candidates.filter((u) => measured.has(u));
    const shownSet = new Set(shown);
    const missing = [...expected].filter((url) => !shownSet.has(url));
    if (missing.length) misses.push({ term, missing });
    expectedTotal += expected.size;
    foundExpected += expected.size - missing.length;
    shownTotal += shown.length;
    shownRight += shown.filter((u) => expected.has(u)).length;
    candidateTotal += candidates.length;
    candidateRight += candidates.filter((u) => expected.has(u)).length;
  }
  return {
    terms: terms.length,
    recall: expectedTotal ? foundExpected / expectedTotal : 1,
    precision: shownTotal ? shownRight / shownTotal : 1,
    candidatePrecision: candidateTotal ? candidateRight / candidateTotal : 1,
    misses,
  };
}

async function urlsOf(results: Array<{ data(): Promise<{ url: string }> }>): Promise<string[]> {
  return (await Promise.all(results.map((r) => r.data()))).map((d) => d.url);
}

type RawSearch = (q: string) => Promise<{ results: Array<{ data(): Promise<{ url: string }> }> } | null>;

/** Our search: character-pair tokens through Pagefind, the position check, then the exact check. */
export function measureOurSearch(api: PagefindApi, pages: PageText[], terms: string[]): Promise<RecallReport> {
  return measure(pages, terms, async (term) => ({
    shown: (await searchAll(api, { query: term })).map((h) => h.url),
    candidates: await urlsOf(((await findCandidates(api, { query: term }))?.results ?? []).map((c) => c.result)),
  }));
}

/** Plain Pagefind on a plain index: the query typed as is. */
export function measurePlainPagefind(api: PagefindApi, pages: PageText[], terms: string[]): Promise<RecallReport> {
  const raw = api.search as unknown as RawSearch;
  return measure(pages, terms, async (term) => {
    const urls = await urlsOf((await raw(term))?.results ?? []);
    return { shown: urls, candidates: urls };
  });
}

export function formatReport(name: string, r: RecallReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return `${name}: ${r.terms} 个词，召回率 ${pct(r.recall)}，准确率 ${pct(r.precision)}（精确核对前 ${pct(r.candidatePrecision)}），有漏检的词 ${r.misses.length} 个`;
}
