import type { Corpus } from './corpus.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { Problem } from './problem.ts';

/** A line that ends a sentence: 。！？… perhaps followed by a closing quotation mark or bracket. */
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u;

/**
 * A list item as Word and WPS write it (• ● ○ ■ ◆ · －, 1、 （1） ① 一、), or a Markdown one without its space (-第一项,
 * 1.第一项), not as Markdown takes it (“- ”, “1. ”).
 */
const LIST_MARK = /^\s*(?:[•●○■□◆◇▪·－—–]\s*|-(?=[^\s\-])|\d{1,2}[、．]\s*|\d{1,2}\.(?=[^\d\s])|[（(]\d{1,2}[）)]\s*|[①-⑳]\s*|[一二三四五六七八九十]{1,3}、)/u;

/**
 * Paragraphs pasted from Word, WPS or WeChat with one line break between them and no blank line: Markdown
 * joins the lines into one paragraph, on the website and in print. Only a paragraph whose every line ends a
 * sentence is taken for that (text wrapped by hand breaks mid-sentence); lines ending in a hard break
 * (a backslash or two spaces) are meant to stay lines. Lines that start like list items (“• 第一项”, “1、第一项”)
 * under a first line are a list pasted from Word: they too run together into one paragraph.
 */
export function checkJoinedLines(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, start, raw } of paragraphsOf(corpus)) {
    const lines = raw.split(/\r?\n/);
    if (lines.length < 2) continue;
    const joins = lines.slice(0, -1).filter((line) => !/(?:\\| {2,})$/.test(line));
    const items = lines.slice(1).every((line) => LIST_MARK.test(line)) ? lines.filter((line) => LIST_MARK.test(line)) : [];
    if (items.length >= 2) {
      const mark = LIST_MARK.exec(items[0])![0].trim();
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start + raw.indexOf(items[0])),
        level: 'warning',
        rule: 'joined-lines',
        message: `这 ${items.length} 行像列表（以“${mark}”开头，${/^(?:-|\d{1,2}\.)$/.test(mark) ? '后面少了空格' : '多半是从 Word、WPS 复制来的'}），但不会成为列表：网站和印刷版上会连成一段`,
        fix: `列表的每一项单独一行，以英文减号加空格“- ”开头（要编号就写“1. ”“2. ”），列表上面空一行，这几行改为：\n    ${items.map(markdownItem).join('\n    ')}`,
      });
      continue;
    }
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

/** A pasted list item as Markdown writes it: numbered items keep their number (“1、第一项” → “1. 第一项”). */
function markdownItem(line: string): string {
  const number = /^\s*[（(]?(\d{1,2})/.exec(line)?.[1];
  return `${number ? `${number}.` : '-'} ${line.replace(LIST_MARK, '').trim()}`;
}
