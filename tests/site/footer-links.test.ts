// The footer's 订阅新闻 and 网站地图 links lead readers to pages, not to the XML meant for feed readers and
// search engines (a phone browser shows that as a wall of code). Checked on the built sample site.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { attribute, fileForUrl, htmlPages, readPage, tags, textOf } from './helpers/built-site.ts';

const dist = inject('sampleDist');
/** Where the sample build says it is published (SITE_URL unset: astro.config.mjs's example address). */
const SITE = 'https://jdxh.example.cn';

let pages: string[];
beforeAll(async () => {
  pages = await htmlPages(dist);
});

function footerLinks(html: string): { label: string; href: string }[] {
  const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
  return [...footer.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ label: textOf(m[1]!), href: attribute(m[0], 'href') ?? '' }));
}

function hrefsIn(html: string, from: string, to: string): string[] {
  const part = html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));
  return tags(part, 'a').map((a) => attribute(a, 'href') ?? '');
}

interface FeedItem {
  title: string;
  link: string;
}

async function feedItems(): Promise<FeedItem[]> {
  const xml = await readFile(path.join(dist, 'rss.xml'), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  return [new XMLParser().parse(xml).rss.channel.item].flat();
}

test('on every page the footer links 订阅新闻 and 网站地图 to web pages, never to .xml', async () => {
  for (const page of pages) {
    const links = footerLinks(await readPage(dist, page));
    expect(links.filter((l) => l.href.endsWith('.xml')), page).toEqual([]);
    expect(links.find((l) => l.label.startsWith('订阅新闻'))?.href, page).toBe('/subscribe/');
    expect(links.find((l) => l.label === '网站地图')?.href, page).toBe('/sitemap/');
  }
});

describe('订阅新闻 (/subscribe/)', () => {
  test('explains subscribing, shows the feed address the pages announce, and lists the feed’s latest items', async () => {
    const html = await readPage(dist, 'subscribe/index.html');
    const text = textOf(html);
    expect(text).toContain('RSS 阅读器');
    expect(text).toContain('添加订阅');
    const announced = tags(html, 'link').find((t) => attribute(t, 'type') === 'application/rss+xml');
    expect(attribute(announced!, 'href')).toBe('/rss.xml');
    expect(html).toMatch(new RegExp(`<code[^>]*>${SITE}/rss\\.xml</code>`));

    const items = await feedItems();
    const listed = hrefsIn(html, '<ul class="news-list"', '</ul>').filter((href) => href.startsWith('/news/') && !href.includes('/category/'));
    expect(listed.length).toBe(Math.min(10, items.length));
    expect(listed.map((href) => `${SITE}${href}`)).toEqual(items.slice(0, listed.length).map((item) => item.link));
    for (const href of listed) expect(fileForUrl(dist, href), href).toBeDefined();
  });

  test('the feed itself stays a valid RSS 2.0 feed with every article', async () => {
    const xml = await readFile(path.join(dist, 'rss.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    const items = await feedItems();
    const articles = pages.filter((p) => /^news\/\d{4}-[^/]+\/index\.html$/.test(p));
    expect(items.length).toBe(articles.length);
  });
});

describe('网站地图 (/sitemap/)', () => {
  test('lists every section, news category and content page, and every link opens a built page', async () => {
    const html = await readPage(dist, 'sitemap/index.html');
    const links = hrefsIn(html, '<ul class="site-map"', '</main>');
    for (const href of links) expect(fileForUrl(dist, href), href).toBeDefined();
    const header = await readPage(dist, 'index.html');
    const navHrefs = hrefsIn(header, '<nav class="nav-bar"', '</nav>');
    expect(navHrefs.length).toBeGreaterThan(5);
    const sectionPages = pages
      .filter((p) => /^(about|work)\/[^/]+\/index\.html$|^news\/category\/[^/]+\/index\.html$/.test(p))
      .map((p) => `/${p.replace(/index\.html$/, '')}`);
    expect(sectionPages.length).toBeGreaterThan(10);
    for (const href of [...navHrefs, ...sectionPages, '/search/', '/subscribe/']) expect(links, href).toContain(href);
    expect(new Set(links).size).toBe(links.length);
  });

  test('search engines keep the XML sitemap through robots.txt', async () => {
    const robots = await readFile(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
