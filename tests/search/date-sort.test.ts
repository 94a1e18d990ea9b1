// “按日期（新的在前）” over every form of a query (626 and 6.26, or the words a pinyin query reads as): one
// list, newest first, not each form's results in a block of its own. On a small site indexed by our build
// stage and searched through Pagefind's own pagefind.js in Node.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite, listHtmlFiles } from '../../src/build/search-index.ts';
import { searchAll, type PagefindApi } from '../../src/lib/search/client.ts';
import { pinyinReader } from '../../src/lib/search/pinyin.ts';
import { articleHtml, escapeHtml } from '../../scripts/bench-search/synthetic-site.ts';
import { loadPagefind } from './pagefind-node.ts';

/** Dates apart so that each form's pages fall between the other's. */
const ARTICLES = [
  { slug: 'a', date: '2025-06-26', text: '县禁毒协会在广场举办6·26国际禁毒日宣传活动（示例）。' },
  { slug: 'b', date: '2024-06-20', text: '某中学开展626禁毒主题班会，学生制作手抄报（示例）。' },
  { slug: 'c', date: '2023-06-26', text: '6.26前夕，县禁毒协会志愿者走进村部讲解毒品危害（示例）。' },
  { slug: 'd', date: '2022-05-10', text: '某村村医在626宣传月里给村民讲戒毒康复（示例）。' },
  { slug: 'e', date: '2021-06-26', text: '戒毒康复人员在社区参加就业帮扶培训（示例）。' },
];

let dir: string;
let api: PagefindApi;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-date-sort-'));
  for (const { slug, date, text } of ARTICLES) {
    const file = path.join(dir, 'news', slug, 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, articleHtml({ title: `${date} 新闻（示例）`, date, category: '宣传教育', bodyHtml: `<p>${escapeHtml(text)}</p>`, related: '禁毒' }));
  }
  await indexSite(dir, await listHtmlFiles(dir));
  api = await loadPagefind(dir);
}, 60_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const urlsByDate = async (query: string, pinyin?: Parameters<typeof searchAll>[2]) =>
  (await searchAll(api, { query, sort: 'date' }, pinyin)).map((hit) => hit.url);

describe('sorting by date when a query is searched in several forms', () => {
  it('626 (also searched as 6.26): one list, newest first', async () => {
    expect(await urlsByDate('626')).toEqual(['/news/a/', '/news/b/', '/news/c/', '/news/d/']);
    expect(await urlsByDate('626 禁毒')).toEqual(['/news/a/', '/news/b/', '/news/c/']);
  });

  it('pinyin read as two words (jiangjie → 讲戒, 讲解): one list, newest first', async () => {
    const reader = pinyinReader([['讲戒', 'jiang jie'], ['讲解', 'jiang jie']]);
    expect(await urlsByDate('jiangjie', reader)).toEqual(['/news/c/', '/news/d/']);
  });

  it('by relevance still lists what was typed first', async () => {
    const urls = (await searchAll(api, { query: '626' })).map((hit) => hit.url);
    expect(urls.slice(0, 2).sort()).toEqual(['/news/b/', '/news/d/']);
    expect(urls.slice(2).sort()).toEqual(['/news/a/', '/news/c/']);
  });
});
