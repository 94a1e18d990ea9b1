import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { entryId } from '../../src/check/corpus.ts';
import { parseStoryFile } from '../../src/reader/load-stories.ts';
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
