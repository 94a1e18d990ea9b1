import { selectStories, type SelectableStory } from '../reader/resolve-edition.ts';
import type { Corpus, DataFile } from './corpus.ts';
import { didYouMean } from './edit-distance.ts';
import type { Problem } from './problem.ts';

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;

/**
 * An edition that chooses its stories by filter must choose at least one: the reader refuses an empty edition
 * at build time. The usual cause is a tag no story has — often two tags run together with a Chinese comma.
 */
export function checkEditionFilters(corpus: Corpus): Problem[] {
  const stories: SelectableStory[] = corpus.entries
    .filter((e) => e.collection === 'stories')
    .map((e) => {
      const data = (e.frontmatter?.yaml.data ?? {}) as Record<string, unknown>;
      return { id: e.id, data: { title: e.id, date: new Date(0), audiences: strings(data.audiences) ?? [], tags: strings(data.tags) ?? [] } };
    });
  return corpus.data.filter((d) => d.collection === 'editions').flatMap((edition) => emptyFilter(edition, stories));
}

function emptyFilter(edition: DataFile, stories: SelectableStory[]): Problem[] {
  const filter = (edition.yaml.data as { stories?: { filter?: { audiences?: unknown; tags?: unknown } } } | undefined)?.stories?.filter;
  if (!filter || typeof filter !== 'object') return [];
  const audiences = filter.audiences === undefined ? undefined : strings(filter.audiences);
  const tags = filter.tags === undefined ? undefined : strings(filter.tags);
  // A filter the schema refuses is reported there.
  if ((filter.audiences !== undefined && !audiences) || (filter.tags !== undefined && !tags)) return [];
  const chosen = selectStories({ filter: { audiences: audiences as never, tags }, order: 'date' }, stories).stories;
  if (chosen.length) return [];
  const known = [...new Set(stories.flatMap((s) => s.data.tags))];
  const unknownTag = tags?.find((tag) => !known.includes(tag));
  const path = unknownTag !== undefined ? ['stories', 'filter', 'tags', tags!.indexOf(unknownTag)] : ['stories', 'filter'];
  return [{
    file: edition.file,
    ...(unknownTag !== undefined ? edition.where.value(path) : edition.where.key(path)),
    level: 'error',
    rule: 'link',
    message: unknownTag !== undefined
      ? `“stories.filter.tags”（标签）里的“${unknownTag}”没有任何故事用过，这个版本一个故事也选不到，构建读本时会失败`
      : '“stories.filter”（筛选条件）一个故事也选不到：没有故事同时符合这里的读者对象和标签，构建读本时会失败',
    fix: unknownTag !== undefined ? tagFix(unknownTag, known) : '请放宽筛选条件（少写几个条件，或换成故事里用到的读者对象、标签），或改用 ids 逐个列出故事',
  }];
}

function tagFix(tag: string, known: string[]): string {
  const parts = tag.split(/[，、,；;]\s*/).filter(Boolean);
  if (parts.length > 1) return `这是几个标签写在了一起：请用英文逗号隔开，写成 tags: [${parts.join(', ')}]`;
  const guess = didYouMean(tag, known);
  return guess ? `是不是想写“${guess}”？` : `故事里用到的标签有：${known.slice(0, 12).join('、')}${known.length > 12 ? ' 等' : ''}`;
}
