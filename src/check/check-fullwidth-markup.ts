import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/** Two stars, at least one of them the full-width ＊ a Chinese input method types for *. */
const FULLWIDTH_STARS = /[＊*]{2}(?<=＊.|.＊)/g;

/**
 * Markdown marks typed with a Chinese input method: `＊＊粗体＊＊` is not bold and `＃＃ 小标题` is not a heading;
 * the website and the print show the full-width signs as typed.
 */
export function checkFullwidthMarkup(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: Problem[] = [];
    visit(entry.tree, 'text', (node: Text, _index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const raw = entry.source.slice(start, end);
      const stars = FULLWIDTH_STARS.exec(raw);
      FULLWIDTH_STARS.lastIndex = 0;
      if (stars) {
        const closing = /[＊*]{2}/.exec(raw.slice(stars.index + 2));
        const written = closing ? raw.slice(stars.index, stars.index + 2 + closing.index + 2) : stars[0];
        problems.push({
          file: entry.file,
          ...entry.lines.locate(start + stars.index),
          level: 'error',
          rule: 'markdown',
          message: `“${stars[0]}”里有中文输入法打出的全角星号“＊”，不会加粗：网站和印刷版上会原样显示星号`,
          fix: `加粗用两个英文星号“**”（切换到英文输入法输入），把 ${written} 改为 ${written.replace(/＊/g, '*')}`,
        });
      }
      const heading = /^＃+[ 　]*/.exec(raw);
      // `＃话题＃` is a topic tag, as on Weibo.
      if (heading && !/^＃[^＃\s]+＃/.test(raw) && parent?.type === 'paragraph' && parent.children[0] === node && start === parent.position?.start.offset) {
        const level = heading[0].trim().length;
        const title = raw.slice(heading[0].length).split('\n')[0];
        problems.push({
          file: entry.file,
          ...entry.lines.locate(start),
          level: 'error',
          rule: 'markdown',
          message: `“${heading[0].trim()}”是中文输入法打出的全角井号“＃”，这一行不会成为小标题：网站和印刷版上会原样显示“＃”`,
          fix: `小标题用英文井号“#”加一个英文空格（切换到英文输入法输入），这一行改为：${'#'.repeat(Math.max(level, 2))} ${title}`,
        });
      }
    });
    return problems;
  });
}
