// Every page of the sample build carries the Content-Security-Policy as its first <meta> after the
// charset, and nothing on it needs the policy relaxed: no inline script or style, no event-handler
// attributes, no javascript: links, nothing loaded from another origin.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp.ts';

let pages: Array<{ file: string; html: string }>;
beforeAll(async () => {
  const dist = inject('sampleDist');
  const files = (await readdir(dist, { recursive: true })).map(String).filter((f) => f.endsWith('.html')).sort();
  pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(path.join(dist, file), 'utf8') })));
});

const escapedPolicy = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');

test('the sample build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

test('each page sets the policy right after <meta charset>, before any script or style', () => {
  for (const { file, html } of pages) {
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
    expect(meta, file).not.toBeNull();
    expect([CONTENT_SECURITY_POLICY, escapedPolicy], file).toContain(meta![1]);
    expect(head.indexOf(meta![0]), file).toBeLessThan(Math.min(...['<script', '<link', '<style'].map((t) => head.indexOf(t)).filter((i) => i >= 0)));
    expect(head, file).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
  }
});

test('no inline script, style, event handler or javascript: URL on any page', () => {
  for (const { file, html } of pages) {
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes, body]) => !/\bsrc=/.test(attributes!) || body!.trim() !== '')
      // JSON-LD is data, not script; the policy does not apply to it.
      .filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes!));
    expect(inlineScripts.map(([tag]) => tag.slice(0, 80)), file).toEqual([]);
    expect(html.match(/<style\b[^>]*>/g) ?? [], file).toEqual([]);
    expect(html.match(/\sstyle="[^"]*"/g) ?? [], file).toEqual([]);
    expect(html.match(/\son[a-z]+="[^"]*"/gi) ?? [], file).toEqual([]);
    expect(html.match(/(href|src|action)="\s*javascript:[^"]*"/gi) ?? [], file).toEqual([]);
  }
});

test('scripts, styles, images and fonts all come from the site itself', () => {
  for (const { file, html } of pages) {
    const loaded = [...html.matchAll(/<(?:script|img|source|link|iframe)\b[^>]*?\s(?:src|href|srcset)="([^"]+)"/g)]
      .map(([tag, url]) => ({ tag: tag.split(/\s/)[0], url: url! }))
      // Links to pages (canonical, alternate) are addresses, not resources the page loads.
      .filter(({ tag, url }) => !(tag === '<link' && !/\.(css|js|svg|png|ico|webmanifest)$/.test(url)));
    const foreign = loaded.filter(({ url }) => /^(https?:)?\/\//.test(url));
    expect(foreign, file).toEqual([]);
  }
});
