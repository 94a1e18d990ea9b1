import { mdxToHast } from 'satteri';
import config from '../../astro.config.mjs';
import { parseStory, type Block } from '../../src/typeset/index.ts';

/**
 * The three ways a line of content is read besides the check: the site's own Markdown processor (as configured
 * in astro.config.mjs, for .md), Sätteri's MDX parser (for .mdx) and the PDF engine's parser. Tests of messages
 * that claim what the website or the print shows assert the claim on these.
 */
type Renderer = { render(source: string, options: object): Promise<{ code: string }> };
let site: Promise<Renderer> | undefined;

/** The HTML the website makes of a .md body. */
export async function siteHtml(markdown: string): Promise<string> {
  const processor = (config.markdown as unknown as { processor: { createRenderer(shared: object): Promise<Renderer> } }).processor;
  site ??= processor.createRenderer({ syntaxHighlight: false });
  return (await (await site).render(`${markdown}\n`, {})).code;
}

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

/** The text inside <strong> when Sätteri compiles the line as MDX (as @astrojs/markdown-satteri does for .mdx). */
export function mdxStrongText(source: string): string[] {
  const found: string[] = [];
  const walk = (node: HastNode, inStrong: boolean) => {
    if (node.type === 'text' && inStrong) found.push(node.value ?? '');
    for (const child of node.children ?? []) walk(child, inStrong || node.tagName === 'strong');
  };
  walk(mdxToHast(source) as unknown as HastNode, false);
  return found;
}

/** The blocks the PDF engine makes of a story body. */
export function pdfBlocks(body: string): Block[] {
  return parseStory(`---\ntitle: 示例\n---\n\n${body}\n`, 'content/stories/x.mdx').blocks;
}

/** The first paragraph's inlines as the PDF engine reads them: text, bold, link. */
export function pdfInlines(line: string): { text: string; bold: boolean; link?: string }[] {
  const paragraph = pdfBlocks(line)[0] as Extract<Block, { kind: 'paragraph' }>;
  return paragraph.inlines.map((i) => ({
    text: 'text' in i ? String(i.text) : '',
    bold: Boolean('style' in i && i.style?.bold),
    ...('style' in i && i.style?.link ? { link: String(i.style.link) } : {}),
  }));
}
