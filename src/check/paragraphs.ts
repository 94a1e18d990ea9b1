import type { Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentEntry, Corpus } from './corpus.ts';

export interface SourceParagraph {
  entry: ContentEntry;
  node: Paragraph;
  /** Offset of the paragraph in the file, and its text as written (markup and line breaks included). */
  start: number;
  raw: string;
}

/** Every paragraph of every Markdown/MDX file, with its text as written. */
export function* paragraphsOf(corpus: Corpus): Generator<SourceParagraph> {
  for (const entry of corpus.entries) {
    if (!entry.tree) continue;
    const found: SourceParagraph[] = [];
    visit(entry.tree, 'paragraph', (node: Paragraph) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) found.push({ entry, node, start, raw: entry.source.slice(start, end) });
    });
    yield* found;
  }
}
