// The built search page asks for the files every search needs from its first bytes on (see
// src/build/search-preload.ts): checked on the built sample site.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { withSearchPreloads } from '../../src/build/search-preload.ts';

const dist = inject('sampleDist');
const html = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
const head = html.slice(0, html.indexOf('</head>'));
const links = [...head.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"([^>]*)>/g)].map((m) => ({
  rel: m[1],
  href: m[2],
  attributes: m[3],
}));
const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
const index = entry.languages['zh-cn'];

describe('preload links of the built search page', () => {
  it('preload Pagefind, its entry under the index hash, the metadata and the WebAssembly, each a file that exists', () => {
    const hrefs = links.map((l) => l.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/pagefind/pagefind.js',
        `/pagefind/pagefind-entry.json?ts=${index.hash}`,
        `/pagefind/pagefind.${index.hash}.pf_meta`,
        `/pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
      ]),
    );
    for (const { href } of links) {
      const file = path.join(dist, new URL(href, 'http://x').pathname);
      expect(existsSync(file), `${href} → ${file}`).toBe(true);
    }
  });

  it('fetch the data files the way Pagefind fetches them (as="fetch" crossorigin), and the scripts as modules', () => {
    for (const link of links) {
      if (link.href.endsWith('.js')) expect(link.rel, link.href).toBe('modulepreload');
      else expect(link.attributes.trim(), link.href).toBe('as="fetch" crossorigin');
    }
  });

  it('preload the search page’s own module script', () => {
    const script = /<script type="module" src="([^"]+)"/.exec(html)![1];
    expect(links.some((l) => l.rel === 'modulepreload' && l.href === script)).toBe(true);
  });

  it('come right after the Content-Security-Policy, before every stylesheet, so they start with the first bytes', () => {
    const lastLink = head.lastIndexOf('<link rel="preload"');
    expect(head.indexOf('<link')).toBe(head.indexOf('>', head.indexOf('http-equiv="Content-Security-Policy"')) + 1);
    expect(lastLink).toBeLessThan(head.indexOf('rel="stylesheet"'));
  });

  it('appear only on the search page', () => {
    const news = readFileSync(path.join(dist, 'news/index.html'), 'utf8');
    expect(news).not.toContain('pagefind-entry.json');
  });

  it('explain in Chinese when the page has no charset to put them after', () => {
    expect(() => withSearchPreloads('<html><head><title>x</title></head></html>', [])).toThrow(/search\/index\.html.*meta charset/);
  });
});
