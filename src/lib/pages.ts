import { getCollection, type CollectionEntry } from 'astro:content';

export type PageEntry = CollectionEntry<'pages'>;
export type PageSection = PageEntry['data']['section'];

/** Pages of one section in their menu order. */
export async function pagesOf(section: PageSection): Promise<PageEntry[]> {
  const all = await getCollection('pages', (p) => p.data.section === section);
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export function pagePathOf(entry: PageEntry): string {
  return `/${entry.data.section}/${entry.id}/`;
}
