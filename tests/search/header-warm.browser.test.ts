// The header's search box on a slow link (400 kbit/s, 400 ms round trip) in Chromium, on the built sample
// site served with deploy/nginx.conf's caching rules: a reader who never uses it downloads nothing for
// search; from its first use on, the files the search page needs are prefetched, and the search page opened
// from the box takes them from the HTTP cache (hashed files) or has them confirmed unchanged (304, no body)
// instead of downloading them again. Every wait is for what is checked (network events, the page's state),
// never a fixed time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_WARM_FILE } from '../../src/lib/search/warm-list.ts';
import { launchChromium } from '../browser/chromium.ts';
import { nginxCacheControl } from '../browser/nginx-cache-control.ts';
import { serveStatic, type StaticSite } from '../browser/static-server.ts';
import { SLOW_LINK } from './slow-link.ts';

interface Seen {
  path: string;
  finished: boolean;
  fromCache: boolean;
  /** The status on the wire (304 for a file confirmed unchanged). */
  status?: number;
}

const dist = inject('sampleDist');
const searchPage = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
/** The files the built search page preloads. */
const warmList = [...searchPage.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
const warmScript = `/pagefind/${SEARCH_WARM_FILE}`;

let browser: Browser;
let site: StaticSite;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
const seen = new Map<string, Seen>();
const problems: string[] = [];
const requested = () => [...seen.values()];
/** Requests made since `before` was taken (a set of request ids): which came after what, without clocks. */
const requestedSince = (before: Set<string>) => [...seen].filter(([id]) => !before.has(id)).map(([, s]) => s);
const finishedWarmFiles = (before: Set<string>) => warmList.filter((href) => requestedSince(before).some((s) => s.path === href && s.finished));

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveStatic(dist, '/', { precompressed: true, cacheControl: nginxCacheControl() })]);
  context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy|preload/i.test(m.text())) problems.push(m.text());
  });
  cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => seen.set(e.requestId, { path: urlPath(e.request.url), finished: false, fromCache: false }));
  cdp.on('Network.requestServedFromCache', (e) => {
    const s = seen.get(e.requestId);
    if (s) s.fromCache = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const s = seen.get(e.requestId);
    if (s && (e.response.fromDiskCache || e.response.fromPrefetchCache)) s.fromCache = true;
  });
  // The status as it came over the network: a revalidated file shows as 200 in responseReceived.
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    const s = seen.get(e.requestId);
    if (s) s.status = e.statusCode;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = seen.get(e.requestId);
    if (s) s.finished = true;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
}, 60_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

function urlPath(href: string): string {
  const url = new URL(href);
  return url.origin === new URL(site.url).origin ? url.pathname + url.search : href;
}

describe('the header search box', () => {
  it('names the script that prefetches the search page’s preloads', () => {
    expect(warmList.length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain(`data-search-warm="${warmScript}"`);
  });

  it('costs a reader who never uses it nothing: no search file is fetched with the page', async () => {
    await page.goto(site.url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const paths = requested().map((s) => s.path);
    expect(paths.length).toBeGreaterThan(1);
    // A module script every page loads (the header's menu) is on the search page's list too: not a search file.
    const ownScripts = [...readFileSync(path.join(dist, 'index.html'), 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    const searchOnly = warmList.filter((p) => !ownScripts.includes(p));
    expect(searchOnly.length).toBeGreaterThanOrEqual(5);
    expect(paths.filter((p) => p.includes('/pagefind/') || searchOnly.includes(p))).toEqual([]);
  });

  it('on first focus loads that script, which prefetches every one of them, from the site itself, with no CSP violation', async () => {
    const beforeFocus = new Set(seen.keys());
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('禁毒');
    await expect.poll(() => finishedWarmFiles(beforeFocus), { timeout: 120_000, interval: 100 }).toEqual(warmList);
    expect(requestedSince(beforeFocus).filter((s) => s.path === warmScript)).toHaveLength(1);
    expect(requested().filter((s) => s.path.startsWith('http'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the search page opened from it downloads none of those files again', async () => {
    const before = new Set(seen.keys());
    const submitted = Date.now();
    await Promise.all([page.waitForURL(/\/search\/\?q=/, { timeout: 120_000 }), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => document.querySelector('#search-results li') !== null, null, { timeout: 120_000, polling: 20 });
    console.log(`页头搜索框预热后，提交到第一条结果 ${((Date.now() - submitted) / 1000).toFixed(2)} s（慢速网络，400 kbit/s，往返 400 ms）`);
    const onSearchPage = requestedSince(before);
    const downloaded = onSearchPage.filter((s) => warmList.includes(s.path) && !s.fromCache && s.status !== 304);
    expect(downloaded.map((s) => `${s.path} ${s.status}`)).toEqual([]);
    for (const href of warmList) expect(onSearchPage.some((s) => s.path === href), `${href} asked for`).toBe(true);
    expect(problems).toEqual([]);
  });
});
