import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with "/" separators. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export async function htmlPages(dist: string): Promise<string[]> {
  return (await listFiles(dist)).filter((f) => f.endsWith('.html'));
}

export const readPage = (dist: string, page: string) => readFile(path.join(dist, page), 'utf8');

/** Values of `attr` on every `<tag …>` in the HTML (our build writes attributes in double quotes). */
export function attributeValues(html: string, tag: string, attr: string): string[] {
  const values: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    const v = new RegExp(`\\s${attr}="([^"]*)"`).exec(m[0]);
    if (v) values.push(decodeEntities(v[1]));
  }
  return values;
}

export function tags(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

export function attribute(tagHtml: string, attr: string): string | undefined {
  const v = new RegExp(`\\s${attr}(?:="([^"]*)")?(?=[\\s>/])`).exec(tagHtml);
  return v ? decodeEntities(v[1] ?? '') : undefined;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every URL a page refers to: links, images (src and srcset), scripts, stylesheets, form actions. */
export function referencedUrls(html: string): string[] {
  const urls = [
    ...attributeValues(html, 'a', 'href'),
    ...attributeValues(html, 'link', 'href'),
    ...attributeValues(html, 'img', 'src'),
    ...attributeValues(html, 'script', 'src'),
    ...attributeValues(html, 'form', 'action'),
  ];
  for (const srcset of [...attributeValues(html, 'img', 'srcset'), ...attributeValues(html, 'source', 'srcset')]) {
    urls.push(...srcset.split(',').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean));
  }
  return urls;
}

/** The file a site-internal URL (path from the domain root, under `base`) maps to, or undefined. */
export function fileForUrl(dist: string, url: string, base = '/'): string | undefined {
  const pathname = decodeURI(url.split('#')[0].split('?')[0]);
  if (!pathname.startsWith(base)) return undefined;
  const inside = path.join(dist, pathname.slice(base.length));
  if (existsSync(inside) && statSync(inside).isDirectory()) {
    const index = path.join(inside, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(inside) ? inside : undefined;
}

/** True for links that leave the site or are not navigations (mailto:, tel:, #…). */
export function isOffSite(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#');
}

/** Text content, tags removed and whitespace collapsed. */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The search page belongs to the search area (issue 3). Until it is part of the build, links to it are
 * the only ones allowed not to resolve; once it exists they are checked like every other link.
 */
export function searchPagePending(dist: string, base = '/'): (url: string) => boolean {
  const built = existsSync(path.join(dist, 'search/index.html'));
  return (url) => !built && url === `${base}search/`;
}
