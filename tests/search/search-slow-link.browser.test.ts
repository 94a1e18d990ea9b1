// The search page on a slow link (400 kbit/s, 400 ms round trip) in Chromium, on the built sample site:
// the files every search needs download side by side from the page's first bytes, each once, and the
// filter lists wait until the first results are on screen. Timings are printed, never asserted: orders of
// events are checked by cause (a file held back, what the page held when it asked), not by timestamps.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { holdUntilRequested } from '../browser/hold-response.ts';
import { serveStatic, type StaticSite } from '../browser/static-server.ts';
import { measureSlowSearch, type SlowSearch } from './slow-link.ts';

let browser: Browser;
let site: StaticSite;
let result: SlowSearch;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveStatic(inject('sampleDist'), '/', { precompressed: true })]);
  result = await measureSlowSearch(browser, site.url, '禁毒');
  console.log(`慢速网络（400 kbit/s，往返 400 ms）下「禁毒」首个结果 ${result.firstResult.toFixed(2)} s，共 ${(result.bytes / 1024).toFixed(1)} KB`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The files the search page preloads so that they download side by side with its script. */
const PRELOADED = [/\/pagefind\/pagefind\.js$/, /\/pagefind\/pagefind-entry\.json$/, /\.pf_meta$/, /\/wasm\.[\w-]+\.pagefind$/];

const named = (pattern: RegExp) => result.fetches.filter((f) => pattern.test(f.path));
const one = (pattern: RegExp) => {
  const found = named(pattern);
  expect(found.map((f) => f.path), String(pattern)).toHaveLength(1);
  return found[0];
};

describe('search on a slow link', () => {
  it('shows results', () => {
    expect(result.status).not.toMatch(/没有找到|无法使用/);
  });

  it('asks for Pagefind, its entry, metadata and WebAssembly before the page’s own script has arrived', async () => {
    // The script is held back until the four are asked for: if any waited for it, it is named here.
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const hold = await holdUntilRequested(page, /\/_astro\/SearchApp\.[^/]*\.js$/, PRELOADED);
      await page.goto(`${site.url}search/?q=${encodeURIComponent('禁毒')}`, { waitUntil: 'load', timeout: 120_000 });
      expect(await hold.notAskedWhileHeld).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('downloads each preloaded file once and uses every one (no web worker fetching them again)', () => {
    // A worker's own requests never reach the page's network log, so ask which workers the page started.
    expect(result.workers).toEqual([]);
    for (const pattern of PRELOADED) one(pattern);
    expect(result.console.filter((m) => /preload/i.test(m))).toEqual([]);
  });

  it('asks for the filter lists only once the first result’s text is on screen', () => {
    // What the list held when the page called fetch() for each, not network timestamps (which a busy
    // machine can blur); and every filter list Chromium fetched was one of those calls.
    const calls = result.fetchCalls.filter((c) => /\.pf_filter$/.test(c.path));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.resultsOnScreen, call.path).toBeGreaterThan(0);
    expect(named(/\.pf_filter$/).map((f) => f.path).sort()).toEqual(calls.map((c) => c.path).sort());
  });
});
