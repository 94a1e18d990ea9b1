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

/** A fresh pagefind.js instance reading `<distDir>/pagefind/`. */
export async function loadPagefind(distDir: string): Promise<PagefindApi> {
  installFetch();
  const prefix = `/pagefind-node-${++counter}/pagefind/`;
  const bundle = path.join(distDir, 'pagefind');
  roots.set(prefix, bundle);
  const moduleUrl = `${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?instance=${counter}`;
  const api = (await import(moduleUrl)) as PagefindApi;
  await api.options({ basePath: prefix, baseUrl: '/' });
  await api.init();
  return api;
}
