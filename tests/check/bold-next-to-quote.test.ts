import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent, type Problem } from '../../src/check/index.ts';
import { newsSource } from './news-fixture.ts';
import { mdxStrongText, pdfInlines, siteHtml } from './renderers.ts';

/**
 * `**“三个到位”**要落实`: the check says the stars stay as typed “网站和印刷版上”. That claim is only true while
 * both renderers agree, so it is asserted on each of them: the site's own Markdown processor (astro.config.mjs,
 * for .md), Sätteri's MDX parser (for .mdx) and the PDF engine's parser. The right way (“**三个到位**”要落实)
 * is bold in all three and not reported.
 */
const WRONG = ['会议强调**“三个到位”**要落实（示例）。', '要落实**“三个到位”**。', '学习**《禁毒法》**规定（示例）。'];
const RIGHT = '会议强调“**三个到位**”要落实（示例）。';

let root: string;
let problems: Problem[];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'jdxh-bold-'));
  await mkdir(path.join(root, 'content', 'news'), { recursive: true });
  for (const [i, line] of [...WRONG, RIGHT].entries()) {
    await writeFile(path.join(root, 'content', 'news', `line-${i}.md`), newsSource(line, `示例新闻 ${i}`));
  }
  problems = await checkContent(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each(WRONG)('%s', (line) => {
  test('the website (.md) shows the stars and bolds nothing', async () => {
    const code = await siteHtml(line);
    expect(code).not.toContain('<strong>');
    expect(code).toContain(line.match(/\*\*.+\*\*/)![0]);
  });

  test('the website (.mdx) bolds nothing', async () => {
    expect(mdxStrongText(`${line}\n`)).toEqual([]);
  });

  test('the printed reader shows the stars and bolds nothing', () => {
    const inlines = pdfInlines(line);
    expect(inlines.some((i) => i.bold)).toBe(false);
    expect(inlines.map((i) => i.text).join('')).toContain('**');
  });

  test('the check reports it, naming both the website and print', () => {
    const file = `content/news/line-${WRONG.indexOf(line)}.md`;
    expect(problems.filter((p) => p.file === file).map((p) => [p.level, p.message])).toEqual([
      ['error', '“**”没有起到加粗作用，网站和印刷版上会原样显示星号：加粗的文字以引号、括号等标点开头或结尾、外面又紧挨着汉字时，星号不起作用'],
    ]);
  });
});

describe('the right way, stars inside the quotation marks', () => {
  test('is bold on the website, in MDX and in print, and not reported', async () => {
    expect(await siteHtml(RIGHT)).toContain('“<strong>三个到位</strong>”');
    expect(mdxStrongText(`${RIGHT}\n`)).toEqual(['三个到位']);
    expect(pdfInlines(RIGHT).filter((i) => i.bold).map((i) => i.text)).toEqual(['三个到位']);
    expect(problems.filter((p) => p.file === `content/news/line-${WRONG.length}.md`)).toEqual([]);
  });
});
