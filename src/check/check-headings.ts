import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * A heading with nothing under it: the last thing in the file, or followed straight by a heading of the same or a
 * higher level. Usually a slip (a section left unwritten or a paragraph deleted); in print it stands alone at a
 * story's end or over the next heading.
 */
export function checkEmptySections(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    const blocks = entry.tree?.children ?? [];
    return blocks.flatMap((node, i): Problem[] => {
      if (node.type !== 'heading') return [];
      const next = blocks.slice(i + 1).find((b) => b.type !== 'html' || !/^<!--[\s\S]*-->$/.test(b.value.trim()));
      if (next && (next.type !== 'heading' || (next as Heading).depth > node.depth)) return [];
      return [{
        file: entry.file,
        ...entry.lines.locate(node.position?.start.offset ?? 0),
        level: 'warning',
        rule: 'heading',
        message: `小标题“${toString(node)}”下面没有正文${next ? '，紧接着就是下一个小标题' : '，文章到这里就结束了'}`,
        fix: '请在小标题下面补上正文，或者删除这个小标题',
      }];
    });
  });
}
