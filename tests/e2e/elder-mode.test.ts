// 长辈模式 in Chromium: the header switch turns on large text (≥ 1.25×) and darker colours, the choice
// survives navigation, is in force before the first paint, breaks no layout at phone size, and the
// site reads normally with JavaScript off (the switch is then not shown).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { horizontalOverflow, openSettled, recordedPage, useSession, VIEWPORTS } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const KEY = 'jdxh-elder-mode';
const TOGGLE = 'button[data-elder-toggle]';

const session = useSession();

interface Looks {
  on: boolean;
  pressed: string | null;
  bodyFontPx: number;
  paragraphFontPx: number;
  textColor: string;
}

function looks(page: Page): Promise<Looks> {
  return page.evaluate((selector) => {
    const paragraph = document.querySelector('main p') ?? document.body;
    return {
      on: document.documentElement.hasAttribute('data-elder-mode'),
      pressed: document.querySelector(selector)?.getAttribute('aria-pressed') ?? null,
      bodyFontPx: parseFloat(getComputedStyle(document.body).fontSize),
      paragraphFontPx: parseFloat(getComputedStyle(paragraph).fontSize),
      textColor: getComputedStyle(document.body).color,
    };
  }, TOGGLE);
}

/**
 * Records, the moment the first element of <body> other than a script is inserted (before anything in
 * it can be painted), whether elder mode is on.
 */
async function watchFirstPaint(context: BrowserContext) {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('body > :not(script)')) return;
      (window as unknown as { elderAtBody: boolean }).elderAtBody = document.documentElement.hasAttribute('data-elder-mode');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

test('the switch turns on large text and darker colours, by keyboard, and the choice follows the reader to the next page', async () => {
  const { context, page, log } = await recordedPage(session, { viewport: VIEWPORTS[0] });
  try {
    await watchFirstPaint(context);
    await page.goto(session.url('/'), { waitUntil: 'networkidle' });
    const before = await looks(page);
    expect(before).toMatchObject({ on: false, pressed: 'false' });
    expect(await page.isVisible(TOGGLE)).toBe(true);
    expect(await page.locator(TOGGLE).innerText()).toContain('长辈模式');

    await page.focus(TOGGLE);
    await page.keyboard.press('Enter');
    const after = await looks(page);
    expect(after).toMatchObject({ on: true, pressed: 'true' });
    expect(after.bodyFontPx).toBeGreaterThanOrEqual(before.bodyFontPx * 1.25);
    expect(after.paragraphFontPx).toBeGreaterThanOrEqual(before.paragraphFontPx * 1.25);
    expect(after.textColor).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('on');

    // Follow a link, as a reader would (on a phone the sections are in the 栏目 menu): the next page
    // opens in elder mode from its first paint.
    await page.click('.site-header summary');
    await Promise.all([page.waitForURL(/\/news\/$/), page.click('nav a[href$="/news/"]')]);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { elderAtBody: boolean }).elderAtBody)).toBe(true);
    const next = await looks(page);
    expect(next).toMatchObject({ on: true, pressed: 'true' });
    expect(next.bodyFontPx).toBeGreaterThanOrEqual(before.bodyFontPx * 1.25);

    // And off again, for this page and the next.
    await page.click(TOGGLE);
    expect(await looks(page)).toMatchObject({ on: false, pressed: 'false', bodyFontPx: before.bodyFontPx });
    await page.goto(session.url('/about/gaikuang/'), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { elderAtBody: boolean }).elderAtBody)).toBe(false);
    expect(await looks(page)).toMatchObject({ on: false, pressed: 'false' });
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a saved choice is in force on first load, before the first paint, with the larger computed font size', async () => {
  const { context, page } = await recordedPage(session, { viewport: VIEWPORTS[1] });
  try {
    const normal = await (async () => {
      await page.goto(session.url('/news/'), { waitUntil: 'networkidle' });
      return looks(page);
    })();
    await page.evaluate((key) => localStorage.setItem(key, 'on'), KEY);
    await watchFirstPaint(context);
    await page.goto(session.url('/news/2025-06-26-guoji-jinduri-xuanchuan/'), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { elderAtBody: boolean }).elderAtBody)).toBe(true);
    const elder = await looks(page);
    expect(elder.on).toBe(true);
    expect(elder.bodyFontPx).toBeGreaterThanOrEqual(normal.bodyFontPx * 1.25);
  } finally {
    await context.close();
  }
});

test('the script that applies it is a small blocking file, first in <body>, after every stylesheet', async () => {
  const html = await readFile(path.join(inject('sampleDist'), 'index.html'), 'utf8');
  const tag = html.match(/<script[^>]*elder-mode[^>]*><\/script>/)?.[0];
  expect(tag).toMatch(/^<script src="\/_astro\/elder-mode\.[\w-]+\.js"><\/script>$/);
  // Before any body content, so the choice is applied before anything can be painted.
  expect(html.slice(html.indexOf('<body>') + '<body>'.length)).toMatch(/^<script src="\/_astro\/elder-mode\./);
  // After the stylesheets: the parser has requested them before it waits for the script.
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toMatch(/<link rel="stylesheet"/);
  expect(head).not.toContain('elder-mode');
  const file = path.join(inject('sampleDist'), tag!.match(/src="\/([^"]+)"/)![1]!);
  expect((await readFile(`${file}.gz`)).length).toBeLessThan(1024);
});

/** Opens `sitePath` at 360×640 with elder mode saved as on, and runs `check` on it. */
async function onElderPhone(sitePath: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await recordedPage(session, { viewport: VIEWPORTS[0] });
  try {
    await context.addInitScript((key) => localStorage.setItem(key, 'on'), KEY);
    await openSettled(page, session.url(sitePath));
    await check(page);
  } finally {
    await context.close();
  }
}

describe('at 360×640 in elder mode nothing is wider than the screen', () => {
  test.each(PAGE_TYPES)('$name ($path)', async (type) => {
    await onElderPhone(type.path, async (page) => {
      expect((await looks(page)).on).toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);
    });
  });
});

test('without JavaScript the site reads normally and no dead switch is shown', async () => {
  const { context, page } = await recordedPage(session, { viewport: VIEWPORTS[0], javaScriptEnabled: false });
  try {
    await page.goto(session.url('/news/2025-06-26-guoji-jinduri-xuanchuan/'), { waitUntil: 'networkidle' });
    expect(await page.locator(TOGGLE).count()).toBe(1);
    expect(await page.isVisible(TOGGLE)).toBe(false);
    expect(await page.isVisible('main h1')).toBe(true);
    expect(await page.locator('main').innerText()).toContain('国际禁毒日');
    expect((await looks(page)).bodyFontPx).toBeGreaterThanOrEqual(16);
    expect(await horizontalOverflow(page)).toBe(0);
  } finally {
    await context.close();
  }
});

test('the search page at 360×640 shows its first result within the first screen; the filters wait behind 筛选与排序', async () => {
  await onElderPhone('/search/?q=%E7%A6%81%E6%AF%92', async (page) => {
    const first = await page.evaluate(() => document.querySelector('#search-results > li')!.getBoundingClientRect().top + scrollY);
    // Before, the open filter fieldset pushed it to 1005 px, a screen and a half down.
    expect(first).toBeLessThan(VIEWPORTS[0].height);
    expect(await page.isVisible('#search-filter-kind')).toBe(false);
    await page.focus('.search-filters-toggle summary');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#search-filter-kind')).toBe(true);
  });
});

test('the news list’s section tabs take two rows at 360×640 in elder mode (flowing pills took three)', async () => {
  await onElderPhone('/news/', async (page) => {
    const tabs = await page.$$eval('.tabs a', (links) => links.map((a) => a.getBoundingClientRect()).map(({ top, height }) => ({ top: Math.round(top), height })));
    expect(tabs).toHaveLength(6);
    expect(new Set(tabs.map((tab) => tab.top)).size).toBeLessThanOrEqual(2);
    for (const tab of tabs) expect(tab.height).toBeGreaterThanOrEqual(44);
  });
});
