// Text is not squeezed into a narrow column on a 360 px phone, at any text size: a block of text that wraps has
// room for at least 12 characters a line, or, where the text is so large that 12 do not fit the screen at all
// (the browser's font at “very large” and 长辈模式: 11 characters of body text edge to edge), for at least 80 % of
// what the screen holds. Beside the reader's edition covers the text had 3–8 characters a line; beside search
// thumbnails 6; in a knowledge card 7.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, openSettled, recordedPage, setBrowserFontSize, VERY_LARGE_FONT_PX, type Session } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const WIDTH = 360;
const MIN_CHARACTERS = 12;
const SHARE_OF_SCREEN = 0.8;

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

/** Every visible block of text in <main> that wraps yet has room for fewer characters a line than the rule asks. */
function squeezedText(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minCharacters, share }) => {
      /** Whether some run of text in `el` is broken over lines (a block of one line each is not squeezed). */
      const wraps = (el: HTMLElement) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          range.selectNodeContents(node);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) return true;
        }
        return false;
      };
      return [...document.querySelectorAll<HTMLElement>('main :is(p, li, dd, dt, figcaption, blockquote, h1, h2, h3, legend, label)')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.table-scroll, .visually-hidden') && wraps(el))
        .flatMap((el) => {
          const style = getComputedStyle(el);
          const fontPx = parseFloat(style.fontSize);
          const room = (el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / fontPx;
          const wanted = Math.min(minCharacters, share * (document.documentElement.clientWidth / fontPx));
          const text = (el.textContent ?? '').trim().slice(0, 12);
          return room < wanted - 0.05 ? [`${el.tagName.toLowerCase()}.${el.className} “${text}” ${room.toFixed(1)} < ${wanted.toFixed(1)}`] : [];
        });
    },
    { minCharacters: MIN_CHARACTERS, share: SHARE_OF_SCREEN },
  );
}

describe.each([
  { mode: '默认字号', elder: false, veryLarge: false },
  { mode: '长辈模式', elder: true, veryLarge: false },
  { mode: 'browser font “very large”', elder: false, veryLarge: true },
  { mode: 'browser font “very large” and 长辈模式', elder: true, veryLarge: true },
])(`$mode at ${WIDTH}×640: text keeps a readable line`, ({ elder, veryLarge }) => {
  test.each(PAGE_TYPES)('$name ($path)', async (type) => {
    const { context, page } = await recordedPage(session, { viewport: { width: WIDTH, height: 640 } });
    try {
      if (elder) await context.addInitScript(() => localStorage.setItem('jdxh-elder-mode', 'on'));
      if (veryLarge) await setBrowserFontSize(context, page, VERY_LARGE_FONT_PX);
      await openSettled(page, session.url(type.path));
      expect(await squeezedText(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
