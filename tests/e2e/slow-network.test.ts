// A reader on a slow mobile link (about 400 kbit/s, 400 ms round trip): what the first paint waits for
// must download side by side, not one file after another. Chromium's preload scanner fetches nothing
// that follows the Content-Security-Policy <meta>, so the order of the tags decides it.
import type { CDPSession } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { recordedPage, useSession, VIEWPORTS } from './harness.ts';

const SLOW_LINK = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

const session = useSession();

interface Fetch {
  url: string;
  type: string;
  sent: number;
  finished?: number;
}

/** Every request of the page, with when it was sent and when its last byte arrived (CDP clock). */
async function recordFetches(cdp: CDPSession): Promise<Map<string, Fetch>> {
  const fetches = new Map<string, Fetch>();
  cdp.on('Network.requestWillBeSent', (event) => {
    fetches.set(event.requestId, { url: event.request.url, type: event.type ?? '', sent: event.timestamp });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const fetch = fetches.get(event.requestId);
    if (fetch) fetch.finished = event.timestamp;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  return fetches;
}

describe.each([
  { name: 'home', path: '/' },
  { name: 'article', path: '/news/2025-06-26-guoji-jinduri-xuanchuan/' },
])('$name on a slow link', ({ path }) => {
  test('the stylesheets are requested before the 长辈模式 script has arrived, not after it', async () => {
    const { context, page, log } = await recordedPage(session, { viewport: VIEWPORTS[0], deviceScaleFactor: 2 });
    try {
      const fetches = await recordFetches(await context.newCDPSession(page));
      await page.goto(session.url(path), { waitUntil: 'load', timeout: 60_000 });
      const all = [...fetches.values()];
      const script = all.find((f) => /\/_astro\/elder-mode\.[\w-]+\.js$/.test(f.url));
      const stylesheets = all.filter((f) => f.type === 'Stylesheet');
      expect(script?.finished).toBeDefined();
      expect(stylesheets.length).toBeGreaterThan(0);
      for (const sheet of stylesheets) {
        expect(sheet.sent, `${sheet.url} waited for ${script!.url}`).toBeLessThan(script!.finished!);
      }
      expect(log.failedRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
