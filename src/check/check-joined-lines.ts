import type { Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/** A line that ends a sentence: 。！？… perhaps followed by a closing quotation mark or bracket. */
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u;

/**
 * Paragraphs pasted from Word, WPS or WeChat with one line break between them and no blank line: Markdown
 * joins the lines into one paragraph, on the website and in print. Only a paragraph whose every line ends a
 * sentence is taken for that (text wrapped by hand breaks mid-sentence); lines ending in a hard break
 * (a backslash or two spaces) are meant to stay lines.
 */
export function checkJoinedLines(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const entry of corpus.entries) {
    if (!entry.tree) continue;
    visit(entry.tree, 'paragraph', (node: Paragraph) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const lines = entry.source.slice(start, end).split(/\r?\n/);
      if (lines.length < 2) return;
      const joins = lines.slice(0, -1).filter((line) => !/(?:\\| {2,})$/.test(line));
      if (!joins.length || !joins.every((line) => SENTENCE_END.test(line.trim()))) return;
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start),
        level: 'warning',
        rule: 'joined-lines',
        message: `这 ${lines.length} 行之间没有空行，网站和印刷版上会连成一段`,
        fix: '要分成几段，请在段与段之间空一行；要在段内换行（如标语、诗句），在行末加一个反斜杠 \\',
      });
    });
  }
  return problems;
}
