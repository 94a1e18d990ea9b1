import { existsSync, globSync } from 'node:fs';
import path from 'node:path';
import type { ContentEntry, Corpus } from './corpus.ts';

/**
 * The address an entry is read at: /news/…/, a page under its section (/about/…/, /work/…/), a story's own
 * page /reader/stories/…/. Undefined for a page whose section is not set (its own error says so).
 */
export function entryUrl(entry: ContentEntry): string | undefined {
  if (entry.collection === 'news') return `/news/${entry.id}/`;
  if (entry.collection === 'stories') return `/reader/stories/${entry.id}/`;
  const section = (entry.frontmatter?.yaml.data as { section?: unknown } | undefined)?.section;
  return typeof section === 'string' ? `/${section}/${entry.id}/` : undefined;
}

/**
 * Where content appears on the site. Kept in one place so that when a route changes in src/pages,
 * only this table changes. Pages live under their section (/about/…, /work/…).
 */
export function contentUrls(corpus: Corpus): Map<string, string> {
  const urls = new Map<string, string>();
  const editions = corpus.data.filter((d) => d.collection === 'editions');
  for (const entry of corpus.entries) {
    const own = entryUrl(entry);
    if (own) urls.set(own, entry.file);
    if (entry.collection === 'stories') for (const edition of editions) urls.set(`/reader/${edition.id}/${entry.id}/`, entry.file);
  }
  if (editions.length) urls.set('/reader/', editions[0].file);
  for (const edition of editions) {
    urls.set(`/reader/${edition.id}/`, edition.file);
    urls.set(`/downloads/${edition.id}.pdf`, edition.file);
    urls.set(`/downloads/${edition.id}-booklet.pdf`, edition.file);
    urls.set(`/downloads/${edition.id}-print.pdf`, edition.file);
  }
  return urls;
}

/** URL prefixes whose pages come from content: a link under them must match an entry, not just a route. */
const CONTENT_PREFIXES = ['/news/', '/about/', '/work/', '/reader/', '/reader/stories/', '/downloads/'];

/**
 * Routes that src/pages defines without content: static pages (/, /news/, /branches/) and the
 * folders of generated lists (/news/page/…, /news/category/…), plus files in public/.
 */
export function siteRoutes(projectRoot: string): { exact: Set<string>; prefixes: string[] } {
  const pagesDir = path.join(projectRoot, 'src', 'pages');
  const exact = new Set<string>(['/']);
  const prefixes: string[] = [];
  if (!existsSync(pagesDir)) return { exact, prefixes };
  for (const rel of globSync('**/*.{astro,md,mdx,ts,js}', { cwd: pagesDir })) {
    const route = '/' + rel.split(path.sep).join('/').replace(/\.(astro|md|mdx|ts|js)$/, '');
    const dynamicAt = route.indexOf('[');
    if (dynamicAt === -1) {
      const clean = route.replace(/\/index$/, '/').replace(/\/$/, '');
      // Endpoints keep their extension (rss.xml.ts → /rss.xml); pages get a trailing slash.
      exact.add(/\.[a-z]+$/.test(clean) ? clean : `${clean}/`.replace(/^\/\/$/, '/'));
    } else {
      const prefix = route.slice(0, dynamicAt);
      if (!CONTENT_PREFIXES.includes(prefix)) prefixes.push(prefix);
    }
  }
  return { exact, prefixes };
}
