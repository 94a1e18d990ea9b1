import type { Heading } from 'mdast';
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
      const text = entry.source.slice(start, end).split('\n')[0].trim();
      const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
      const at = { file: entry.file, ...entry.lines.locate(start), level: 'error' as const, rule: 'heading' };
      // Fields under a ---: another article's head pasted in (a second news item in the same file).
      if (node.depth === 2 && /^[A-Za-z]\w*:\s/.test(text)) {
        problems.push({
          ...at,
          message: `正文里的“${shown}”这几行像另一篇文章的字段区：一个文件只能写一篇，这几行会和下面的“---”一起变成一个小标题`,
          fix: '请把第二篇文章剪切出来，用 npm run new 另建一个文件粘贴进去；这个文件只留第一篇',
        });
        return;
      }
      problems.push({
        ...at,
        message: `“${shown}”下面紧挨着一行“${underline}”：网站和印刷版上这一段会变成${node.depth === 1 ? '和标题一样大的' : ''}小标题，“${underline}”这一行不显示`,
        fix: `想要一条分隔线：在“${underline}”上面空一行（分隔线写 ---）；想要小标题：删掉“${underline}”这一行，把小标题写成 ## ${shown}`,
      });
    });
    return problems;
  });
}
