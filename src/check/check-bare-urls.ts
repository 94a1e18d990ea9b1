import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * A web address written straight into the text becomes a link by itself, up to the next space: when Chinese
 * text follows with no space (`详见https://www.example.gov.cn网站。`), the words and the full stop become part of
 * the address, and the link opens a page that does not exist (on the website and in the printed PDF).
 */
export function checkBareUrls(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    if (!entry.tree) return [];
    const problems: Problem[] = [];
    visit(entry.tree, 'link', (node: Link) => {
      const start = node.position?.start.offset;
      if (start === undefined || entry.source[start] === '[' || entry.source[start] === '<') return;
      const tail = /[^\x00-\x7f].*$/u.exec(node.url);
      if (!tail) return;
      const address = node.url.slice(0, tail.index);
      problems.push({
        file: entry.file,
        ...entry.lines.locate(start),
        level: 'error',
        rule: 'link',
        message: `网址“${address}”后面紧挨着“${tail[0].slice(0, 10)}”，这些字也被当成了网址的一部分：点开链接会打不开`,
        fix: `在网址前后各加一个英文空格（${address} ），或者写成链接：[网站名称](${address})`,
      });
    });
    return problems;
  });
}
