import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isComment } from './comment-nodes.ts';
import type { ContentEntry, Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * The title (the `title` field) is the one main heading of a page and of a story in print. In the body:
 * - a level-1 heading (`# 活动经过`) is a second main heading, as large as the title, on the website and in print,
 *   and the page's outline for screen readers gets two tops. Editors mean a sub-heading: it is an error with the
 *   `##` line to write instead (no silent demotion: the site and the print would each have to guess alike);
 * - the title again as the body's first heading or paragraph (pasted with the text) shows it twice (a heading is
 *   an error as above, a paragraph a warning: the page is still right, just repeats itself).
 */
export function checkSecondTitle(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => {
    const title = (entry.frontmatter?.yaml.data as { title?: unknown } | undefined)?.title;
    const blocks = (entry.tree?.children ?? []).filter((node) => node.type !== 'yaml' && !isComment(node));
    const problems: Problem[] = [];
    blocks.forEach((node, i) => {
      const repeatsTitle = i === 0 && typeof title === 'string' && sameText(toString(node), title);
      // Underlined with === (a setext heading): check-setext-headings.ts reports it.
      const setext = node.type === 'heading' && !entry.source.slice(node.position?.start.offset ?? 0).trimStart().startsWith('#');
      if (node.type === 'heading' && node.depth === 1 && !setext) problems.push(levelOneHeading(entry, node, repeatsTitle));
      else if (node.type === 'paragraph' && repeatsTitle) problems.push(titleRepeated(entry, node));
    });
    return problems;
  });
}

function levelOneHeading(entry: ContentEntry, node: Heading, repeatsTitle: boolean): Problem {
  const text = toString(node);
  const at = { file: entry.file, ...entry.lines.locate(node.position?.start.offset ?? 0), level: 'error' as const, rule: 'heading' };
  const inPrint = entry.collection === 'stories' ? '，印刷版上也是一个居中的大标题' : '';
  if (repeatsTitle) {
    return {
      ...at,
      message: `正文第一行“${text}”重复了标题：标题（title）会自动显示在正文上面，网页上会出现两个一样的大标题${inPrint}`,
      fix: '请删除正文里的这一行',
    };
  }
  return {
    ...at,
    message: `正文里的“${text}”是一级标题（一个 #）：一级标题只能是文章的标题（title），网页上这里会出现第二个和标题一样大的标题${inPrint}`,
    fix: `正文里的小标题用两个 #，这一行改为：## ${text}（更小一级用 ###）`,
  };
}

function titleRepeated(entry: ContentEntry, node: Paragraph): Problem {
  return {
    file: entry.file,
    ...entry.lines.locate(node.position?.start.offset ?? 0),
    level: 'warning',
    rule: 'heading',
    message: `正文第一段“${toString(node)}”和标题一样：标题（title）会自动显示在正文上面，${entry.collection === 'stories' ? '网页和印刷版' : '网页'}上标题会出现两次`,
    fix: '请删除正文里的这一行',
  };
}

/** Equal once spaces, quotes and end punctuation (a full stop after a pasted title) are set aside. */
function sameText(a: string, b: string): boolean {
  const plain = (s: string) => s.normalize('NFKC').replace(/[\s。．.！!？?：:“”"《》]/g, '');
  return plain(a) === plain(b) && plain(a) !== '';
}
