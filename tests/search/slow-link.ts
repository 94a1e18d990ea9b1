/**
 * The search page on a slow mobile link (used by the browser tests and by npm run bench:search), as the seventh session's review measured it: a 360×640 phone,
 * Chromium's network throttled to 400 kbit/s both ways with a 400 ms round trip, cache off. Measures, for
 * one query opened as /search/?q=…, the time from navigation to the first result on screen, the bytes
 * transferred, and the waterfall (when each file was asked for and when its last byte came).
 */
import type { Browser } from 'playwright-core';

export const SLOW_LINK = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

export interface Fetched {
  path: string;
  /** Seconds after navigation started. */
  sent: number;
  finished: number;
  bytes: number;
}

export interface SlowSearch {
  query: string;
  /** Seconds from navigation to the first result (or the empty state) on screen. */
  firstResult: number;
  status: string;
  bytes: number;
  fetches: Fetched[];
  /** Console warnings and errors (e.g. Chromium's "preloaded but not used"). */
  console: string[];
  /** Paths of the web workers the page started (their requests are not in `fetches`). */
  workers: string[];
  /**
   * Each fetch() the page's scripts made, in order, with how many results (with their text) the list held at
   * that moment: the order of events as the page saw them, which no clock can get wrong.
   */
  fetchCalls: FetchCall[];
}

export interface FetchCall {
  path: string;
  resultsOnScreen: number;
}

/** Runs in the page before its own scripts: notes each fetch() call and what the results list held then. */
function recordFetchCalls() {
  const calls: FetchCall[] = [];
  Object.assign(window, { __fetchCalls: calls });
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const items = [...document.querySelectorAll('#search-results li')];
    calls.push({ path: url.pathname, resultsOnScreen: items.filter((li) => li.textContent?.trim()).length });
    return fetch(input, init);
  };
}

export async function measureSlowSearch(browser: Browser, siteUrl: string, query: string): Promise<SlowSearch> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const messages: string[] = [];
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
    });
    await page.addInitScript(recordFetchCalls);
    const cdp = await context.newCDPSession(page);
    const byId = new Map<string, { url: string; sent: number; finished?: number; bytes: number }>();
    cdp.on('Network.requestWillBeSent', (e) => byId.set(e.requestId, { url: e.request.url, sent: e.timestamp, bytes: 0 }));
    cdp.on('Network.loadingFinished', (e) => {
      const f = byId.get(e.requestId);
      if (f) {
        f.finished = e.timestamp;
        f.bytes = e.encodedDataLength;
      }
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    const started = performance.now();
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(
      () => document.querySelector('#search-results li') !== null || document.querySelector('#search-empty')?.hasAttribute('hidden') === false,
      null,
      { timeout: 120_000, polling: 20 },
    );
    const firstResult = (performance.now() - started) / 1000;
    const status = (await page.locator('#search-status').textContent()) ?? '';
    // The filter lists are the page's last download, after the first ten results. The network falling quiet
    // does not say the page got there: on a busy machine it is still checking results, with nothing in
    // flight, for longer than Chromium's 500 ms of quiet.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')].some((s) => s.options.length > 1) ||
        /无法使用/.test(document.querySelector('#search-status')?.textContent ?? ''),
      null,
      { timeout: 120_000, polling: 20 },
    );
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const fetchCalls = await page.evaluate(() => (window as unknown as { __fetchCalls: FetchCall[] }).__fetchCalls);
    const all = [...byId.values()];
    const origin = Math.min(...all.map((f) => f.sent));
    const fetches = all
      .filter((f) => f.finished !== undefined)
      .map((f) => ({ path: new URL(f.url).pathname, sent: f.sent - origin, finished: f.finished! - origin, bytes: f.bytes }))
      .sort((a, b) => a.sent - b.sent);
    return { query, firstResult, status, bytes: fetches.reduce((n, f) => n + f.bytes, 0), fetches, console: messages, workers, fetchCalls };
  } finally {
    await context.close();
  }
}

/** One line per file: start and end in seconds, size, path (the waterfall, for the benchmark's output). */
export function formatWaterfall(result: SlowSearch): string[] {
  return result.fetches.map(
    (f) => `${f.sent.toFixed(2).padStart(6)} → ${f.finished.toFixed(2).padStart(6)} s ${(f.bytes / 1024).toFixed(1).padStart(6)} KB  ${f.path}`,
  );
}

export interface HeaderSearch {
  query: string;
  /** Seconds from pressing Enter in the header's search box to the first result on the search page. */
  firstResult: number;
  /** Kilobytes transferred after Enter (304s count only their headers). */
  kilobytesAfterSubmit: number;
}

/**
 * The reader's way in from any page (npm run bench:search): the home page on the slow link, the header's
 * search box focused and the query typed, then Enter. With `warm`, the box's prefetches (pagefind/
 * search-warm.js) are let finish first, as they do while a reader types on a phone; without, that script
 * is blocked, as before it existed. The HTTP cache is on: serve the site with deploy/nginx.conf's caching
 * rules (serveStatic's cacheControl option).
 */
export async function measureHeaderSearch(browser: Browser, siteUrl: string, query: string, warm: boolean): Promise<HeaderSearch> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    if (!warm) await page.route('**/search-warm.js', (route) => route.abort());
    const cdp = await context.newCDPSession(page);
    const inFlight = new Set<string>();
    let submitted = false;
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => inFlight.add(e.requestId));
    cdp.on('Network.loadingFinished', (e) => {
      inFlight.delete(e.requestId);
      if (submitted) bytes += e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    await page.goto(siteUrl, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await page.locator('#site-search-q').focus();
    await page.keyboard.type(query);
    // Wait until nothing has been in flight for half a second (the prefetches, when warm).
    let quietSince = performance.now();
    while (performance.now() - quietSince < 500) {
      if (inFlight.size > 0) quietSince = performance.now();
      await page.waitForTimeout(50);
    }
    submitted = true;
    const started = performance.now();
    await Promise.all([page.waitForURL(/\/search\/\?q=/, { timeout: 120_000 }), page.keyboard.press('Enter')]);
    await page.waitForFunction(
      () => document.querySelector('#search-results li') !== null || document.querySelector('#search-empty')?.hasAttribute('hidden') === false,
      null,
      { timeout: 120_000, polling: 20 },
    );
    const firstResult = (performance.now() - started) / 1000;
    return { query, firstResult, kilobytesAfterSubmit: bytes / 1024 };
  } finally {
    await context.close();
  }
}
