import type { EditionEntry } from './load-editions.ts';
import type { StoryEntry } from './load-stories.ts';
import { lineOf } from './yaml-source.ts';

const byDate = (a: StoryEntry, b: StoryEntry) =>
  a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id);
const byTitle = (a: StoryEntry, b: StoryEntry) =>
  a.data.title.localeCompare(b.data.title, 'zh-CN') || a.id.localeCompare(b.id);

/**
 * The stories of an edition, in book order: the listed ids as written, or every story matching the
 * filter (any of the audiences, any of the tags) in the chosen order.
 */
export function resolveEdition(entry: EditionEntry, stories: StoryEntry[]): StoryEntry[] {
  const { stories: selection } = entry.edition;
  const where = (p: PropertyKey[]) => `${entry.file} 第 ${lineOf(entry.yaml, p)} 行`;
  let chosen: StoryEntry[];
  if ('ids' in selection) {
    const byId = new Map(stories.map((s) => [s.id, s]));
    const seen = new Set<string>();
    chosen = selection.ids.map((id, i) => {
      const story = byId.get(id);
      if (!story) {
        throw new Error(
          `${where(['stories', 'ids', i])}，字段 stories.ids：找不到故事“${id}”。` +
            `请检查拼写，故事编号是 content/stories/ 下的文件名（不含 .mdx），例如 ${stories[0]?.id ?? 'huijia-de-lu'}。`,
        );
      }
      if (seen.has(id)) throw new Error(`${where(['stories', 'ids', i])}，字段 stories.ids：故事“${id}”重复列出，请删去一处。`);
      seen.add(id);
      return story;
    });
  } else {
    const { audiences, tags } = selection.filter;
    chosen = stories.filter(
      (s) =>
        (!audiences || audiences.some((a) => s.data.audiences.includes(a))) &&
        (!tags || tags.some((t) => s.data.tags.includes(t))),
    );
    const order = selection.order;
    chosen.sort(order === 'title' ? byTitle : byDate);
    if (order === 'date-desc') chosen.reverse();
  }
  if (chosen.length === 0) {
    throw new Error(`${where(['stories'])}，字段 stories：这个版本没有选中任何故事，请检查筛选条件（audiences、tags）。`);
  }
  return chosen;
}
