import { existsSync, globSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from './corpus.ts';

/**
 * Where content appears on the site. Kept in one place so that when a route changes in src/pages,
 * only this table changes. Pages live under their section (/about/…, /work/…).
 */
export function contentUrls(corpus: Corpus): Map<string, string> {
  const urls = new Map<string, string>();
  const editions = corpus.data.filter((d) => d.collection === 'editions');
  for (const entry of corpus.entries) {
    if (entry.collection === 'news') urls.set(`/news/${entry.id}/`, entry.file);
    if (entry.collection === 'pages') {
      const section = (entry.frontmatter?.yaml.data as { section?: unknown } | undefined)?.section;
      if (typeof section === 'string') urls.set(`/${section}/${entry.id}/`, entry.file);
    }
    if (entry.collection === 'stories') {
      urls.set(`/reader/stories/${entry.id}/`, entry.file);
      for (const edition of editions) urls.set(`/reader/${edition.id}/${entry.id}/`, entry.file);
    }
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
