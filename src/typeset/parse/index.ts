import type { FootnoteDefinition, Root } from 'mdast';
import type { Block } from '../model/index.ts';
import { definitionsOf, toBlocks, type BlockContext } from './blocks.ts';
import { readFrontmatter } from './frontmatter.ts';
import { parseMarkdown } from './markdown.ts';
import { sourceOf } from './source-ref.ts';

export interface ParsedStory {
  data: Record<string, unknown>;
  blocks: Block[];
}

/** MD/MDX source → front matter + blocks, every block and inline carrying its file and line. */
export function parseStory(source: string, file: string): ParsedStory {
  return storyFromTree(parseMarkdown(source, file), file);
}

/**
 * A tree parsed elsewhere with the same remark plugins as parseMarkdown (the content check's, which parses
 * every file once) → front matter + blocks, as parseStory gives them.
 */
export function storyFromTree(tree: Root, file: string): ParsedStory {
  const data = readFrontmatter(tree, file);
  const footnotes: FootnoteDefinition[] = [];
  const ctx: BlockContext = { file, definitions: definitionsOf(tree.children), footnotes };
  const blocks = toBlocks(tree.children, ctx);
  if (footnotes.length > 0) {
    blocks.push({
      kind: 'footnotes',
      notes: footnotes.map((def) => ({ id: def.identifier, blocks: toBlocks(def.children, ctx) })),
      source: sourceOf(footnotes[0], file),
    });
  }
  return { data, blocks };
}
