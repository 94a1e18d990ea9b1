// Every page type at phone and desktop size: no console errors, no failed request, nothing from
// another origin, nothing wider than the screen. Screenshots go to test-artifacts/e2e/.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, horizontalOverflow, openSettled, recordedPage, useSession, VIEWPORTS } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const session = useSession();

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  test.each(PAGE_TYPES)('$name ($path) loads cleanly and fits the screen', async (type) => {
    const { context, page, log } = await recordedPage(session, { viewport });
    try {
      const url = session.url(type.path);
      const response = await openSettled(page, url);
      expect(response?.status()).toBe(type.status ?? 200);
      await page.screenshot({ path: path.join(ARTIFACTS, `${type.name}-${viewport.width}x${viewport.height}.png`), fullPage: true });
      // Chromium logs the 404 status of the 404 page itself; that one is the point of the page.
      const ownStatus = `the server responded with a status of 404 (Not Found) @ ${url}`;
      expect(log.consoleErrors.filter((e) => !(type.status === 404 && e.endsWith(ownStatus)))).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    } finally {
      await context.close();
    }
  });
});

test('every download offered on the reader page arrives as a PDF from the site itself', async () => {
  const { context, page, log } = await recordedPage(session, { viewport: VIEWPORTS[0] });
  try {
    await page.goto(session.url('/reader/'), { waitUntil: 'networkidle' });
    const links = await page.$$eval('a[href$=".pdf"]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(new URL(link).origin).toBe(session.site.origin);
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
      expect(response.headers()['content-type'], link).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString(), link).toBe('%PDF-');
    }
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
