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

export function neighboursOf(entry: NewsEntry, all: NewsEntry[]): Neighbours {
  const i = all.findIndex((e) => e.id === entry.id);
  const flat = all.map((e) => ({ id: e.id, date: e.data.date, category: e.data.category, tags: e.data.tags, entry: e }));
  const me = flat[i];
  return {
    newer: i > 0 ? all[i - 1] : undefined,
    older: i < all.length - 1 ? all[i + 1] : undefined,
    related: relatedTo(me, flat).map((x) => x.entry),
  };
}
