/**
 * Pagefind's own pagefind.js, run in Node against an index on disk (see /work/shared/SEARCH.md):
 * fetch is pointed at the files, so the tests exercise exactly the code the browser runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/client.ts';

const roots = new Map<string, string>();
let originalFetch: typeof fetch | undefined;
let counter = 0;
const loaded = new Map<string, PagefindApi>();

function installFetch(): void {
  if (originalFetch) return;
  originalFetch = globalThis.fetch;
  (globalThis as unknown as { window: unknown }).window = globalThis;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const pathname = new URL(href, 'http://local/').pathname;
    for (const [prefix, dir] of roots) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.join(dir, decodeURIComponent(pathname.slice(prefix.length)));
      try {
        const body = await readFile(file);
        const type = file.endsWith('.pagefind') && file.includes('wasm.') ? 'application/wasm' : 'application/octet-stream';
        return new Response(body, { headers: { 'content-type': type } });
      } catch {
        return new Response('not found', { status: 404 });
      }
    }
    return originalFetch!(input);
  }) as typeof fetch;
}

/** Pagefind's pagefind.js reading `<distDir>/pagefind/` (one instance per index folder). */
export async function loadPagefind(distDir: string): Promise<PagefindApi> {
  const bundle = path.resolve(distDir, 'pagefind');
  const known = loaded.get(bundle);
  if (known) return known;
  installFetch();
  const prefix = `/pagefind-node-${++counter}/pagefind/`;
  roots.set(prefix, bundle);
  const api = (await import(/* @vite-ignore */ pathToFileURL(path.join(bundle, 'pagefind.js')).href)) as PagefindApi;
  await api.options({ basePath: prefix, baseUrl: '/' });
  await api.init();
  loaded.set(bundle, api);
  return api;
}
