import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * A line of `---` (or `===`) straight under a paragraph, meant as a dividing line: Markdown makes the paragraph above
 * a heading instead (a “setext” heading), on the website and in print, and the line itself disappears. Nobody here
 * writes headings that way on purpose (编辑指南 teaches `## 小标题`), so each one is an error.
 */
export function checkSetextHeadings(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: Problem[] = [];
    visit(entry.tree, 'heading', (node: Heading) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || entry.source.slice(start, end).trimStart().startsWith('#')) return;
      const underline = entry.source.slice(start, end).trimEnd().split('\n').pop()!.trim();
      const text = toString(node);
      const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start),
        level: 'error',
        rule: 'heading',
        message: `“${shown}”下面紧挨着一行“${underline}”：网站和印刷版上这一段会变成${node.depth === 1 ? '和标题一样大的' : ''}小标题，“${underline}”这一行不显示`,
        fix: `想要一条分隔线：在“${underline}”上面空一行（分隔线写 ---）；想要小标题：删掉“${underline}”这一行，把小标题写成 ## ${shown}`,
      });
    });
    return problems;
  });
}
