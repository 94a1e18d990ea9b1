// Queries as villagers type them, on the built sample site through Pagefind's own pagefind.js in Node:
// pinyin, numbers for 6月26日, and which results come first for a word every page is about.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { searchAll, startSearch, type PagefindApi, type SearchHit } from '../../src/lib/search/client.ts';
import { PINYIN_FILE, pinyinReader, type PinyinReader } from '../../src/lib/search/pinyin.ts';
import { loadPagefind } from './pagefind-node.ts';

const dist = inject('sampleDist');
let api: PagefindApi;
let reader: PinyinReader;
beforeAll(async () => {
  api = await loadPagefind(dist);
  reader = pinyinReader(JSON.parse(readFileSync(path.join(dist, 'pagefind', PINYIN_FILE), 'utf8')));
});

const search = (query: string) => searchAll(api, { query }, reader);
const urls = (hits: SearchHit[]) => hits.map((h) => h.url);
const marks = (hit: SearchHit) => [...hit.titleParts, ...hit.excerpt.parts].filter((p) => p.match).map((p) => p.text);

describe('pinyin typed instead of characters', () => {
  it.each([['jindu'], ['jin du'], ['JinDu']])('%s finds what 禁毒 finds, marked as 禁毒', async (query) => {
    const hits = await search(query);
    expect(hits.length).toBeGreaterThan(5);
    expect(urls(hits)).toEqual(urls(await search('禁毒')));
    for (const hit of hits) expect(marks(hit).join('')).toContain('禁毒');
  });

  it('reads initials (jdxc) as 禁毒宣传', async () => {
    const hits = await search('jdxc');
    expect(hits.length).toBeGreaterThan(0);
    expect(urls(hits)).toEqual(urls(await search('禁毒宣传')));
  });

  it('says what it searched instead', async () => {
    const session = (await startSearch(api, { query: 'jiedu' }, reader))!;
    expect(session.readAs).toEqual(['戒毒']);
    expect(session.asTyped).toBe(false);
  });

  it('finds nothing for letters that are no word of the site', async () => {
    expect(await search('kafei')).toEqual([]);
  });

  it('ships a small word list', () => {
    const bytes = readFileSync(path.join(dist, 'pagefind', `${PINYIN_FILE}.br`)).length;
    console.log(`拼音词表 ${PINYIN_FILE}：${readFileSync(path.join(dist, 'pagefind', PINYIN_FILE)).length} 字节，brotli ${bytes} 字节`);
    expect(bytes).toBeLessThan(16 * 1024);
  });
});

describe('numbers for the 国际禁毒日 (June 26)', () => {
  const isJune26News = (hit: SearchHit) => /^\/news\/\d{4}-06-26-/.test(hit.url) && hit.title.includes('国际禁毒日');

  it.each([['626'], ['6.26'], ['6·26'], ['６·２６'], ['六二六'], ['0626']])('%s finds the 6·26 news first', async (query) => {
    const hits = await search(query);
    expect(hits.length).toBeGreaterThan(1);
    expect(isJune26News(hits[0])).toBe(true);
    expect(hits.filter(isJune26News).length).toBe(2);
  });

  it('marks 6·26 where it is written, never the 06-26 inside a date', async () => {
    for (const hit of await search('6.26')) {
      for (const mark of marks(hit)) expect(mark, hit.url).toMatch(/^6\s*[·.．\-]\s*26$/);
    }
    // The story whose only 6-26 is its date (2025-06-26) is not a result.
    expect(urls(await search('6.26'))).not.toContain('/reader/stories/huijia-de-lu/');
  });
});

describe('what comes first', () => {
  it('for 禁毒: news and stories with 禁毒 in their title, before the reader’s edition pages and the rest', async () => {
    const hits = await search('禁毒');
    const titled = (hit: SearchHit) => (hit.kind === '新闻' || hit.kind === '读本故事') && hit.title.includes('禁毒');
    const firstOther = hits.findIndex((hit) => !titled(hit));
    expect(firstOther).toBeGreaterThan(3);
    expect(hits.slice(firstOther).filter(titled)).toEqual([]);
    const editions = hits.filter((hit) => hit.url.match(/^\/reader\/(cunmin|xiaoxue|quanxian)\/$/));
    expect(editions.length).toBeGreaterThan(0);
    for (const edition of editions) expect(hits.indexOf(edition)).toBeGreaterThanOrEqual(firstOther);
  });

  it('keeps a story whose title holds the word above news that only mention it', async () => {
    const hits = await search('家长');
    expect(hits[0].url).toBe('/reader/stories/mama-de-jiazhanghui/');
  });
});
