// The search page on a slow link (400 kbit/s, 400 ms round trip) in Chromium, on the built sample site:
// the files every search needs download side by side from the page's first bytes, each once, and the
// filter lists wait until the first results are on screen. Timings are printed, never asserted.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
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

  it('asks for Pagefind, its entry, metadata and WebAssembly before the page’s own script has arrived', () => {
    const script = one(/\/_astro\/SearchApp\.[^/]*\.js$/);
    for (const pattern of [/\/pagefind\/pagefind\.js$/, /\/pagefind\/pagefind-entry\.json$/, /\.pf_meta$/, /\/wasm\.[\w-]+\.pagefind$/]) {
      expect(one(pattern).sent, String(pattern)).toBeLessThan(script.finished);
    }
  });

  it('downloads each preloaded file once and uses every one (no web worker fetching them again)', () => {
    // A worker's own requests never reach the page's network log, so ask which workers the page started.
    expect(result.workers).toEqual([]);
    for (const pattern of [/\/pagefind\/pagefind\.js$/, /\/pagefind\/pagefind-entry\.json$/, /\.pf_meta$/, /\/wasm\.[\w-]+\.pagefind$/]) one(pattern);
    expect(result.console.filter((m) => /preload/i.test(m))).toEqual([]);
  });

  it('asks for the filter lists only after the first result’s text has arrived', () => {
    const filters = named(/\.pf_filter$/);
    const firstFragment = Math.min(...named(/\.pf_fragment$/).map((f) => f.finished));
    expect(filters.length).toBeGreaterThan(0);
    for (const filter of filters) expect(filter.sent).toBeGreaterThanOrEqual(firstFragment);
  });
});
