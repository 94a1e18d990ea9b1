import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { createEntry } from '../../src/scaffold/new-entry.ts';
import { slugFromTitle } from '../../src/scaffold/slug.ts';
import { PLACEHOLDERS } from '../../src/scaffold/templates.ts';

let root: string;
const content = () => path.join(root, 'content');
// 2025-06-25 16:05 UTC is 2025-06-26 00:05 in Beijing: the date must be Beijing's.
const now = new Date(Date.UTC(2025, 5, 25, 16, 5));

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'jdxh-new-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('slugs from titles', () => {
  test.each([
    ['县禁毒协会开展国际禁毒日宣传', 'xian-jin-du-xie-hui-kai-zhan-guo-ji-jin-du-ri-xuan-chuan'],
    ['“6·26”禁毒宣传', '6-26-jin-du-xuan-chuan'],
    ['绿色家园 App 上线', 'lv-se-jia-yuan-app-shang-xian'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
  test('long titles are cut at a word boundary, at most 60 characters', () => {
    const slug = slugFromTitle('县禁毒协会联合县教育局在全县各中小学开展禁毒知识进课堂主题宣传教育系列活动');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('npm run new', () => {
  test('a new news article has every field, Beijing date, and passes the checks', async () => {
    const file = await createEntry(content(), 'news', '禁毒宣传进村入户（示例）', { now });
    expect(path.relative(root, file)).toBe('content/news/jin-du-xuan-chuan-jin-cun-ru-hu-shi-li.md');
    const text = await readFile(file, 'utf8');
    for (const field of ['title', 'date', 'source', 'correspondents', 'editor', 'category', 'summary', 'cover', 'coverAlt', 'tags', 'draft']) {
      expect(text).toMatch(new RegExp(`^#? ?${field}:( |$)`, 'm'));
    }
    expect(text).toContain('date: 2025-06-26 00:05');
    expect(await checkContent(root)).toEqual([]);
  });

  test('a new story has every field, and the checks report only the two prompts still to be rewritten', async () => {
    // A story has no draft switch: left as it is, the prompts would be printed in every edition for 初中.
    const file = await createEntry(content(), 'story', '山坡上的花', { now });
    expect(path.relative(root, file)).toBe('content/stories/shan-po-shang-de-hua.mdx');
    const text = await readFile(file, 'utf8');
    for (const field of ['title', 'subtitle', 'author', 'narrator', 'place', 'date', 'audiences', 'tags', 'summary', 'questions', 'cover', 'coverAlt']) {
      expect(text).toMatch(new RegExp(`^#? ?${field}:( |$)`, 'm'));
    }
    expect(text).toContain('date: 2025-06-26\n');
    expect((await checkContent(root)).map((p) => [p.line, p.rule, p.message])).toEqual([
      [20, 'placeholder', '“summary”（摘要）还是新建文件时的提示文字“请用一两句话概括这个故事。”，没有改写'],
      [28, 'placeholder', '正文还是新建文件时的提示文字“这里写故事正文。每段之间空一行。”，没有改写'],
    ]);
  });

  test('once the prompts are rewritten, a new story passes the checks (schema, MDX, fonts, proofreading)', async () => {
    const file = await createEntry(content(), 'story', '山坡上的花', { now });
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace(PLACEHOLDERS.storySummary, '一位老人在屋后种了几十株“药花”，村干部上门讲政策（示例）。')
        .replace(PLACEHOLDERS.storyBody, '那年春天，我们沿着山路一户一户地走（示例）。'),
    );
    expect(await checkContent(root)).toEqual([]);
  });

  test('a news article switched from draft to published with the prompts still in it is refused', async () => {
    const file = await createEntry(content(), 'news', '禁毒宣传进村入户（示例）', { now });
    await writeFile(file, (await readFile(file, 'utf8')).replace('draft: true', 'draft: false'));
    expect((await checkContent(root)).map((p) => [p.line, p.rule])).toEqual([
      [15, 'placeholder'],
      [24, 'placeholder'],
    ]);
  });

  test('the same title twice gets -2, then -3, and nothing is overwritten', async () => {
    await mkdir(path.join(content(), 'news'), { recursive: true });
    await writeFile(path.join(content(), 'news', 'jin-du-ke.mdx'), '编辑写的正文');
    const second = await createEntry(content(), 'news', '禁毒课', { now });
    const third = await createEntry(content(), 'news', '禁毒课', { now });
    expect([path.basename(second), path.basename(third)]).toEqual(['jin-du-ke-2.md', 'jin-du-ke-3.md']);
    expect(await readFile(path.join(content(), 'news', 'jin-du-ke.mdx'), 'utf8')).toBe('编辑写的正文');
  });

  test('an explicit file name that exists is refused', async () => {
    await createEntry(content(), 'story', '回家的路', { now, slug: 'huijia' });
    await expect(createEntry(content(), 'story', '回家的路', { now, slug: 'huijia' })).rejects.toThrow(
      '文件 stories/huijia.mdx 已经存在，不会覆盖。请换一个名字。',
    );
  });

  test('a title that needs YAML quoting stays valid', async () => {
    await createEntry(content(), 'news', '2025: 禁毒工作回顾 #1', { now });
    expect(await checkContent(root)).toEqual([]);
  });
});
