import { writeFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { buildSite } from '../../src/build/astro-site.ts';
import { buildEditions, installEditionDownloads } from '../../src/build/editions.ts';
import { parseFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import { entryId } from '../../src/check/corpus.ts';
import { parseLocatedYaml } from '../../src/check/yaml-source.ts';
import { newsSchema } from '../../src/schemas/index.ts';
import { canonicalText } from '../../src/lib/search/canonical.ts';
import { documentTokens, queryTokens } from '../../src/lib/search/grams.ts';
import { matchesTerms } from '../../src/lib/search/query.ts';
import { parseStoryFile } from '../../src/reader/load-stories.ts';
import { defaultFontConfig, typesetBook, TypesetError } from '../../src/typeset/index.ts';
import { A5, storySection } from '../typeset/layout/book-helpers.ts';
import { poppler } from '../typeset/render/poppler.ts';
import { pdfBlocks, pdfInlines, siteHtml } from './renderers.ts';

/**
 * What the website and the print make of the mistakes reported in tests/check/fixtures/broken (bold-fullwidth-stars,
 * heading-fullwidth-hash, heading-level-one, tags-chinese-comma, 国际禁毒日.md, Guoji-Jinduri.md): the claims the
 * messages make, asserted on the site's Markdown processor, the PDF engine's parser and the reader's story loader.
 */
describe('marks typed with a Chinese input method are shown as typed', () => {
  test('＊＊三个到位＊＊: no bold, the full-width stars on the website and in print', async () => {
    const line = '要落实＊＊三个到位＊＊（示例）。';
    const html = await siteHtml(line);
    expect(html).not.toContain('<strong');
    expect(html).toContain('＊＊三个到位＊＊');
    expect(pdfInlines(line).some((i) => i.bold)).toBe(false);
    expect(pdfInlines(line).map((i) => i.text).join('')).toContain('＊＊三个到位＊＊');
  });

  test('＃＃活动经过: a paragraph, not a heading', async () => {
    const html = await siteHtml('＃＃活动经过');
    expect(html).not.toMatch(/<h\d/);
    expect(html).toContain('＃＃活动经过');
    expect(pdfBlocks('＃＃活动经过').map((b) => b.kind)).toEqual(['paragraph']);
  });
});

test('# 活动经过 in a body is a level-1 heading on the website and in print, the level of the title', async () => {
  expect(await siteHtml('# 活动经过')).toMatch(/<h1[^>]*>活动经过<\/h1>/);
  expect(pdfBlocks('# 活动经过')).toMatchObject([{ kind: 'heading', depth: 1 }]);
  expect(pdfBlocks('## 活动经过')).toMatchObject([{ kind: 'heading', depth: 2 }]);
});

test('tags: [禁毒，宣传] is one tag; with English commas, two', () => {
  expect(parse('tags: [禁毒，宣传]').tags).toEqual(['禁毒，宣传']);
  expect(parse('tags: [禁毒、宣传]').tags).toEqual(['禁毒、宣传']);
  expect(parse('tags: [禁毒, 宣传]').tags).toEqual(['禁毒', '宣传']);
});

describe('file names are addresses', () => {
  const stories = path.join('/project', 'content', 'stories');

  test('a Chinese file name gives a percent-encoded address', () => {
    const id = entryId(stories, path.join(stories, '国际禁毒日.mdx'));
    expect(encodeURI(`/reader/stories/${id}/`)).toBe('/reader/stories/%E5%9B%BD%E9%99%85%E7%A6%81%E6%AF%92%E6%97%A5/');
  });

  test('capitals: the site lower-cases the address, the printed editions keep the name (QR codes to a missing page)', () => {
    const file = path.join(stories, 'Shan Po.mdx');
    const source = '---\ntitle: 示例\nauthor: 某中学教师\nplace: 某村（示例）\ndate: 2025-01-01\naudiences: [初中]\nsummary: 示例。\nquestions: [问题？]\n---\n正文。\n';
    expect(entryId(stories, file)).toBe('shan-po');
    expect(parseStoryFile(source, file).id).toBe('Shan Po');
  });
});

describe('Markdown habits that do not take here', () => {
  test('--- straight under a paragraph makes it a heading and the line disappears; with a blank line it is a dividing line', async () => {
    const html = await siteHtml('第一段。\n---\n第二段。');
    expect(html).toMatch(/<h2[^>]*>第一段。<\/h2>/);
    expect(html).not.toContain('<hr');
    expect(pdfBlocks('第一段。\n---\n第二段。')).toMatchObject([{ kind: 'heading', depth: 2 }, { kind: 'paragraph' }]);
    expect(await siteHtml('第一段。\n\n---\n\n第二段。')).toContain('<hr');
  });

  test('__三个到位__ between Chinese characters is not bold; **三个到位** is', async () => {
    const line = '要落实__三个到位__要求。';
    expect(await siteHtml(line)).toContain('<p>要落实__三个到位__要求。</p>');
    expect(pdfInlines(line).some((i) => i.bold)).toBe(false);
    expect(await siteHtml('要落实**三个到位**要求。')).toContain('<strong>三个到位</strong>');
  });

  test('a link in 【】 is shown as typed', async () => {
    const line = '详见【协会概况】(/about/gaikuang/)。';
    expect(await siteHtml(line)).not.toContain('<a');
    expect(pdfInlines(line).some((i) => i.link)).toBe(false);
  });

  test('• items pasted from Word run together into one paragraph; “- ” items make a list', async () => {
    const html = await siteHtml('活动分两项：\n• 发放资料\n• 解答咨询');
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).not.toContain('<li');
    expect(pdfBlocks('活动分两项：\n• 发放资料\n• 解答咨询').map((b) => b.kind)).toEqual(['paragraph']);
    expect(await siteHtml('活动分两项：\n\n- 发放资料\n- 解答咨询')).toContain('<li>发放资料</li>');
  });

  test('an HTML comment never closed hides the rest of the file on the website', async () => {
    const html = await siteHtml('第一段。\n\n<!-- 以后再改\n\n第二段。\n\n第三段。');
    expect(html).toContain('第一段');
    expect(html).not.toContain('<p>第二段');
    expect(html).not.toContain('<p>第三段');
  });

  test('a table row wider than its header: the website drops the extra cell, the print keeps it', async () => {
    const table = '| 乡镇 | 场次 |\n| --- | --- |\n| 塘渡口镇 | 12 | 3000 |';
    const html = await siteHtml(table);
    expect(html).toContain('<td>12</td>');
    expect(html).not.toContain('3000');
    expect(JSON.stringify(pdfBlocks(table))).toContain('3000');
  });

  test('a bare address with Chinese straight after it: the words go into the link, on the website and in print', async () => {
    const line = '详见https://www.example.gov.cn网站。';
    expect(await siteHtml(line)).toContain('href="https://www.example.gov.cn%E7%BD%91%E7%AB%99');
    expect(pdfInlines(line).find((i) => i.link)?.link).toBe('https://www.example.gov.cn网站。');
    expect(await siteHtml('详见 https://www.example.gov.cn 网站。')).toContain('href="https://www.example.gov.cn"');
  });

  test('## alone is an empty heading; [](…) a link with no words, left out of print', async () => {
    expect(await siteHtml('第一段。\n\n##\n\n第二段。')).toMatch(/<h2[^>]*><\/h2>/);
    expect(pdfBlocks('第一段。\n\n##\n\n第二段。')[1]).toMatchObject({ kind: 'heading', inlines: [] });
    expect(await siteHtml('详见[](/about/gaikuang/)。')).toContain('<a href="/about/gaikuang/"></a>');
    expect(pdfInlines('详见[](/about/gaikuang/)。').some((i) => i.link)).toBe(false);
  });
});

test('an invisible character inside a word (news/invisible-zero-width.md…): the site\'s search does not find the word', () => {
  const found = (text: string, word: string) => {
    const tokens = new Set(documentTokens(canonicalText(text)));
    return queryTokens(canonicalText(word)).every((t) => tokens.has(t)) && matchesTerms(canonicalText(text), [canonicalText(word)]);
  };
  expect(found('开展禁毒宣传', '禁毒')).toBe(true);
  for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u2028']) {
    expect(found(`开展禁${invisible}毒宣传`, '禁毒'), invisible).toBe(false);
  }
});

describe('U+2028 and U+2029 in a story (stories/invisible-character.mdx): the printed edition is not made', () => {
  const book = (body: string) => typesetBook({
    meta: { title: '示例', author: '示例', publisher: '示例', subject: '示例', keywords: [], date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
    page: A5,
    fonts: defaultFontConfig(),
    sections: [storySection('x', '示例', `---\ntitle: 示例\n---\n\n${body}\n`)],
  });

  test.each(['\u2028', '\u2029'])('the PDF engine refuses %j: no print font has it', async (separator) => {
    const refused = await book(`他说，${separator}中学时就听过禁毒课。`).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypesetError);
    expect(String((refused as Error).message)).toContain(`U+${separator.codePointAt(0)!.toString(16).toUpperCase()}`);
  });

  test.each([['𠮷', 'U+20BB7'], ['\ue000', 'U+E000']])('a character no print font has (%j: stories/rare-character.mdx, self-made-character.mdx) is refused too: no blank, no edition', async (char, code) => {
    const refused = await book(`王${char}大爷。`).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypesetError);
    expect(String((refused as Error).message)).toContain(code);
  });

  test('without it the story is printed, its words in the PDF', async () => {
    const file = path.join(process.env.TMPDIR ?? '/tmp', `separator-${process.pid}.pdf`);
    writeFileSync(file, (await book('他说，中学时就听过禁毒课。')).pdf);
    expect(poppler('pdftotext', [file, '-']).replace(/\s/g, '')).toContain('他说，中学时就听过禁毒课。');
  });
});

describe('title: 2025-06-26 (news/title-date.md)', () => {
  const news = '---\ntitle: 2025-06-26\ndate: 2025-06-26 09:30\nsource: 示例\ncorrespondents: 示例\neditor: 示例\ncategory: 协会动态\nsummary: 示例。\n---\n正文。\n';

  test('Astro reads the title as a date, which the news schema refuses: the website cannot be made', () => {
    const { frontmatter } = parseFrontmatter(news);
    expect(frontmatter.title).toBeInstanceOf(Date);
    expect(newsSchema().safeParse(frontmatter).error?.issues.map((i) => i.path)).toEqual([['title']]);
    expect(newsSchema().safeParse(parseFrontmatter(news.replace('title: 2025-06-26', 'title: "2025-06-26"')).frontmatter).success).toBe(true);
  });

  test('title: yes and summary: 是 are text for Astro and for the check alike (YAML 1.2: only true and false are yes/no)', () => {
    expect(parseFrontmatter('---\ntitle: yes\nsummary: 是\n---\n').frontmatter).toEqual({ title: 'yes', summary: '是' });
    expect(parse('title: yes\nsummary: 是')).toEqual({ title: 'yes', summary: '是' });
  });

  test.each(['2025-06-26', '2025-06-26T09:30:00', '2025-6-26 9:30:00', '2025-06-26 09:30:00 +08:00', '2025-06-26 09:30', '2025-6-26', '2025/06/26', '20250626', '"2025-06-26"', '0b101', '0o17', '0x1F', '1e3', '.inf', '~', 'null', '1_000', 'yes'])(
    'the check finds the values Astro reads otherwise than its own reader, and only those: %s',
    (value) => {
      const astro = parseFrontmatter(`---\ntitle: ${value}\n---\n`).frontmatter.title;
      const checks = parse(`title: ${value}`).title;
      const differ = astro instanceof Date || typeof astro !== typeof checks || (astro !== checks && !Number.isNaN(astro));
      expect(parseLocatedYaml(`title: ${value}\n`).readOtherwiseByAstro).toEqual(differ ? [{ path: ['title'], value: astro }] : []);
    },
  );
});

describe('values without quotes that no YAML reader takes for text (news/title-binary.md, title-tilde.md, summary-hex.md)', () => {
  const news = (title: string, summary = '示例。') => `---\ntitle: ${title}\ndate: 2025-06-26 09:30\nsource: 示例\ncorrespondents: 示例\neditor: 示例\ncategory: 协会动态\nsummary: ${summary}\n---\n正文。\n`;

  test('title: 0b101 is the number 5 for Astro (text for the check\'s reader): the news schema refuses it, the website cannot be made', () => {
    expect(parseFrontmatter(news('0b101')).frontmatter.title).toBe(5);
    expect(parse('title: 0b101').title).toBe('0b101');
    expect(newsSchema().safeParse(parseFrontmatter(news('0b101')).frontmatter).error?.issues.map((i) => i.path)).toEqual([['title']]);
    expect(newsSchema().safeParse(parseFrontmatter(news('"0b101"')).frontmatter).success).toBe(true);
  });

  test('title: ~ and title: null are “nothing” for Astro: a title that is not there', () => {
    expect(parseFrontmatter(news('~')).frontmatter.title).toBeNull();
    expect(parseFrontmatter(news('null')).frontmatter.title).toBeNull();
    expect(newsSchema().safeParse(parseFrontmatter(news('~')).frontmatter).error?.issues.map((i) => i.path)).toEqual([['title']]);
    expect(parseFrontmatter(news('"~"')).frontmatter.title).toBe('~');
  });

  test('summary: 0x1F, title: 0o17, 1e3, .inf are numbers for Astro (31, 15, 1000, Infinity)', () => {
    expect(parseFrontmatter(news('示例', '0x1F')).frontmatter.summary).toBe(31);
    expect(['0o17', '1e3', '.inf'].map((t) => parseFrontmatter(news(t)).frontmatter.title)).toEqual([15, 1000, Infinity]);
  });
});

describe('a field value starting with & or ! (news/yaml-ampersand-in-title.md, news/yaml-bang-in-title.md)', () => {
  test('&禁毒 宣传月: both YAML readers drop “&禁毒”; &通知 alone leaves the field empty', () => {
    expect(parseFrontmatter('---\ntitle: &禁毒 宣传月\n---\n').frontmatter.title).toBe('宣传月');
    expect(parse('title: &禁毒 宣传月').title).toBe('宣传月');
    expect(parseFrontmatter('---\ntitle: &通知\n---\n').frontmatter.title).toBeNull();
  });

  test('!紧急通知: Astro cannot read the fields at all; in quotes it can', () => {
    expect(() => parseFrontmatter('---\ntitle: !紧急通知\n---\n')).toThrow();
    expect(parseFrontmatter('---\ntitle: "!紧急通知"\n---\n').frontmatter.title).toBe('!紧急通知');
  });
});

describe('two news items, two stories in one edition, with the same title (news/title-twice-a.md, stories/title-twice-a.mdx)', () => {
  // The sample project with a news item and a story copied under new names, the copy of the story added to the 村民版.
  const newsTitle = '戒毒康复人员“三衔接”工作推进会召开（示例）';
  const storyTitle = '山坡上的“花”';
  let project: Awaited<ReturnType<typeof copyProject>>;
  let dist: string;

  beforeAll(async () => {
    project = await copyProject();
    const content = path.join(project.root, 'content');
    await cp(path.join(content, 'news/2025-07-18-sanxianjie-tuijinhui.md'), path.join(content, 'news/2025-07-19-sanxianjie-tuijinhui.md'));
    await cp(path.join(content, 'stories/shanpo-shang-de-hua.mdx'), path.join(content, 'stories/shanpo-shang-de-hua-2.mdx'));
    const edition = path.join(content, 'editions/cunmin.yaml');
    const yaml = await readFile(edition, 'utf8');
    expect(yaml).toContain('ids: [shanpo-shang-de-hua,');
    await writeFile(edition, yaml.replace('ids: [shanpo-shang-de-hua,', 'ids: [shanpo-shang-de-hua, shanpo-shang-de-hua-2,'));
    dist = await mkdtemp(path.join(os.tmpdir(), 'jdxh-duplicate-titles-'));
    await buildEditions(project.root, dist);
    await buildSite(project.root, dist);
    await installEditionDownloads(project.root, dist);
  }, 300_000);
  afterAll(async () => {
    await project?.remove();
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  const links = (html: string, title: string) => [...html.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].filter((m) => m[2] === title).map((m) => m[1]);

  test('the news list shows two identical titles, each a link to its own item', async () => {
    const list = await readFile(path.join(dist, 'news/index.html'), 'utf8');
    expect(links(list, newsTitle).sort()).toEqual(['/news/2025-07-18-sanxianjie-tuijinhui/', '/news/2025-07-19-sanxianjie-tuijinhui/']);
  });

  test('the edition\'s contents show two identical lines, on the website and in the PDF (only the page numbers differ)', async () => {
    const page = await readFile(path.join(dist, 'reader/cunmin/index.html'), 'utf8');
    expect(links(page, storyTitle)).toEqual(['/reader/stories/shanpo-shang-de-hua/', '/reader/stories/shanpo-shang-de-hua-2/']);
    const text = poppler('pdftotext', ['-f', '1', '-l', '6', path.join(dist, 'downloads/cunmin.pdf'), '-']);
    const contents = text.slice(text.indexOf('目录')).split('\n').filter((line) => line.startsWith(`${storyTitle}……`));
    expect(contents).toHaveLength(2);
  });
});
