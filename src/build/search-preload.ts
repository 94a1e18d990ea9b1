/**
 * Preload links for the search page, so that on a slow link the files every search needs download side
 * by side with the page's own script instead of one after another (pagefind.js → entry → metadata and
 * WebAssembly). Their names hold hashes known only once the index is written, so this stage writes the
 * links into the built search page.
 *
 * The search page runs Pagefind on the main thread (its `noWorker` option): files fetched inside a web
 * worker cannot use the page's preloads. It also passes Pagefind the index's hash as `metaCacheTag`, so
 * that the entry file's address (pagefind-entry.json?ts=…) is fixed and can be preloaded too; the hash
 * changes whenever the index does, so a browser never keeps a stale entry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_WARM_FILE } from '../lib/search/warm-list.ts';

/** Where the search page is built, relative to the site folder. */
export const SEARCH_PAGE = 'search/index.html';

export interface SearchPreload {
  /** Relative to the Pagefind bundle folder, e.g. "wasm.unknown.pagefind". */
  file: string;
  /** The address the page asks for, relative to the bundle folder (the entry carries its ?ts= tag). */
  href: string;
  rel: 'modulepreload' | 'preload';
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The files every search on this index needs, in the order Pagefind asks for them. */
export function searchPreloads(bundleDir: string, language: string): SearchPreload[] {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const index = entry.languages[language];
  if (!index) throw new Error(`搜索索引失败：pagefind-entry.json 里没有 ${language} 的索引`);
  return [
    { file: 'pagefind.js', href: 'pagefind.js', rel: 'modulepreload' },
    { file: 'pagefind-entry.json', href: `pagefind-entry.json?ts=${index.hash}`, rel: 'preload' },
    { file: `pagefind.${index.hash}.pf_meta`, href: `pagefind.${index.hash}.pf_meta`, rel: 'preload' },
    { file: `wasm.${index.wasm ?? 'unknown'}.pagefind`, href: `wasm.${index.wasm ?? 'unknown'}.pagefind`, rel: 'preload' },
  ];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** One file the search page asks for from its first bytes: a full address on the site and how it is fetched. */
export interface SearchPageLink {
  href: string;
  rel: 'modulepreload' | 'preload';
}

/**
 * What the built search page preloads: the page's own module scripts (the search page's script among them:
 * in the body, after a parser-blocking script, Chromium otherwise asks for them only once that script has
 * arrived), then the bundle's files. `bundleUrl` is the bundle's address on the site, e.g. "/pagefind/" or
 * "/jdxh/pagefind/".
 */
export function searchPageLinks(html: string, bundleUrl: string, preloads: readonly SearchPreload[]): SearchPageLink[] {
  const pageModules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => ({
    href: m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    rel: 'modulepreload' as const,
  }));
  return [...pageModules, ...preloads.map(({ href, rel }) => ({ href: bundleUrl + href, rel }))];
}

/**
 * The search page with its preload links (searchPageLinks) put first in its head, right after the charset
 * and the Content-Security-Policy: Chromium starts them as soon as the first bytes of the page arrive.
 */
export function withSearchPreloads(html: string, links: readonly SearchPageLink[]): string {
  // After the Content-Security-Policy when the page has one: the policy must come before anything it governs.
  const anchor = /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(html) ?? /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!anchor) throw new Error(`搜索索引失败：${SEARCH_PAGE} 的 <head> 里找不到 <meta charset="utf-8">，无法加入预加载链接`);
  const tags = links.map(({ href, rel }) =>
    rel === 'modulepreload'
      ? `<link rel="modulepreload" href="${escapeAttribute(href)}">`
      : `<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin>`,
  );
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + tags.join('') + html.slice(at);
}

/**
 * The script the header's search box loads on its first focus (src/scripts/elder-mode.js): it prefetches
 * the search page's links, at the same addresses and in the same mode (CORS, same-origin credentials), so
 * that the search page opened from the box finds them in the HTTP cache (or, for the files the server
 * wants revalidated, confirmed unchanged without a body) instead of downloading them after the submit.
 * The addresses are written into the script itself: one round trip on first focus, nothing before it.
 */
export function searchWarmScript(links: readonly SearchPageLink[]): string {
  const hrefs = JSON.stringify(links.map(({ href }) => href));
  return `// Written by the build (src/build/search-preload.ts).
for (const href of ${hrefs}) {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}
`;
}

export function writeSearchWarmScript(bundleDir: string, links: readonly SearchPageLink[]): void {
  writeFileSync(path.join(bundleDir, SEARCH_WARM_FILE), searchWarmScript(links));
}

/** The Pagefind bundle's address as the search page knows it (its data-base attribute + "pagefind/"). */
export function bundleUrlOf(html: string): string {
  const base = /<div class="search-app" data-base="([^"]*)"/.exec(html)?.[1];
  if (base === undefined) throw new Error(`搜索索引失败：${SEARCH_PAGE} 里找不到搜索界面（class="search-app" data-base=…）`);
  return `${base}pagefind/`;
}
