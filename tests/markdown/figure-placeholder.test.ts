import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentPlugin } from '../../src/lib/markdown/content-plugin.ts';
import { contentSafetyMdast } from '../../src/markdown/content-safety.ts';
import { splitAtFigures } from '../../src/lib/markdown/figure-placeholder.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Renders a .md body the way Astro does for content/news (same plugins, same serializer). */
async function renderNews(body: string): Promise<string> {
  const { html } = await markdownToHtml(body, {
    mdastPlugins: [contentPlugin({ root, base: '/' }), contentSafetyMdast],
    fileURL: pathToFileURL(path.join(root, 'content/news/示例.md')),
  });
  return html;
}

describe('captioned Markdown images in .md', () => {
  test('become a figure placeholder that gives back src, alt and caption exactly, between the HTML around it', async () => {
    const alt = `两件马甲 "橙色" & 'red' <示例>`;
    const caption = '图为 “志愿者” & 学员 <b>不是标签</b>（示例图片）';
    const html = await renderNews(`第一段。\n\n![${alt}](./images/zhiyuanzhe-majia.jpg "${caption.replace(/"/g, '\\"')}")\n\n第二段。\n`);
    const parts = splitAtFigures(html)!;
    expect(parts).toHaveLength(3);
    expect(parts[0]).toBe('<p>第一段。</p>\n');
    expect(parts[1]).toEqual({ src: '/content/news/images/zhiyuanzhe-majia.jpg', alt, caption });
    expect(parts[2]).toBe('\n<p>第二段。</p>\n');
    // Astro's own Markdown image (a WebP-only <img>) is not made any more.
    expect(html).not.toContain('<img');
  });

  test('two images give two figures in order; a body without images is left to Astro', async () => {
    const html = await renderNews('![甲](./images/zhiyuanzhe-majia.jpg "图为甲")\n\n![乙](./images/kangfu-gongzuozhan.jpg "图为乙")\n');
    const figures = splitAtFigures(html)!.filter((p) => typeof p !== 'string');
    expect(figures.map((f) => (f as { caption: string }).caption)).toEqual(['图为甲', '图为乙']);
    expect(splitAtFigures(await renderNews('只有文字。\n'))).toBeUndefined();
  });

  test('an editor cannot forge a placeholder: raw HTML is shown as text', async () => {
    const html = await renderNews('<jdxh-figure data-src="/etc/passwd" data-alt="x" data-caption="y"></jdxh-figure>\n');
    expect(splitAtFigures(html)).toBeUndefined();
  });

  test('a missing caption or alt is still an error naming the file and line', async () => {
    await expect(renderNews('正文。\n\n![](./images/zhiyuanzhe-majia.jpg "图为甲")\n')).rejects.toThrow(/content\/news\/示例\.md 第 3 行：图片 \.\/images\/zhiyuanzhe-majia\.jpg 缺少替代文字/);
    await expect(renderNews('![甲](./images/zhiyuanzhe-majia.jpg)\n')).rejects.toThrow(/缺少图片说明/);
    await expect(renderNews('![甲](./images/没有这张.jpg "图为甲")\n')).rejects.toThrow(/找不到图片 \.\/images\/没有这张\.jpg/);
  });
});
