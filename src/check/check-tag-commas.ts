import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/** Separators typed with a Chinese input method between tags: YAML splits a list only at the English comma. */
const CHINESE_SEPARATOR = /[，、；]/;

/**
 * `tags: [禁毒，宣传]` in news or a story: with the Chinese comma (or 、) YAML reads ONE tag “禁毒，宣传”, so the
 * item is listed under neither 禁毒 nor 宣传 and an edition filtering by either tag leaves the story out.
 */
export function checkTagCommas(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry): Problem[] => {
    if (entry.collection === 'pages') return [];
    const tags = (entry.frontmatter?.yaml.data as { tags?: unknown } | undefined)?.tags;
    if (!Array.isArray(tags) || !tags.some((tag) => typeof tag === 'string' && CHINESE_SEPARATOR.test(tag))) return [];
    const split = tags.flatMap((tag) => (typeof tag === 'string' ? tag.split(/\s*[，、；]\s*/).filter(Boolean) : [String(tag)]));
    const index = tags.findIndex((tag) => typeof tag === 'string' && CHINESE_SEPARATOR.test(tag));
    const separator = CHINESE_SEPARATOR.exec(tags[index] as string)![0];
    return [
      {
        file: entry.file,
        ...entry.where.value(['tags', index]),
        level: 'error',
        rule: 'tags',
        message: `“tags”（标签）里的“${tags[index]}”用中文“${separator}”隔开，会成为一个标签，而不是 ${split.length} 个：${consequence(entry.collection, split)}`,
        fix: `标签之间要用英文逗号加空格隔开（切换到英文输入法输入“,”），这一行改为：tags: [${split.join(', ')}]`,
      },
    ];
  });
}

function consequence(collection: string, split: string[]): string {
  const each = split.map((tag) => `“${tag}”`).join('');
  if (collection === 'stories') return `按标签${each}收录故事的读本版本都选不到这个故事`;
  return `网页上显示成一个长标签，“相关新闻”也不会按${each}找到这篇新闻`;
}
