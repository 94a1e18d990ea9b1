import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import config from '../../astro.config.mjs';
import { isExternalUrl, isUnsafeUrl } from '../../src/markdown/content-safety.ts';

// The very processor astro.config.mjs gives Astro for .md, and @astrojs/mdx for .mdx.
const processor = config.markdown!.processor!;
const fixtures = path.join(import.meta.dirname, 'fixtures');

async function renderMarkdown(name: string): Promise<string> {
  const file = path.join(fixtures, name);
  const renderer = await processor.createRenderer({ syntaxHighlight: false } as never);
  const { code } = await renderer.render(await readFile(file, 'utf8'), { fileURL: pathToFileURL(file) } as never);
  return code;
}

async function compileMdx(name: string): Promise<string> {
  const file = path.join(fixtures, name);
  const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false } as never, {} as never);
  // As @astrojs/mdx does: frontmatter blanked out, so line numbers stay those of the file.
  const { content, frontmatter } = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const { code } = await (renderer as { process(s: string, f: string, fm: object): Promise<{ code: string }> })
    .process(content, file, frontmatter);
  return code;
}

describe('Markdown (.md) content', () => {
  test('raw HTML is shown as text: no element, no script, no event handler reaches the page', async () => {
    const html = await renderMarkdown('raw-html.md');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).not.toMatch(/<img/i);
    // Nothing the editor wrote is dropped: the characters are there, escaped.
    expect(html).toMatch(/&lt;script&gt;alert\(('|&#x27;|&#39;)xss('|&#x27;|&#39;)\)&lt;\/script&gt;/);
    expect(html).toContain('onerror');
    expect(html).toContain('县禁毒协会志愿者在某村开展宣传（示例）。');
  });

  test('links to other sites get rel="noopener noreferrer"; links inside the site do not', async () => {
    const html = await renderMarkdown('raw-html.md');
    expect(html).toMatch(/<a href="https:\/\/www\.example\.org\/jindu" rel="noopener noreferrer">国家禁毒委员会网站<\/a>/);
    expect(html).toMatch(/<a href="\/pages\/contact\/">联系我们<\/a>/);
  });

  test('a javascript: link fails the build, naming file and line in Chinese', async () => {
    await expect(renderMarkdown('javascript-link.md')).rejects.toThrow(
      /javascript-link\.md 第 5 行：链接地址「javascript:alert\(1\)」使用了不安全的地址。链接只能是 https:\/\/ 开头的网址或本站页面。/,
    );
  });
});

describe('MDX (.mdx) content', () => {
  test('our components, Markdown and comments compile; external links inside children get rel', async () => {
    const code = await compileMdx('ok.mdx');
    expect(code).toContain('Callout');
    expect(code).toContain('某中学教师带领学生参观禁毒教育基地（示例）。');
    expect(code).toMatch(/rel: *"noopener noreferrer"|rel: *\["noopener", *"noreferrer"\]|"noopener noreferrer"/);
    expect(code).not.toContain('编辑备注');
  });

  test.each([
    ['script.mdx', /script\.mdx 第 7 行：不允许使用 <script> 标签/],
    ['onclick.mdx', /onclick\.mdx 第 7 行：<Callout> 的属性 onClick 不允许使用/],
    ['import.mdx', /import\.mdx 第 4 行：不允许使用 import\/export 语句/],
    ['expression.mdx', /expression\.mdx 第 5 行：不允许使用 \{globalThis\.process\.exit\(1\)\} 代码表达式/],
  ])('%s is refused with file, line and what to do', async (name, message) => {
    await expect(compileMdx(name)).rejects.toThrow(message);
  });
});

describe('URL classification', () => {
  test.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:x', 'data:text/html,<script>', 'vbscript:x'])(
    '%s is unsafe',
    (url) => expect(isUnsafeUrl(url)).toBe(true),
  );
  test.each(['https://example.org/', '/news/', './images/a.jpg', 'mailto:jdxh@example.cn', '#top'])(
    '%s is allowed',
    (url) => expect(isUnsafeUrl(url)).toBe(false),
  );
  test('external means another site', () => {
    expect(isExternalUrl('https://example.org/a')).toBe(true);
    expect(isExternalUrl('//cdn.example.org/a.js')).toBe(true);
    expect(isExternalUrl('/news/')).toBe(false);
    expect(isExternalUrl('mailto:a@b.cn')).toBe(false);
  });
});
