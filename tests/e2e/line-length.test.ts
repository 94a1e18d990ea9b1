// Text is not squeezed into a narrow column on a 360 px phone, at any text size: a block of text that wraps has
// room for at least 12 characters a line, or, where the text is so large that 12 do not fit the screen at all
// (the browser's font at “very large” and 长辈模式: 11 characters of body text edge to edge), for at least 80 % of
// what the screen holds. Beside the reader's edition covers the text had 3–8 characters a line; beside search
// thumbnails 6; in a knowledge card 7. And no line starts with a closing punctuation mark (，。：）…): a link made a
// tap-target box breaks the text around it differently, and 收录于's “：” after such a box started a line.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openSettled, recordedPage, setBrowserFontSize, useSession, VERY_LARGE_FONT_PX } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

const WIDTH = 360;
const MIN_CHARACTERS = 12;
const SHARE_OF_SCREEN = 0.8;

const session = useSession();

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

/** Closing punctuation in <main> that starts a line of its block (not the block's first line). */
function punctuationAtLineStart(page: Page): Promise<string[]> {
  return page.evaluate((closing) => {
    const found: string[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        if (!closing.includes(node.data[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const mark = range.getClientRects()[0];
        if (!mark) continue;
        let block = node.parentElement!;
        while (/^(inline|contents)/.test(getComputedStyle(block).display)) block = block.parentElement!;
        const style = getComputedStyle(block);
        const box = block.getBoundingClientRect();
        const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const firstLine = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
        if (Math.abs(mark.left - left) < 1.5 && mark.top > firstLine + 2) {
          found.push(`${block.tagName.toLowerCase()} “${node.data.slice(Math.max(0, i - 4), i + 6)}”`);
        }
      }
    }
    return found;
  }, '，。、；：！？）》」』】”’');
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
      expect(await punctuationAtLineStart(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
