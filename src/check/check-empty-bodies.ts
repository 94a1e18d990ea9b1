import { isComment } from './comment-nodes.ts';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

const WHAT: Record<string, string> = { news: '这条新闻', pages: '这个页面', stories: '这个故事' };

/**
 * Fields and nothing under them (or only comments): the news item, page or story is published as a title over an
 * empty page, and a story prints as a title with no text. News still marked `draft: true` is not published.
 */
export function checkEmptyBodies(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry): Problem[] => {
    if (!entry.tree || !entry.frontmatter) return [];
    if ((entry.frontmatter.yaml.data as { draft?: unknown } | undefined)?.draft === true) return [];
    const body = entry.tree.children.filter((node) => node.type !== 'yaml');
    if (body.some((node) => !isComment(node))) return [];
    const fence = entry.tree.children.find((node) => node.type === 'yaml');
    const line = (fence?.position?.end.line ?? 1);
    const what = WHAT[entry.collection];
    return [
      {
        file: entry.file,
        line,
        column: 1,
        level: 'error',
        rule: 'empty-body',
        message: `${what}没有正文：字段区结束的 --- 下面${body.length ? '只有注释' : '什么也没有写'}，${entry.collection === 'stories' ? '网页和印刷版上' : '网站上'}只有一个标题和一页空白`,
        fix: `请在第 ${line} 行的 --- 下面空一行，写上正文${entry.collection === 'news' ? '；还没写好、暂不发布时，把字段 draft 改为 true' : ''}`,
      },
    ];
  });
}
