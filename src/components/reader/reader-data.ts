import { getCollection, type CollectionEntry } from 'astro:content';
import { readDownloadsManifest, type EditionDownloads } from '../../reader/downloads-manifest.ts';
import { selectStories, storiesByDate } from '../../reader/resolve-edition.ts';

export type StoryItem = CollectionEntry<'stories'>;
export type EditionItem = CollectionEntry<'editions'>;

export interface ReaderEdition {
  entry: EditionItem;
  stories: StoryItem[];
  /** Sizes and page counts of the produced PDFs; undefined when they were not built (astro dev). */
  downloads?: EditionDownloads;
}

/** Editions in a stable order, each with its stories in book order and its PDF facts. */
export async function readerEditions(): Promise<ReaderEdition[]> {
  const stories = await getCollection('stories');
  const editions = (await getCollection('editions')).sort((a, b) => a.id.localeCompare(b.id));
  const manifest = readDownloadsManifest();
  return editions.map((entry) => {
    const { stories: chosen, unknown } = selectStories(entry.data.stories, stories);
    if (unknown.length > 0) throw new Error(`content/editions/${entry.id}.yaml：找不到故事“${unknown[0].id}”。`);
    const downloads = manifest?.editions[entry.id];
    if (manifest && !downloads) throw new Error(`读本 PDF 清单里没有版本 ${entry.id}。`);
    return { entry, stories: chosen, downloads };
  });
}

/** All stories in the web reader's order (by date): previous/next follow it. */
export async function readerStories(): Promise<StoryItem[]> {
  return storiesByDate(await getCollection('stories'));
}

export function storyHref(id: string): string {
  return `/reader/stories/${id}/`;
}

export function editionHref(id: string): string {
  return `/reader/${id}/`;
}
