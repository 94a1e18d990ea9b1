// Older readers often turn the browser's own font size up (Chrome: 设置 → 外观 → 字号 “特大”, 24 px) and
// then also switch on 长辈模式 (×1.25, 30 px). The site sizes everything in rem, so every page must
// still fit a 360 px phone without scrolling sideways.
import { describe, expect, test } from 'vitest';
import { horizontalOverflow, openSettled, recordedPage, setBrowserFontSize, useSession, VERY_LARGE_FONT_PX, VIEWPORTS } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const session = useSession();

describe.each([
  { mode: 'browser font “very large”', elder: false },
  { mode: 'browser font “very large” and 长辈模式', elder: true },
])('$mode at 360×640', ({ elder }) => {
  test.each(PAGE_TYPES)('$name ($path) fits the screen', async (type) => {
    const { context, page } = await recordedPage(session, { viewport: VIEWPORTS[0], deviceScaleFactor: 2 });
    try {
      if (elder) await context.addInitScript(() => localStorage.setItem('jdxh-elder-mode', 'on'));
      await setBrowserFontSize(context, page, VERY_LARGE_FONT_PX);
      await openSettled(page, session.url(type.path));
      const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rootPx).toBe(elder ? VERY_LARGE_FONT_PX * 1.25 : VERY_LARGE_FONT_PX);
      const wider = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter((el) => !el.closest('.table-scroll, .visually-hidden'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      );
      expect(wider).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      // The page's side padding does not grow with the text: in rem it took 30 px a side with 长辈模式 on top
      // (a sixth of the screen); the text gets at least 90 % of the width.
      const mainPx = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const style = getComputedStyle(main);
        return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      });
      expect(mainPx).toBeGreaterThanOrEqual(0.9 * VIEWPORTS[0].width);
    } finally {
      await context.close();
    }
  });
});
