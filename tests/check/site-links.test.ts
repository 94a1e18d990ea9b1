import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkContent, type Problem } from '../../src/check/index.ts';
import { newsSource } from './news-fixture.ts';

/** Links are resolved against the routes src/pages really defines, not a list kept by hand. */
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
let content: string;
let problems: Problem[];

beforeAll(async () => {
  content = await mkdtemp(path.join(os.tmpdir(), 'jdxh-links-'));
  await mkdir(path.join(content, 'news'), { recursive: true });
  await writeFile(
    path.join(content, 'news', 'a.md'),
    newsSource(
      `[首页](/) [新闻](/news/) [第二页](/news/page/2/) [订阅](/rss.xml) [分会](/branches/) [本文](/news/a/#top)

[不存在的新闻](/news/b/)

[不存在的页面](/about/nothing/)`,
    ),
  );
  problems = await checkContent(projectRoot, content);
});
afterAll(async () => {
  await rm(content, { recursive: true, force: true });
});

test('static pages, generated list pages, endpoints and entries resolve; missing entries do not', () => {
  expect(problems.map((p) => [p.line, p.message])).toEqual([
    [12, '站内链接“/news/b/”指向的页面或文件不存在'],
    [14, '站内链接“/about/nothing/”指向的页面或文件不存在'],
  ]);
  expect(problems[0].fix).toBe('是不是想链接到“/news/a/”？');
});
