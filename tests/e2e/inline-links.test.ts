// Links in running text (an article's or page's body) and the related news at an article's end. WCAG 2.5.8
// exempts inline links from the 24 px target size, but older readers tap them too: they must be at least 24 px
// tall where a finger lands, without the text moving a pixel and without reaching into the line above or below.
// 上一篇 / 下一篇 and the story pages' 上一个 / 下一个故事 are stand-alone boxes: tap-targets.test.ts checks them.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { recordedPage, useSession } from './harness.ts';

const LINKS = '.prose a, .related a';
// Pages whose text has links (the sample stories' only links are 上一个 / 下一个故事).
const PAGES = ['/about/gaikuang/', '/news/2025-06-26-guoji-jinduri-xuanchuan/'];

const session = useSession();

interface LinkBox {
  text: string;
  /** The shortest of the link's line boxes (a link may wrap). */
  height: number;
  lineHeight: number;
  /** Where a tap 1 px inside the top and the bottom edge of its first box lands. */
  topHit: boolean;
  bottomHit: boolean;
}

function linkBoxes(page: Page): Promise<LinkBox[]> {
  return page.evaluate((selector) => {
    const boxes: LinkBox[] = [];
    for (const link of document.querySelectorAll<HTMLAnchorElement>(selector)) {
      link.scrollIntoView({ block: 'center' });
      const rects = [...link.getClientRects()];
      const first = rects[0]!;
      const x = first.left + Math.min(first.width / 2, 8);
      const hits = (y: number) => document.elementFromPoint(x, y)?.closest('a') === link;
      boxes.push({
        text: (link.textContent ?? '').trim().slice(0, 12),
        height: Math.min(...rects.map((r) => r.height)),
        lineHeight: parseFloat(getComputedStyle(link).lineHeight),
        topHit: hits(first.top + 1),
        bottomHit: hits(first.bottom - 1),
      });
    }
    return boxes;
  }, LINKS);
}

/** The heights of the blocks that hold the links: what the reader sees of the text layout. */
function blockHeights(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.prose, .prose > *, .related')].map((el) => el.getBoundingClientRect().height),
  );
}

describe.each([
  { mode: '默认字号', elder: false },
  { mode: '长辈模式', elder: true },
])('$mode at 360×640', ({ elder }) => {
  test.each(PAGES)('%s: every link in the text is at least 24 px tall to a tap, within its own line', async (path) => {
    const { context, page } = await recordedPage(session, { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
    try {
      if (elder) await context.addInitScript(() => localStorage.setItem('jdxh-elder-mode', 'on'));
      await page.goto(session.url(path), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const boxes = await linkBoxes(page);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.height, `“${box.text}”`).toBeGreaterThanOrEqual(24);
        expect(box.height, `“${box.text}” reaches into the next line`).toBeLessThanOrEqual(box.lineHeight);
        expect([box.topHit, box.bottomHit], `“${box.text}”`).toEqual([true, true]);
      }
      // The taller tap area leaves the text where it was: the same blocks, the same heights without it.
      const withPadding = await blockHeights(page);
      const unpadded = await page.evaluate((selector) => {
        const links = [...document.querySelectorAll<HTMLElement>(selector)];
        for (const link of links) link.style.setProperty('padding-block', '0', 'important');
        return links.every((link) => getComputedStyle(link).paddingTop === '0px');
      }, LINKS);
      expect(unpadded).toBe(true);
      expect(await blockHeights(page)).toEqual(withPadding);
    } finally {
      await context.close();
    }
  });
});
