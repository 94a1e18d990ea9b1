import type { ContentEntry, Corpus, EntryCollection } from './corpus.ts';
import type { Problem } from './problem.ts';

/** Where a reader meets the titles side by side, per kind of file: said in the message. */
const SHOWN_TOGETHER: Record<EntryCollection, string> = {
  news: '新闻列表和搜索结果里会出现两条一样的标题，读者分不清是哪一篇',
  stories: '搜索结果里，以及收录了这两个故事的读本的目录（网页版和印刷版）里，会出现两个一样的标题，读者分不清是哪一个故事',
  pages: '网站的栏目页和搜索结果里会出现两个一样的标题，读者分不清是哪一页',
};

/**
 * Two published news items (or stories, or pages) with the same title: both are made, but lists, search results
 * and the printed contents show two lines alike. Often the same article added twice. A warning on each file, naming
 * the other: the site is made, and two different articles may share a title on purpose.
 * Files with the same address are left to the duplicate-address error (only one of them is published).
 */
export function checkDuplicateTitles(corpus: Corpus): Problem[] {
  const byTitle = new Map<string, ContentEntry[]>();
  for (const entry of corpus.entries) {
    const data = entry.frontmatter?.yaml.data as { title?: unknown; draft?: unknown } | undefined;
    if (typeof data?.title !== 'string' || data.draft === true) continue;
    const key = `${entry.collection}\n${data.title.trim().replace(/\s+/gu, ' ')}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), entry]);
  }
  return [...byTitle.values()].flatMap((entries) => {
    if (new Set(entries.map((e) => e.id)).size < 2) return [];
    return entries.map((entry): Problem => {
      const others = entries.filter((e) => e.id !== entry.id).map((e) => e.file);
      const title = (entry.frontmatter!.yaml.data as { title: string }).title;
      return {
        file: entry.file,
        ...entry.where.value(['title']),
        level: 'warning',
        rule: 'duplicate-title',
        message: `标题“${title}”和 ${others.join('、')} 的标题一样：${SHOWN_TOGETHER[entry.collection]}`,
        fix: '同一篇写了两次的，请删除其中一个文件；是不同的两篇，请改一个标题以示区别（例如写明地点、对象或日期）',
      };
    });
  });
}
