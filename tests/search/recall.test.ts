// Recall over the sample build: terms cut from what Pagefind itself reads on each page; every page whose
// text contains a term must be found. Plain Pagefind on the same pages is measured for comparison.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalText } from '../../src/lib/search/canonical.ts';
import { readIndexablePage } from '../../src/lib/search/index-page.ts';
import { loadPagefind } from './pagefind-node.ts';
import { formatReport, measureOurSearch, measurePlainPagefind, plainPagefindTexts, sampleTerms, type PageText } from './recall-measure.ts';
import type { PagefindApi } from '../../src/lib/search/client.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import * as pagefind from 'pagefind';

const dist = inject('sampleDist');
let truth: PageText[];
let api: PagefindApi;

const lettersOnly = (text: string) => canonicalText(text).replace(/ /g, '');
const fileOf = (url: string) => path.join(dist, url, url.endsWith('/') ? 'index.html' : '');

beforeAll(async () => {
  truth = await plainPagefindTexts(dist);
  api = await loadPagefind(dist);
});

describe('search recall on the sample site', () => {
  it('indexes the same pages, with the same text, as Pagefind reads them', async () => {
    expect(truth.length).toBeGreaterThan(20);
    for (const page of truth) {
      const ours = readIndexablePage(await readFile(fileOf(page.url), 'utf8'));
      expect(ours, page.url).toBeDefined();
      expect(lettersOnly(ours!.text), page.url).toBe(lettersOnly(page.text));
    }
  });

  it('finds every page containing each of 450 sampled 2-, 3- and 4-character terms', async () => {
    const terms = sampleTerms(truth, 150);
    expect(terms.length).toBeGreaterThan(400);
    const ours = await measureOurSearch(api, truth, terms);
    console.log(formatReport('本站搜索（示例网站）', ours));
    expect(ours.misses).toEqual([]);
    expect(ours.recall).toBe(1);
    // Shown results are checked against the real text, so none lacks the term.
    expect(ours.precision).toBe(1);
  });

  it('measures plain Pagefind on the same terms, for comparison', async () => {
    const terms = sampleTerms(truth, 150);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plain-pagefind-'));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      await index!.addDirectory({ path: dist });
      await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
      await pagefind.close();
      const plain = await measurePlainPagefind(await loadPagefind(dir), truth, terms);
      console.log(formatReport('普通 Pagefind（示例网站）', plain));
      expect(plain.terms).toBe(terms.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
