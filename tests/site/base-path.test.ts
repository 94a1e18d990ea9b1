import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite } from '../../src/build/astro-site.ts';
import { attribute, fileForUrl, htmlPages, isOffSite, readPage, referencedUrls, searchPagePending, tags } from './helpers/built-site.ts';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const BASE = '/jdxh/';
let project: { root: string; remove: () => Promise<void> };
let dist: string;

beforeAll(async () => {
  project = await copyProject();
  dist = await mkdtemp(path.join(os.tmpdir(), 'jdxh-base-out-'));
  const before = process.env.BASE_PATH;
  process.env.BASE_PATH = BASE;
  try {
    await buildSite(project.root, dist);
  } finally {
    if (before === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = before;
  }
});
afterAll(async () => {
  await project?.remove();
  await rm(dist, { recursive: true, force: true });
});

test('under BASE_PATH=/jdxh/ every internal link and asset starts with the base and resolves', async () => {
  const pending = searchPagePending(dist, BASE);
  const wrong: string[] = [];
  for (const page of await htmlPages(dist)) {
    for (const url of referencedUrls(await readPage(dist, page))) {
      if (isOffSite(url) || pending(url)) continue;
      if (!url.startsWith(BASE) || !fileForUrl(dist, url, BASE)) wrong.push(`${page} → ${url}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('canonical, Open Graph, RSS and sitemap addresses include the base', async () => {
  const html = await readPage(dist, 'news/2025-06-26-guoji-jinduri-xuanchuan/index.html');
  const canonical = tags(html, 'link').find((t) => attribute(t, 'rel') === 'canonical')!;
  expect(attribute(canonical, 'href')).toBe('https://jdxh.example.cn/jdxh/news/2025-06-26-guoji-jinduri-xuanchuan/');
  const ogImage = tags(html, 'meta').find((t) => attribute(t, 'property') === 'og:image')!;
  expect(attribute(ogImage, 'content')).toMatch(/^https:\/\/jdxh\.example\.cn\/jdxh\/_astro\//);
  const rss = await readFile(path.join(dist, 'rss.xml'), 'utf8');
  const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(15);
  for (const link of links) expect(link).toMatch(/^https:\/\/jdxh\.example\.cn\/jdxh\//);
  const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc).toMatch(/^https:\/\/jdxh\.example\.cn\/jdxh\//);
});

test('site links written in Markdown content ("/branches/") get the base too', async () => {
  const html = await readPage(dist, 'about/gaikuang/index.html');
  expect(html).toContain('href="/jdxh/branches/"');
});
