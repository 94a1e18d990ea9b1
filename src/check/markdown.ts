import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ParsedMarkdown {
  tree?: Root;
  /** The YAML between the `---` lines, and the offset in the file where that YAML text begins. */
  frontmatter?: { text: string; offset: number; fenceOffset: number };
  /** A syntax error that stopped parsing (MDX is strict: an unclosed tag stops the whole file). */
  syntaxError?: { line: number; column: number; reason: string };
}

// The same plugins, in the same order, as the PDF engine's parser (src/typeset/parse/markdown.ts): the print
// check hands these trees to the engine instead of parsing every story again.
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Parses Markdown or MDX with exact positions (remark), keeping the frontmatter's place in the file. */
export function parseMarkdown(source: string, isMdx: boolean): ParsedMarkdown {
  let tree: Root;
  try {
    tree = (isMdx ? mdxParser : markdownParser).parse(source) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const reason = e.reason ?? e.message;
    // Some micromark errors carry their place only inside the text: "… (12:1-12:23)".
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
    const line = e.line ?? (inText ? Number(inText[1]) : 1);
    const column = e.column ?? (inText ? Number(inText[2]) : 1);
    return {
      frontmatter: frontmatterByFence(source),
      syntaxError: { line, column, reason: reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '') },
    };
  }
  const first = tree.children[0];
  if (first?.type !== 'yaml' || first.position?.start.offset === undefined) return { tree };
  const fenceOffset = first.position.start.offset;
  const afterFence = source.indexOf('\n', fenceOffset) + 1;
  return { tree, frontmatter: { text: first.value, offset: afterFence, fenceOffset } };
}

/** Frontmatter found without a full parse, so schema checks still run when the body has an MDX syntax error. */
function frontmatterByFence(source: string): ParsedMarkdown['frontmatter'] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(source);
  if (!m) return undefined;
  return { text: m[1], offset: source.indexOf('\n') + 1, fenceOffset: 0 };
}
