// Shared set-up for the real-browser tests: Debian's Chromium on the sample build, served by a plain
// static server, with everything a page does recorded (console errors, failed and foreign requests).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { serveStatic, type StaticSite } from '../browser/static-server.ts';

export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');

export interface Session {
  browser: Browser;
  site: StaticSite;
  /** Absolute URL of a site path such as "news/" (no leading slash needed). */
  url(sitePath: string): string;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(inject('sampleDist'), '/')]);
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    browser,
    site,
    url: (sitePath) => new URL(sitePath.replace(/^\//, ''), site.url).href,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * The session of a test file: opened before its first test, closed after its last. Call at the top of the
 * file; use what it returns inside tests and hooks (before beforeAll has run, there is no browser yet).
 */
export function useSession(): Session {
  let opened: Session | undefined;
  beforeAll(async () => {
    opened = await openSession();
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): Session => {
    if (!opened) throw new Error('useSession(): the browser opens in beforeAll; use the session inside tests and hooks');
    return opened;
  };
  return {
    get browser() {
      return current().browser;
    },
    get site() {
      return current().site;
    },
    url: (sitePath) => current().url(sitePath),
    close: () => current().close(),
  };
}

export interface PageLog {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** A page whose console errors, failed requests and requests to other origins are recorded. */
export async function recordedPage(
  session: Session,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await session.browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => log.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== session.site.origin) log.foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    // The 404 page itself is answered with status 404 on purpose; anything it loads must succeed.
    const isDocument = response.request().resourceType() === 'document';
    if (response.status() >= 400 && !(isDocument && response.status() === 404)) {
      log.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  return { context, page, log };
}

/**
 * Opens `url` and waits until the page has done what it does on load. The network falling quiet is not
 * enough: on a slow or busy machine the search page is still starting Pagefind's WebAssembly and ranking
 * results (no request in flight) after Chromium's 500 ms of network silence, so tests then saw a page with
 * half of its results or none. On the search page, also wait until its status line says the search has
 * finished (results, nothing found or a message), not 正在载入搜索…/正在搜索….
 */
export async function openSettled(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status');
    return !status || (status.textContent!.trim() !== '' && !status.textContent!.startsWith('正在'));
  });
  return response;
}

/** Width the page would scroll sideways by; 0 when everything fits the viewport. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Chrome's largest preset in its font size setting (设置 → 外观 → 字号 “特大”). */
export const VERY_LARGE_FONT_PX = 24;

/** Sets the browser's own default font size for `page`, as a reader does in the browser settings. */
export async function setBrowserFontSize(context: BrowserContext, page: Page, px: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}
