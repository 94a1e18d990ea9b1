import type { EditionEntry } from './load-editions.ts';
import type { StoryEntry } from './load-stories.ts';
import { lineOf } from './yaml-source.ts';

type Selection = EditionEntry['edition']['stories'];
/** The little a selection needs of a story: the loaders' StoryEntry and Astro's collection entries both fit. */
export interface SelectableStory {
  id: string;
  data: { title: string; date: Date; audiences: readonly string[]; tags: readonly string[] };
}

const byDate = (a: SelectableStory, b: SelectableStory) =>
  a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id);
const byTitle = (a: SelectableStory, b: SelectableStory) =>
  a.data.title.localeCompare(b.data.title, 'zh-CN') || a.id.localeCompare(b.id);

/** Stories in the reader's default order (date, then id): previous/next on the web follow it. */
export function storiesByDate<S extends SelectableStory>(stories: S[]): S[] {
  return [...stories].sort(byDate);
}

/**
 * The stories a selection picks, in book order: the listed ids as written, or every story matching
 * the filter (any of the audiences, any of the tags) in the chosen order. Unknown ids are reported
 * by their index in the list.
 */
export function selectStories<S extends SelectableStory>(
  selection: Selection,
  stories: S[],
): { stories: S[]; unknown: Array<{ index: number; id: string }>; repeated: Array<{ index: number; id: string }> } {
  if ('ids' in selection) {
    const byId = new Map(stories.map((s) => [s.id, s]));
    const unknown: Array<{ index: number; id: string }> = [];
    const repeated: Array<{ index: number; id: string }> = [];
    const seen = new Set<string>();
    const chosen: S[] = [];
    selection.ids.forEach((id, index) => {
      const story = byId.get(id);
      if (!story) unknown.push({ index, id });
      else if (seen.has(id)) repeated.push({ index, id });
      else chosen.push(story);
      seen.add(id);
    });
    return { stories: chosen, unknown, repeated };
  }
  const { audiences, tags } = selection.filter;
  const chosen = stories.filter(
    (s) =>
      (!audiences || audiences.some((a) => s.data.audiences.includes(a))) &&
      (!tags || tags.some((t) => s.data.tags.includes(t))),
  );
  chosen.sort(selection.order === 'title' ? byTitle : byDate);
  if (selection.order === 'date-desc') chosen.reverse();
  return { stories: chosen, unknown: [], repeated: [] };
}

/** selectStories for an edition file, with every problem reported as file, line and field. */
export function resolveEdition(entry: EditionEntry, stories: StoryEntry[]): StoryEntry[] {
  const where = (p: PropertyKey[]) => `${entry.file} 第 ${lineOf(entry.yaml, p)} 行`;
  const { stories: chosen, unknown, repeated } = selectStories(entry.edition.stories, stories);
  if (unknown.length > 0) {
    const { index, id } = unknown[0];
    throw new Error(
      `${where(['stories', 'ids', index])}，字段 stories.ids：找不到故事“${id}”。` +
        `请检查拼写，故事编号是 content/stories/ 下的文件名（不含 .mdx），例如 ${stories[0]?.id ?? 'huijia-de-lu'}。`,
    );
  }
  if (repeated.length > 0) {
    const { index, id } = repeated[0];
    throw new Error(`${where(['stories', 'ids', index])}，字段 stories.ids：故事“${id}”重复列出，请删去一处。`);
  }
  if (chosen.length === 0) {
    throw new Error(`${where(['stories'])}，字段 stories：这个版本没有选中任何故事，请检查筛选条件（audiences、tags）。`);
  }
  return chosen;
}
