import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * A table row with more cells than the header: the website drops the extra cells without a word (GFM tables are as
 * wide as their header), while the print keeps them, so the two disagree and the website loses what was written.
 */
export function checkTableCells(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: Problem[] = [];
    visit(entry.tree, 'table', (table: Table) => {
      const [header, ...rows] = table.children;
      const width = header?.children.length ?? 0;
      for (const row of rows) {
        if (row.children.length <= width) continue;
        const extra = row.children.slice(width).map((cell) => `“${toString(cell)}”`).join('');
        problems.push({
          file: entry.file,
          ...entry.lines.locate(row.position?.start.offset ?? 0),
          level: 'error',
          rule: 'table',
          message: `表格这一行有 ${row.children.length} 格，表头只有 ${width} 格：多出来的${extra}网站上不显示${entry.collection === 'stories' ? '（印刷版上却有）' : ''}`,
          fix: `表头和分隔行也要有 ${row.children.length} 格：在表头行末加“ 栏目名 |”，分隔行末加“ --- |”；多写的格请删掉`,
        });
      }
    });
    return problems;
  });
}
