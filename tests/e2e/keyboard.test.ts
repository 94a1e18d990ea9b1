// Keyboard alone: the skip link comes first and lands in the main content, every control on a page
// can be reached with Tab and shows where the focus is, and the header search works without a mouse.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openSettled, useSession, VIEWPORTS } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const session = useSession();

async function open(path: string, viewport: (typeof VIEWPORTS)[number] = VIEWPORTS[1]): Promise<Page> {
  const context = await session.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await openSettled(page, session.url(path));
  return page;
}

/** Numbers every control a keyboard user should reach (visible, enabled, in the tab order). */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const style = getComputedStyle(el);
      return (
        el.getClientRects().length > 0 &&
        style.visibility !== 'hidden' &&
        !(el as HTMLButtonElement).disabled &&
        el.tabIndex >= 0 &&
        !el.closest('[inert]')
      );
    });
    // The skip link is off-screen until focused, but it is the first stop on purpose.
    const skip = document.querySelector<HTMLElement>('.skip-link');
    if (skip && !controls.includes(skip)) controls.unshift(skip);
    return controls.map((el, i) => {
      el.dataset.e2eControl = String(i);
      return `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 20)}”`;
    });
  });
}

interface FocusStop {
  control: string | undefined;
  /** A visible indicator: an outline, or a box-shadow ring. */
  indicator: boolean;
  inViewport: boolean;
}

function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { control: undefined, indicator: false, inViewport: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    const inViewport = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
    return { control: el.dataset.e2eControl, indicator: outline || ring, inViewport };
  });
}

describe.each(PAGE_TYPES)('$name ($path)', (type) => {
  test('the first Tab shows the skip link, and Enter moves focus into the main content', async () => {
    const page = await open(type.path);
    try {
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        const rect = el.getBoundingClientRect();
        return { text: el.textContent?.trim(), href: el.getAttribute('href'), top: rect.top, height: rect.height };
      });
      expect(skip.text).toBe('跳到正文');
      expect(skip.top).toBeGreaterThanOrEqual(0);
      expect(skip.height).toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      // Focus moves as Chromium follows the #main link: wait for it there rather than read it at once.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(skip.href!.slice(1));
      // The next Tab continues inside the main content, past the header and navigation.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('Tab reaches every control, each with a visible focus indicator', async () => {
    const page = await open(type.path);
    try {
      const controls = await markControls(page);
      expect(controls.length).toBeGreaterThan(3);
      const reached = new Set<string>();
      const unseen: string[] = [];
      for (let i = 0; i < controls.length + 5; i++) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (stop.control === undefined) continue;
        reached.add(stop.control);
        if (!stop.indicator || !stop.inViewport) unseen.push(controls[Number(stop.control)]!);
      }
      const missed = controls.filter((_, i) => !reached.has(String(i)));
      expect(missed, 'controls Tab never reached').toEqual([]);
      expect(unseen, 'focused without a visible indicator, or off screen').toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

test('the header search works by keyboard alone, at phone size too', async () => {
  for (const viewport of VIEWPORTS) {
    const page = await open('/news/', viewport);
    try {
      let focused = '';
      for (let i = 0; i < 10 && focused !== 'site-search-q'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focused, 'Tab did not reach the search box within 10 stops').toBe('site-search-q');
      await page.keyboard.type('禁毒志愿者');
      await Promise.all([page.waitForURL(/\/search\/\?/), page.keyboard.press('Enter')]);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/search/');
      expect(url.searchParams.get('q')).toBe('禁毒志愿者');
    } finally {
      await page.context().close();
    }
  }
});
