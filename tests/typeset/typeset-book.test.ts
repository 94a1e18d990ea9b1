import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFontConfig, parseStory, typesetBook, type BookInput, type Section, type TypesetResult } from '../../src/typeset/index.ts';
import { pdfOutline } from '../reader/poppler.ts';
import { A5, sampleParagraph } from './layout/book-helpers.ts';
import { pageText, pdffonts, pdfinfo } from './render/poppler.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'typeset-book-'));

function story(id: string, title: string, markdown: string, inContents = true): Section {
  const file = path.join(dir, `${id}.mdx`);
  return { kind: 'story', story: { id, title, blocks: parseStory(markdown, file).blocks, source: file }, startOn: 'right', inContents };
}

const STORY_ONE = `${sampleParagraph(14)}

## 第二天

${sampleParagraph(10, 1)}

![宣传栏](./board.png "图为村口的宣传栏（示例）")

1. 不要接受陌生人给的饮料。
2. 发现线索拨打110。

<Callout title="知识卡片">
毒品是指鸦片、海洛因、甲基苯丙胺（冰毒）等（示例）。
</Callout>

${sampleParagraph(20, 2)}[^1]

[^1]: 本文人物与事件均为示例。
`;

const STORY_TWO = `${sampleParagraph(30, 3)}

| 活动 | 次数 |
|:--|--:|
| 入户走访 | 30 |
| 校园讲座 | 12 |

${sampleParagraph(6, 1)}
`;

// The 破折号 is drawn with another glyph (its Chinese form): the text must still read U+2014 U+2014.
const STORY_THREE = `${sampleParagraph(3, 2)}老师问大家——毒品离我们远吗？`;

function input(): BookInput {
  return {
    meta: { title: '讲好身边的禁毒故事', author: '县禁毒协会', publisher: '县禁毒协会', subject: '禁毒故事读本（示例）', keywords: ['禁毒', '示例'], date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
    page: A5,
    fonts: defaultFontConfig(),
    sections: [
      { kind: 'cover', title: '讲好身边的禁毒故事', subtitle: '示例读本', lines: ['县禁毒协会（示例）'], background: { r: 0.6, g: 0.1, b: 0.1 }, foreground: { r: 1, g: 1, b: 1 } },
      story('foreword', '前言', sampleParagraph(4), false),
      { kind: 'contents', title: '目录', startOn: 'right' },
      story('lamp', '村口的灯', STORY_ONE),
      story('letter', '一封家书', STORY_TWO),
      story('class', '操场上的课', STORY_THREE),
      { kind: 'page', blocks: parseStory('县禁毒协会（示例）', path.join(dir, 'back.md')).blocks, align: 'bottom', startOn: 'left', outline: '封底' },
    ],
  };
}

/** Extracted text without line breaks, and without the gaps poppler reads as spaces next to Latin letters and digits. */
function flatten(text: string): string {
  return text
    .replace(/\s*\n\s*/g, '')
    .replace(/ (?=[\x21-\x7e])|(?<=[\x21-\x7e]) /g, '');
}

describe('typesetBook: the whole document as poppler reads it', () => {
  let result: TypesetResult;
  let file: string;

  beforeAll(async () => {
    await sharp({ create: { width: 900, height: 600, channels: 3, background: '#6a8' } }).png().toFile(path.join(dir, 'board.png'));
    result = await typesetBook(input());
    file = path.join(dir, 'book.pdf');
    writeFileSync(file, result.pdf);
  });

  it('has the page count it reports', () => {
    expect(Number(pdfinfo(file).Pages)).toBe(result.pageCount);
    expect(pdfinfo(file).Title).toBe('讲好身边的禁毒故事');
  });

  it('embeds every font as a subset with a ToUnicode map', () => {
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) expect([f.name, f.emb, f.sub, f.uni]).toEqual([f.name, 'yes', 'yes', 'yes']);
  });

  it('extracts the story text exactly, with no stray spaces between Chinese characters', () => {
    // The short story fits on its opener: title, then the paragraph, exactly.
    const text = pageText(file, findPageIndex(file, '操场上的课'));
    expect(flatten(text)).toBe(`操场上的课${STORY_THREE.replace(/ /g, '')}`);
    const all = allPagesText(file);
    expect(all).not.toMatch(/[\p{Script=Han}，。、；：“”（）《》][ \t]+[\p{Script=Han}，。、；：“”（）《》]/u);
  });

  it('prints the true page numbers in the contents', () => {
    const contents = pageText(file, findPageIndex(file, '目录'));
    // Each entry on one line, its leader dots read as "……" (ActualText).
    const entries = [...contents.matchAll(/^(\S+?)……(\d+)$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(entries).toEqual([
      ['村口的灯', result.storyPages.lamp],
      ['一封家书', result.storyPages.letter],
      ['操场上的课', result.storyPages.class],
    ]);
    // The page printed with that number starts the story (decimal numbering starts at the first story).
    const first = findPageIndex(file, '村口的灯');
    for (const [title, printed] of entries) expect(findPageIndex(file, String(title)) - first + 1).toBe(printed);
  });

  it('has outline entries for every story and its headings', () => {
    const outline = pdfOutline(file).map((e) => e.title);
    expect(outline).toEqual(['前言', '目录', '村口的灯', '第二天', '一封家书', '操场上的课', '封底']);
    const lamp = pdfOutline(file).find((e) => e.title === '村口的灯')!;
    expect(lamp.page).toBe(findPageIndex(file, '村口的灯'));
  });

  it('is byte-identical when typeset again', async () => {
    const again = await typesetBook(input());
    expect(Buffer.from(again.pdf).equals(Buffer.from(result.pdf))).toBe(true);
  });

  it('fails on a character no font has, naming file, line and code point', async () => {
    const bad = input();
    bad.sections.push(story('bad', '坏字', '第一段\n\n第二段有\u{E000}字'));
    await expect(typesetBook(bad)).rejects.toThrow(/bad\.mdx:3(:\d+)?：字符“\u{E000}”（U\+E000）在所有字体中都没有/u);
  });
});

/** 1-based index of the first page whose text starts with `title` (a story opener). */
function findPageIndex(file: string, title: string): number {
  const pages = allPagesText(file).split('\f');
  const i = pages.findIndex((p) => p.trimStart().split('\n')[0] === title);
  if (i < 0) throw new Error(`no page starts with ${title}`);
  return i + 1;
}

const allText = new Map<string, string>();
/** Every page's text, separated by form feeds (read once per file). */
function allPagesText(file: string): string {
  if (!allText.has(file)) {
    const pages = Number(pdfinfo(file).Pages);
    allText.set(file, Array.from({ length: pages }, (_, i) => pageText(file, i + 1)).join('\f'));
  }
  return allText.get(file)!;
}

describe('typesetBook: bad input', () => {
  it('names the file and line of a figure whose image is missing', async () => {
    const bad = input();
    bad.sections.push(story('noimage', '缺图', '第一段\n\n![村口](./images/none.jpg "图为村口")'));
    await expect(typesetBook(bad)).rejects.toThrow(/noimage\.mdx:3(:\d+)?：图片 .*none\.jpg 找不到或无法读取/);
  });
});
