import type { Corpus } from './corpus.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { Problem } from './problem.ts';

/**
 * A table copied from Excel or Word arrives as lines of Tab-separated cells. Markdown reads them as one
 * paragraph, so the site and the PDF would run the whole table together into a line of text.
 */
export function checkPastedTables(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, start, raw } of paragraphsOf(corpus)) {
    const cells = /(?<=[^\s])\t+(?=[^\s])/.exec(raw);
    if (!cells) continue;
    problems.push({
      file: entry.file,
      ...entry.lines.locate(start + cells.index),
      level: 'warning',
      rule: 'pasted-table',
      message: '这一段里有用 Tab 隔开的文字，像是从 Excel 或 Word 复制来的表格：网站和印刷版上会挤成一段文字',
      fix: '请改写成表格：第一行写 | 姓名 | 村名 |，第二行写 | --- | --- |，以后每行一条，如 | 某村村医 | 某村 |（见编辑指南“表格”）；如果不是表格，请把 Tab 换成标点',
    });
  }
  return problems;
}
