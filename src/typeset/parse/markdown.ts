import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { TypesetError } from '../errors.ts';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Source → mdast. `.mdx` files are parsed as MDX (JSX components, expressions); others as Markdown + GFM. */
export function parseMarkdown(source: string, file: string): Root {
  const processor = file.endsWith('.mdx') ? mdx : markdown;
  try {
    return processor.parse(source);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    throw new TypesetError(`MDX 语法错误：${e.reason ?? e.message}。请检查这一行的 <组件> 或 {…} 写法。`, {
      file,
      line: e.line ?? 1,
      column: e.column,
    });
  }
}
