// The search page in Debian's Chromium, on the built sample site: queries from the sample content,
// empty state, filters, sort, "加载更多", keyboard use, the header form with JavaScript off, and a build
// under a base path.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { serveStatic, type StaticSite } from '../browser/static-server.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the search page for `query` and waits until it has shown its first page of results (they appear one
 * by one, and the count comes when the last is in) or the empty state.
 */
async function search(page: Page, site: StaticSite, query: string, extra = ''): Promise<void> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await settled(page);
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (document.querySelectorAll('#search-results li').length > 0 && /条结果/.test(document.querySelector('#search-status')!.textContent!)) ||
      !(document.querySelector('#search-empty') as HTMLElement).hidden,
  );
}

const resultLinks = (page: Page) => page.locator('#search-results li h2 a');
const firstPath = async (page: Page) => new URL((await resultLinks(page).first().getAttribute('href'))!, 'http://x').pathname;

describe('search page on the sample site', () => {
  let site: StaticSite;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(inject('sampleDist'), '/');
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  it.each([
    ['a two-character word', '家长', '/reader/stories/mama-de-jiazhanghui/'],
    ['a four-character term', '社区康复', '/news/2025-05-28-kangfu-gongzuozhan-jiepai/'],
    ['a three-character term', '三衔接', '/news/2025-07-18-sanxianjie-tuijinhui/'],
    ['a phrase spanning punctuation', '秋季学期开学第一周，全县各中小学', '/news/2025-09-05-jindu-diyike/'],
    ['a term only in a reader story', '药盒', '/reader/stories/yaohe-he-tangguo/'],
  ])('finds %s (%s) with the expected page first', async (_what, query, expected) => {
    await search(page, site, query);
    expect(await firstPath(page)).toBe(expected);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到(约)? ?\d+ 条结果/);
    // The excerpt shows the real text with what was typed highlighted.
    const marks = await page.locator('#search-results li').first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join('')).not.toMatch(/[a-z]{8}/);
  });

  it('finds a number (6.26, written 6·26 in the text) with a 6·26 news article first', async () => {
    await search(page, site, '6.26');
    const first = resultLinks(page).first();
    expect(await first.textContent()).toContain('6·26');
    expect(await firstPath(page)).toMatch(/^\/news\/\d{4}-06-26-/);
    expect(await page.locator('#search-results li').first().locator('mark').first().textContent()).toBe('6·26');
  });

  it('shows a friendly empty state with suggestions for a nonsense query', async () => {
    await search(page, site, '量子纠缠火锅底料');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到');
    expect(await resultLinks(page).count()).toBe(0);
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    await page.locator('#search-empty a', { hasText: '三衔接' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('三衔接');
  });

  it('says “nothing found” once, and for pinyin typed without picking characters asks for Chinese characters', async () => {
    const visibleLines = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.search-app p')]
          .filter((p) => p.checkVisibility())
          .map((p) => p.textContent!.trim()),
      );
    await search(page, site, '量子纠缠火锅底料');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到');
    let lines = await visibleLines();
    expect(lines.filter((line) => line.includes('没有找到'))).toHaveLength(1);
    expect(lines.join('')).not.toContain('拼音');

    await search(page, site, 'kafei');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到与“kafei”');
    lines = await visibleLines();
    expect(lines.filter((line) => line.includes('没有找到'))).toHaveLength(1);
    expect(lines.join('')).toContain('拼音');
    expect(lines.join('')).toContain('请用汉字输入');
  });

  it('reads pinyin as the site’s words (jindu → 禁毒) and says so', async () => {
    await search(page, site, 'jindu');
    expect(await page.locator('#search-status').textContent()).toMatch(/找到(约)? \d+ 条结果（按拼音搜索了“禁毒”）/);
    expect(await resultLinks(page).count()).toBe(10);
    expect(await page.locator('#search-results li').first().locator('mark').first().textContent()).toBe('禁毒');
    expect(await page.locator('#search-q').inputValue()).toBe('jindu');
  });

  it('reads 626 as the day 6·26, and finds the 国际禁毒日 news first', async () => {
    await search(page, site, '626');
    expect(await firstPath(page)).toMatch(/^\/news\/\d{4}-06-26-/);
    expect(await resultLinks(page).first().textContent()).toContain('国际禁毒日');
    expect(await page.locator('#search-status').textContent()).toContain('也按“6.26”搜索');
  });

  it('shows text from the article below a result, not its title and byline again', async () => {
    await search(page, site, '白仓');
    const first = page.locator('#search-results li').first();
    const title = (await first.locator('h2').textContent())!.trim();
    expect(title).toContain('白仓');
    const excerpt = (await first.locator('.search-result-excerpt').textContent())!;
    expect(excerpt).not.toContain(title);
    expect(await first.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    for (const byline of ['发布时间：', '来源：', '通讯员：']) expect(excerpt).not.toContain(byline);
  });

  it('lays results out as styled: thumbnail beside the text, smaller heading, muted details, soft highlight', async () => {
    await search(page, site, '戒毒');
    const looks = await page.evaluate(() => {
      const item = [...document.querySelectorAll('#search-results > li')].find((li) => li.querySelector('img'))!;
      const style = (selector: string) => getComputedStyle(item.querySelector(selector)!);
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return {
        display: getComputedStyle(item).display,
        thumbBesideText: item.querySelector('img')!.getBoundingClientRect().right <= item.querySelector('h2')!.getBoundingClientRect().left,
        headingRem: parseFloat(style('h2').fontSize) / rootPx,
        metaColor: style('.search-result-meta').color,
        bodyColor: getComputedStyle(document.body).color,
        markBackground: getComputedStyle(document.querySelector('#search-results mark')!).backgroundColor,
      };
    });
    expect(looks.display).toBe('flex');
    expect(looks.thumbBesideText).toBe(true);
    expect(looks.headingRem).toBeCloseTo(1.15, 2);
    expect(looks.metaColor).not.toBe(looks.bodyColor);
    expect(looks.markBackground).toBe('rgb(255, 241, 168)');
  });

  it('narrows results with the filters and keeps them in the URL', async () => {
    await search(page, site, '禁毒');
    const all = await page.locator('#search-status').textContent();
    const total = Number(/(\d+)/.exec(all!)![1]);
    await page.selectOption('#search-filter-kind', '读本故事');
    await expect.poll(async () => Number(/(\d+)/.exec((await page.locator('#search-status').textContent())!)?.[1])).toBeLessThan(total);
    const kinds = await page.locator('.search-result-meta').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(k).toContain('读本故事');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('读本故事');
    const stories = await resultLinks(page).count();
    await page.selectOption('#search-filter-audience', '村民');
    // The list empties at once and refills one by one: count it when the new search has finished.
    await settled(page);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    expect(await resultLinks(page).count()).toBeLessThan(stories);
    for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toContain('/reader/stories/');
    }
    // The shared link reproduces the filtered search.
    const shared = page.url();
    const again = await browser.newPage();
    await again.goto(shared);
    await settled(again);
    expect(await again.locator('#search-filter-audience').inputValue()).toBe('村民');
    expect(await resultLinks(again).count()).toBe(await resultLinks(page).count());
    await again.close();
  });

  it('sorts by date on request, newest first', async () => {
    await search(page, site, '示例', '&kind=%E6%96%B0%E9%97%BB&sort=date');
    const dates = (await page.locator('.search-result-meta').allTextContents()).map((t) => /\d{4}-\d\d-\d\d/.exec(t)![0]);
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('loads ten at a time with “加载更多”, by keyboard, moving focus to the new results', async () => {
    await page.goto(`${site.url}search/`);
    await page.waitForSelector('.search-app[data-ready]');
    await page.locator('#search-q').focus();
    await page.keyboard.type('示例');
    await page.keyboard.press('Enter');
    // The tenth result arrives before the page has checked the rest of its batch and shown the button.
    await settled(page);
    expect(await resultLinks(page).count()).toBe(10);
    const more = page.locator('#search-more');
    expect(await more.isVisible()).toBe(true);
    await more.focus();
    // Where focus is the moment the first new result appears (results arrive one by one).
    await page.evaluate(() => {
      const list = document.querySelector('#search-results')!;
      const observer = new MutationObserver(() => {
        const first = list.querySelectorAll('li')[10];
        if (!first) return;
        (window as unknown as { focusOnArrival: boolean }).focusOnArrival = document.activeElement?.closest('li') === first;
        observer.disconnect();
      });
      observer.observe(list, { childList: true });
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => (window as unknown as { focusOnArrival?: boolean }).focusOnArrival)).toBe(true);
    await expect.poll(() => more.evaluate((b: HTMLButtonElement) => b.hidden || !b.disabled)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10])).toBe(true);
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
  });

  it('header form works without JavaScript: a GET to /search/?q=…, where the page then shows results', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}news/`);
    await noJs.locator('header input[name="q"]').fill('三衔接');
    await Promise.all([noJs.waitForURL(/\/search\/\?q=/), noJs.locator('header input[name="q"]').press('Enter')]);
    const landed = new URL(noJs.url());
    expect(landed.pathname).toBe('/search/');
    expect(landed.searchParams.get('q')).toBe('三衔接');
    await context.close();
    await page.goto(landed.href);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('三衔接');
  });
});

/** The environment without what the test runner adds (BASE_URL, MODE…), which would override Astro's base. */
function buildEnv(): NodeJS.ProcessEnv {
  const runnerKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !runnerKeys.has(k) && !k.startsWith('VITEST')));
}

describe('search under a base path', () => {
  let dir: string;
  let site: StaticSite;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'search-base-'));
    // A separate process, so Astro reads BASE_PATH afresh.
    const script = `const { buildSite } = await import('./src/build/astro-site.ts');
      const { buildSearchIndex } = await import('./src/build/search-index.ts');
      await buildSite(process.cwd(), process.argv[1]); await buildSearchIndex(process.cwd(), process.argv[1]);`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, dir], {
      cwd: projectRoot,
      env: { ...buildEnv(), BASE_PATH: '/jdxh/' },
      maxBuffer: 64 * 1024 * 1024,
    });
    site = await serveStatic(dir, '/jdxh/');
  });
  afterAll(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('searches, links results under the base path, and the header form points there', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(r.url());
    });

    await search(page, site, '6.26');
    expect(await firstPath(page)).toMatch(/^\/jdxh\/news\/\d{4}-06-26-/);
    expect(await page.locator('header form[role="search"]').getAttribute('action')).toBe('/jdxh/search/');
    await resultLinks(page).first().click();
    await page.waitForURL(/\/jdxh\/news\/\d{4}-06-26/);
    expect(await page.locator('h1').first().textContent()).toContain('国际禁毒日');
    expect(failed.filter((u) => !u.endsWith('favicon.ico'))).toEqual([]);
    expect(page.url().startsWith(site.origin)).toBe(true);
    await page.close();
  });
});
