import type { Corpus } from './corpus.ts';
import { paragraphsOf } from './paragraphs.ts';
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
  for (const { entry, start, raw } of paragraphsOf(corpus)) {
    const lines = raw.split(/\r?\n/);
    if (lines.length < 2) continue;
    const joins = lines.slice(0, -1).filter((line) => !/(?:\\| {2,})$/.test(line));
    if (!joins.length || !joins.every((line) => SENTENCE_END.test(line.trim()))) continue;
    problems.push({
      file: entry.file,
      ...entry.lines.locate(start),
      level: 'warning',
      rule: 'joined-lines',
      message: `这 ${lines.length} 行之间没有空行，网站和印刷版上会连成一段`,
      fix: '要分成几段，请在段与段之间空一行；要在段内换行（如标语、诗句），在行末加一个反斜杠 \\',
    });
  }
  return problems;
}
