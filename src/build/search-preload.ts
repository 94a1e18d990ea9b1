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
import { readFileSync } from 'node:fs';
import path from 'node:path';

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

/**
 * The search page with preload links put first in its head, right after the charset and the
 * Content-Security-Policy, for the bundle's files and the page's module scripts: Chromium starts them as
 * soon as the first bytes of the page arrive. `bundleUrl` is the bundle's
 * address on the site, e.g. "/pagefind/" or "/jdxh/pagefind/".
 */
export function withSearchPreloads(html: string, bundleUrl: string, preloads: readonly SearchPreload[]): string {
  // After the Content-Security-Policy when the page has one: the policy must come before anything it governs.
  const anchor = /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(html) ?? /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!anchor) throw new Error(`搜索索引失败：${SEARCH_PAGE} 的 <head> 里找不到 <meta charset="utf-8">，无法加入预加载链接`);
  // The page's own module scripts too (the search page's script among them): in the body, after a
  // parser-blocking script, Chromium otherwise asks for them only once that script has arrived.
  const pageModules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => `<link rel="modulepreload" href="${m[1]}">`);
  const bundleFiles = preloads.map(({ href, rel }) =>
    rel === 'modulepreload'
      ? `<link rel="modulepreload" href="${escapeAttribute(bundleUrl + href)}">`
      : `<link rel="preload" href="${escapeAttribute(bundleUrl + href)}" as="fetch" crossorigin>`,
  );
  const links = [...pageModules, ...bundleFiles].join('');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + links + html.slice(at);
}

/** The Pagefind bundle's address as the search page knows it (its data-base attribute + "pagefind/"). */
export function bundleUrlOf(html: string): string {
  const base = /<div class="search-app" data-base="([^"]*)"/.exec(html)?.[1];
  if (base === undefined) throw new Error(`搜索索引失败：${SEARCH_PAGE} 里找不到搜索界面（class="search-app" data-base=…）`);
  return `${base}pagefind/`;
}
