import { describe, expect, test } from 'vitest';
import { pdfBlocks, pdfInlines, siteHtml } from './renderers.ts';

/**
 * The check says of these lines (tests/check/fixtures/broken: image-space-in-name, image-chinese-brackets,
 * image-chinese-bang, table-no-rule, link-chinese-bracket) that the website and the print show the symbols as
 * typed, with no image, link or table. Asserted here on the site's Markdown processor and the PDF engine's parser.
 */
const pdfText = (body: string) => JSON.stringify(pdfBlocks(body));

describe('markup that did not take is shown as typed on the website and in print', () => {
  test.each([
    ['a space in the image file name', '![展板](./images/zhan ban.png "图为展板")', '![展板](./images/zhan ban.png'],
    ['Chinese brackets after the image', '![展板]（./images/ok.png "图为展板"）', '![展板]（./images/ok.png'],
  ])('%s: no image', async (_, line, literal) => {
    const html = await siteHtml(line);
    expect(html).not.toContain('<img');
    expect(html).toContain(literal);
    expect(pdfBlocks(line).map((b) => b.kind)).toEqual(['paragraph']);
    expect(pdfInlines(line).map((i) => i.text).join('')).toContain(literal);
  });

  test('a Chinese ！ before an image: a link to the image file, no image', async () => {
    const line = '！[展板](./images/ok.png "图为展板")';
    const html = await siteHtml(line);
    expect(html).not.toContain('<img');
    expect(html).toContain('！<a href="./images/ok.png"');
    expect(pdfBlocks(line).map((b) => b.kind)).toEqual(['paragraph']);
    expect(pdfInlines(line)).toContainEqual({ text: '展板', bold: false, link: './images/ok.png' });
  });

  test('a table without its | --- | line: bars in a paragraph, no table', async () => {
    const body = '| 乡镇 | 场次 |\n| 塘渡口镇 | 12 |';
    const html = await siteHtml(body);
    expect(html).not.toContain('<table');
    expect(html).toContain('| 乡镇 | 场次 |');
    expect(pdfBlocks(body).map((b) => b.kind)).toEqual(['paragraph']);
    expect(pdfText(body)).toContain('| 塘渡口镇 | 12 |');
  });

  test('a link closed with a Chinese ）: no link', async () => {
    const line = '详见[协会概况](/about/gaikuang/）（示例）。';
    const html = await siteHtml(line);
    expect(html).not.toContain('<a');
    expect(html).toContain('[协会概况](/about/gaikuang/）');
    expect(pdfInlines(line).some((i) => i.link)).toBe(false);
  });

  test('sentences on lines of their own, no blank line between: one paragraph; a \\ at the line end keeps the line', async () => {
    const body = '上午九点，活动开始。\n志愿者发放资料。';
    expect((await siteHtml(body)).match(/<p>/g)).toHaveLength(1);
    expect(pdfBlocks(body).map((b) => b.kind)).toEqual(['paragraph']);
    expect(await siteHtml('珍爱生命。\\\n远离毒品。')).toContain('<br');
    expect(pdfInlines('珍爱生命。\\\n远离毒品。').length).toBe(3);
  });
});

describe('paragraphs indented by hand', () => {
  test('four spaces or a Tab in a .md file: code on the website, not a paragraph', async () => {
    for (const indent of ['    ', '\t']) {
      const html = await siteHtml(`第一段。\n\n${indent}这一段前面有缩进。`);
      expect(html).toContain('<pre');
      expect(html).toContain('<code>这一段前面有缩进。');
    }
  });

  test('full-width spaces stay in the text on the website and in print, on top of the 2 em first-line indent', async () => {
    expect(await siteHtml('　　这一段前面有全角空格。')).toContain('<p>　　这一段');
    expect(pdfInlines('　　这一段前面有全角空格。')[0].text.startsWith('　　')).toBe(true);
  });
});
