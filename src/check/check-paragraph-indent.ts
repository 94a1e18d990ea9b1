import type { Code, Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * Paragraphs indented by hand, as in Word or WPS:
 * - in a .md file, four spaces or a Tab before a paragraph make it a code block: the website shows it in a
 *   typewriter font on one line that does not wrap (wider than a phone's screen); .mdx has no such blocks;
 * - full-width spaces (　　) before a paragraph: the website and the print indent every paragraph by two
 *   characters already, so the paragraph would start four characters in.
 */
export function checkParagraphIndent(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const entry of corpus.entries) {
    if (!entry.tree) continue;
    const at = (offset: number) => ({ file: entry.file, ...entry.lines.locate(offset), rule: 'indent' });
    if (!entry.isMdx) {
      visit(entry.tree, 'code', (node: Code) => {
        const start = node.position?.start.offset ?? 0;
        if (/^[ \t]*(?:`{3,}|~{3,})/.test(entry.source.slice(start, start + 40))) return;
        problems.push({
          ...at(start),
          level: 'error',
          message: '这一段前面有 4 个空格或 Tab，网站上会变成“代码”：用打字机字体显示在不换行的一长行里，手机上看不全',
          fix: '删掉段首的空格和 Tab（不用自己缩进，网站和印刷版每段都会自动空两格）',
        });
      });
    }
    // Pasted from Word, every paragraph has them: one warning for the file, at the first.
    const indented: number[] = [];
    visit(entry.tree, 'paragraph', (node: Paragraph) => {
      const first = node.children[0];
      const start = first?.position?.start.offset;
      if (first?.type === 'text' && start !== undefined && /^\u3000/.test(first.value)) indented.push(start);
    });
    if (indented.length) {
      problems.push({
        ...at(indented[0]),
        level: 'warning',
        message: `${indented.length > 1 ? `本文件有 ${indented.length} 段的` : '这一段的'}段首有全角空格：网站和印刷版每段都会自动空两格，再加上这些空格，会空出四格或更多`,
        fix: '删掉段首的全角空格（从 Word 或 WPS 复制来的文字常带着它们）',
      });
    }
  }
  return problems;
}
