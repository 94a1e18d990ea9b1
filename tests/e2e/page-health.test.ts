// Every page type at phone and desktop size: no console errors, no failed request, nothing from
// another origin, nothing wider than the screen. Screenshots go to test-artifacts/e2e/.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, horizontalOverflow, openSession, recordedPage, VIEWPORTS, type Session } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  test.each(PAGE_TYPES)('$name ($path) loads cleanly and fits the screen', async (type) => {
    const { context, page, log } = await recordedPage(session, { viewport });
    try {
      const response = await page.goto(session.url(type.path), { waitUntil: 'load' });
      expect(response?.status()).toBe(type.status ?? 200);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(ARTIFACTS, `${type.name}-${viewport.width}x${viewport.height}.png`), fullPage: true });
      expect(log.consoleErrors).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    } finally {
      await context.close();
    }
  });
});
