// Links that stand alone (header, 栏目 menu, breadcrumb, the category under each news item, 网站地图, footer, the
// home page's “查看全部” links, work-area cards and edition links, news and search-result titles, section tabs,
// the reader's contents, 收录于 and 上一个/下一个故事, the search page's filters) are
// tap targets on a phone: at least 24 px (WCAG 2.2 target size), 44 px in 长辈模式, on every page type.
// Links inside running text are exempt, as in WCAG. A hand-made list let the reader's links escape (25 px in
// 长辈模式), so every other link or control in <main> whose line says little else (“上一篇：”, “回到”) counts too.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openSettled, recordedPage, useSession } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const STANDALONE = [
  '.site-header :is(a, button, input, summary)',
  '.site-footer a',
  '.breadcrumb a',
  '.news-list .meta a',
  '.site-map a',
  '.more-link',
  '.cards :is(h2, h3) a',
  '.edition-links a',
  '.news-list .title a',
  '.tabs a',
  '.reader-contents a',
  '#in-editions + ul a',
  '.prev-next a',
  '.search-results h2 a',
  '.search-app :is(select, summary, button, input)',
].join(', ');

/** At most this many characters of other text beside a control in its block, and it stands alone. */
const LABEL_CHARS = 6;

const session = useSession();

/** Every visible stand-alone control narrower or shorter than `min` px. */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate(
    ({ selector, min, labelChars }) => {
      const alone = (el: HTMLElement) => {
        if (el.closest('.prose')) return false;
        const block = el.parentElement!.closest<HTMLElement>('p, li, dd, dt, td, th, h1, h2, h3, h4, div, nav, main')!;
        const others = [...block.querySelectorAll('a, button, select, summary, input')].reduce((text, control) => text.replace(control.textContent ?? '', ''), block.textContent ?? '');
        return others.replace(/\s/g, '').length <= labelChars;
      };
      const controls = new Set([
        ...document.querySelectorAll<HTMLElement>(selector),
        ...[...document.querySelectorAll<HTMLElement>('main :is(a[href], button, select, summary, input:not([type=hidden]))')].filter(alone),
      ]);
      return [...controls]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.height < min - 0.5 || rect.width < min - 0.5)
        .map(({ el, rect }) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 16)}” ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    },
    { selector: STANDALONE, min, labelChars: LABEL_CHARS },
  );
}

describe.each([
  { mode: '默认字号', elder: false, min: 24 },
  { mode: '长辈模式', elder: true, min: 44 },
])('$mode at 360×640: every stand-alone link is at least $min px', ({ elder, min }) => {
  test.each(PAGE_TYPES)('$name ($path)', async (type) => {
    const { context, page } = await recordedPage(session, { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
    try {
      if (elder) await context.addInitScript(() => localStorage.setItem('jdxh-elder-mode', 'on'));
      await openSettled(page, session.url(type.path));
      expect(await smallTargets(page, min)).toEqual([]);
      // The sections in the opened 栏目 menu too.
      await page.click('.site-header summary');
      expect(await page.isVisible('.site-header nav a[href="/news/"]')).toBe(true);
      expect(await smallTargets(page, min)).toEqual([]);
      // And what waits in a closed disclosure on the page (the search page's 筛选与排序).
      await page.$$eval('main details', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await smallTargets(page, min)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
