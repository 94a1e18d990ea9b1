// A reader on a slow mobile link (about 400 kbit/s, 400 ms round trip): what the first paint waits for
// must download side by side, not one file after another. Chromium's preload scanner fetches nothing
// that follows the Content-Security-Policy <meta>, so the order of the tags decides it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { holdUntilRequested } from '../browser/hold-response.ts';
import { recordedPage, useSession, VIEWPORTS } from './harness.ts';

const SLOW_LINK = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

const session = useSession();

/** The stylesheets a built page links, in order. */
function stylesheetsOf(sitePath: string): string[] {
  const html = readFileSync(join(inject('sampleDist'), sitePath, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
}

describe.each([
  { name: 'home', path: '/' },
  { name: 'article', path: '/news/2025-06-26-guoji-jinduri-xuanchuan/' },
])('$name on a slow link', ({ path }) => {
  test('the stylesheets are requested before the 长辈模式 script has arrived, not after it', async () => {
    const stylesheets = stylesheetsOf(path);
    expect(stylesheets.length).toBeGreaterThan(0);
    const { context, page, log } = await recordedPage(session, { viewport: VIEWPORTS[0], deviceScaleFactor: 2 });
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
      // The script is held back until every stylesheet is asked for: one that waited for it is named here.
      const hold = await holdUntilRequested(page, /\/_astro\/elder-mode\.[\w-]+\.js$/, stylesheets);
      await page.goto(session.url(path), { waitUntil: 'load', timeout: 60_000 });
      expect(await hold.notAskedWhileHeld).toEqual([]);
      expect(log.failedRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
