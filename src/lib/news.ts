import { getCollection, type CollectionEntry } from 'astro:content';
import { relatedTo } from './related.ts';

export type NewsEntry = CollectionEntry<'news'>;

let cached: Promise<NewsEntry[]> | undefined;

/** Published news, newest first (ties broken by id so every build orders them the same way). */
export function publishedNews(): Promise<NewsEntry[]> {
  cached ??= getCollection('news', (e) => !e.data.draft).then((all) =>
    all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
  );
  return cached;
}

export function newsPath(entry: NewsEntry): string {
  return `/news/${entry.id}/`;
}

export interface Neighbours {
  newer?: NewsEntry;
  older?: NewsEntry;
  related: NewsEntry[];
}

type Flat = { id: string; date: Date; category: string; tags: string[]; entry: NewsEntry };
/** The list in the shape relatedTo() reads, built once per list rather than once per article page. */
const flattened = new WeakMap<NewsEntry[], { flat: Flat[]; index: Map<string, number> }>();

export function neighboursOf(entry: NewsEntry, all: NewsEntry[]): Neighbours {
  let cachedList = flattened.get(all);
  if (!cachedList) {
    const flat = all.map((e) => ({ id: e.id, date: e.data.date, category: e.data.category, tags: e.data.tags, entry: e }));
    cachedList = { flat, index: new Map(flat.map((f, i) => [f.id, i])) };
    flattened.set(all, cachedList);
  }
  const { flat, index } = cachedList;
  const i = index.get(entry.id)!;
  const me = flat[i];
  return {
    newer: i > 0 ? all[i - 1] : undefined,
    older: i < all.length - 1 ? all[i + 1] : undefined,
    related: relatedTo(me, flat).map((x) => x.entry),
  };
}
