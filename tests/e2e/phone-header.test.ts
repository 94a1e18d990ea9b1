// The site header and footer on a phone (device scale 2, as most cheap Android phones): the header
// leaves most of the screen to the page, in 长辈模式 and with the browser's font at “very large” too; the
// sections open from a 栏目 menu that works by keyboard and without JavaScript; every header and
// footer control is a big enough tap target (24 px, 44 px in 长辈模式).
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { horizontalOverflow, openSession, recordedPage, setBrowserFontSize, VERY_LARGE_FONT_PX, type Session } from './harness.ts';

const ARTICLE = '/news/2025-06-26-guoji-jinduri-xuanchuan/';
const HEIGHT = 640;

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

interface Setting {
  name: string;
  elder: boolean;
  veryLarge: boolean;
  /** The most of a 640 px tall screen the header may take (the old header took 51 %, 65 %, 87 %, 120 % at 360 px). */
  maxShare: number;
}

const SETTINGS: Setting[] = [
  { name: '默认字号', elder: false, veryLarge: false, maxShare: 0.2 },
  { name: '长辈模式', elder: true, veryLarge: false, maxShare: 0.33 },
  { name: '浏览器字号“特大”', elder: false, veryLarge: true, maxShare: 0.5 },
  { name: '浏览器字号“特大” + 长辈模式', elder: true, veryLarge: true, maxShare: 0.65 },
];

async function phonePage(width: number, setting: Pick<Setting, 'elder' | 'veryLarge'>, javaScript = true) {
  const { context, page, log } = await recordedPage(session, {
    viewport: { width, height: HEIGHT },
    deviceScaleFactor: 2,
    javaScriptEnabled: javaScript,
  });
  if (setting.elder) await context.addInitScript(() => localStorage.setItem('jdxh-elder-mode', 'on'));
  if (setting.veryLarge) await setBrowserFontSize(context, page, VERY_LARGE_FONT_PX);
  return { context, page, log };
}

function headerHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('header.site-header')!.getBoundingClientRect().height);
}

describe.each([320, 360, 412])('at %i×640', (width) => {
  test.each(SETTINGS)('$name: the header takes at most $maxShare of the screen', async (setting) => {
    const { context, page } = await phonePage(width, setting);
    try {
      await page.goto(session.url(ARTICLE), { waitUntil: 'networkidle' });
      if (setting.elder) expect(await page.evaluate(() => document.documentElement.hasAttribute('data-elder-mode'))).toBe(true);
      const height = await headerHeight(page);
      expect(height / HEIGHT, `${setting.name}：页头高 ${height} px`).toBeLessThanOrEqual(setting.maxShare);
      expect(await horizontalOverflow(page)).toBe(0);
    } finally {
      await context.close();
    }
  });
});

test('a news article’s first paragraph starts within 1.15 screens of the top at 360×640 (the old header pushed it to 1.4)', async () => {
  const { context, page } = await phonePage(360, { elder: false, veryLarge: false });
  try {
    await page.goto(session.url(ARTICLE), { waitUntil: 'networkidle' });
    const first = await page.evaluate(() => {
      const p = document.querySelector('article .prose > p')!;
      return { top: p.getBoundingClientRect().top + scrollY, text: p.textContent ?? '' };
    });
    expect(first.text).toContain('国际禁毒日');
    expect(first.top).toBeLessThanOrEqual(HEIGHT * 1.15);
  } finally {
    await context.close();
  }
});

/** Every visible control in the header and footer narrower or shorter than `min` px. */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.site-header :is(a, button, input, summary), .site-footer :is(a, button, input, summary)',
    );
    return [...controls]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < min - 0.5 || rect.width < min - 0.5)
      .map(({ el, rect }) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 16)}” ${Math.round(rect.width)}×${Math.round(rect.height)}`);
  }, min);
}

describe.each([
  { elder: false, min: 24 },
  { elder: true, min: 44 },
])('tap targets (长辈模式 $elder)', ({ elder, min }) => {
  test(`every header and footer control is at least ${min} px, with the 栏目 menu open too`, async () => {
    const { context, page } = await phonePage(360, { elder, veryLarge: false });
    try {
      await page.goto(session.url('/'), { waitUntil: 'networkidle' });
      expect(await smallTargets(page, min)).toEqual([]);
      await page.click('.site-header summary');
      expect(await page.isVisible('.site-header nav a[href="/news/"]')).toBe(true);
      expect(await smallTargets(page, min)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

async function tabUntil(page: Page, predicate: string, limit = 12): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute('name') || '').trim()}`;
    });
    visited.push(here);
    if (await page.evaluate(predicate)) return visited;
  }
  throw new Error(`Tab never reached ${predicate}; visited ${visited.join(' → ')}`);
}

describe.each([
  { javaScript: true, elderSwitch: true },
  { javaScript: false, elderSwitch: false },
])('the 栏目 menu at 360×640 (JavaScript $javaScript)', ({ javaScript, elderSwitch }) => {
  test('opens by keyboard, lists every section once, and a section link works', async () => {
    const { context, page, log } = await phonePage(360, { elder: false, veryLarge: false }, javaScript);
    try {
      await page.goto(session.url('/news/'), { waitUntil: 'networkidle' });
      // Closed: the sections are out of sight and out of the tab order; one 主导航 landmark.
      expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(1);
      expect(await page.isVisible('.site-header nav a[href="/reader/"]')).toBe(false);

      const order = await tabUntil(page, `document.activeElement.tagName === 'SUMMARY'`);
      expect(order.slice(1)).toEqual(['a 邵阳县禁毒协会湖南省邵阳市邵阳县', 'summary 栏目']);
      await page.keyboard.press('Enter');
      const sections = await page.$$eval('.site-header nav a', (links) =>
        links.filter((a) => a.getClientRects().length > 0).map((a) => a.textContent?.trim()),
      );
      expect(sections).toEqual(['首页', '新闻动态', '协会概况', '工作职能', '分会组织', '禁毒读本', '联系我们']);
      expect(await page.getAttribute('.site-header nav a[aria-current="page"]', 'href')).toBe('/news/');

      // The next stops are the sections, then 长辈模式 (only when scripts run) and the search box.
      const next = await tabUntil(page, `document.activeElement.id === 'site-search-q'`, 12);
      expect(next.slice(0, 7).map((stop) => stop.replace(/^a /, ''))).toEqual(sections);
      expect(next.some((stop) => stop.includes('长辈模式'))).toBe(elderSwitch);

      await Promise.all([page.waitForURL(/\/reader\/$/), page.click('.site-header nav a[href="/reader/"]')]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('on a desktop the sections are a bar under the header and the 栏目 button is not shown', async () => {
  const { context, page } = await recordedPage(session, { viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(session.url('/about/gaikuang/'), { waitUntil: 'networkidle' });
    expect(await page.isVisible('.site-header summary')).toBe(false);
    const bar = await page.$$eval('.site-header nav a', (links) =>
      links.filter((a) => a.getClientRects().length > 0).map((a) => a.getBoundingClientRect().top),
    );
    expect(bar).toHaveLength(7);
    expect(new Set(bar.map(Math.round)).size).toBe(1);
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(1);
    expect(await page.getAttribute('.site-header nav a[aria-current="page"]', 'href')).toBe('/about/gaikuang/');
  } finally {
    await context.close();
  }
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.each([false, true])('with the 栏目 menu open (长辈模式 %s) axe finds no WCAG 2.2 AA violation', async (elder) => {
  let context: BrowserContext | undefined;
  try {
    const opened = await phonePage(360, { elder, veryLarge: false });
    context = opened.context;
    await opened.page.goto(session.url(ARTICLE), { waitUntil: 'networkidle' });
    await opened.page.click('.site-header summary');
    expect(await axeViolations(opened.page)).toEqual([]);
  } finally {
    await context?.close();
  }
});
