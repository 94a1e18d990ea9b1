import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentEntry, Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * Markdown markers the parser left as plain text, so they would be printed as typed:
 * - `**“三个到位”**要落实`: by the CommonMark rules (which the site and the PDF engine follow), a closing `**`
 *   after a quotation mark or bracket must be followed by a space or punctuation, never a Chinese character;
 * - `#小标题` without a space after the `#` at the start of a line is a paragraph, not a heading (a warning:
 *   the text is all there).
 */
export function checkLiteralMarkers(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => (entry.tree ? markersIn(entry) : []));
}

function markersIn(entry: ContentEntry): Problem[] {
  const problems: Problem[] = [];
  visit(entry.tree!, 'text', (node: Text, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const raw = entry.source.slice(start, end);
    const stars = raw.indexOf('**');
    if (stars !== -1) {
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start + stars),
        level: 'error',
        rule: 'markdown',
        message: '“**”没有起到加粗作用，网站和印刷版上会原样显示星号：加粗的文字以引号、括号等标点开头或结尾、外面又紧挨着汉字时，星号不起作用',
        fix: '把引号、书名号、括号移到星号外面，例如把 **“三个到位”**要落实 改为 “**三个到位**”要落实',
      });
    }
    // `#话题#` at the start of a paragraph is a topic tag, as on Weibo, not a heading gone wrong.
    const heading = /^#{1,6}(?=[^\s#])/.exec(raw);
    if (heading && !/^#[^#\s]+#/.test(raw) && parent?.type === 'paragraph' && parent.children[0] === node && start === parent.position?.start.offset) {
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start),
        level: 'warning',
        rule: 'markdown',
        message: `“${heading[0]}”后面缺少空格，这一行不会成为小标题，“${heading[0]}”会原样显示`,
        fix: `在“${heading[0]}”后面加一个英文空格，例如 ${heading[0]} 小标题`,
      });
    }
  });
  return problems;
}
