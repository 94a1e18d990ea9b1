// The branches page as a villager looking for the township's phone number would use it: on a phone
// every date, phone number and count reads whole on one line, and the number can be tapped to call.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { recordedPage, useSession, VIEWPORTS } from './harness.ts';

const session = useSession();

interface Cell {
  label: string;
  text: string;
  /** Lines the cell's text takes on screen. */
  lines: number;
  href: string | null;
}

/** The date, phone and count cells of every branch, with how many lines each one's text runs to. */
function keptWholeCells(page: Page): Promise<Cell[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableCellElement>('main table tbody td')]
      .map((td) => ({ td, label: td.dataset.label ?? td.closest('table')!.querySelectorAll('th')[td.cellIndex]!.textContent!.trim() }))
      .filter(({ label }) => ['成立时间', '联系电话', '村级禁毒小组'].includes(label))
      .map(({ td, label }) => {
        const texts = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        const lineTops = new Set<number>();
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) lineTops.add(Math.round(rect.top));
        }
        return { label, text: td.textContent!.trim(), lines: lineTops.size, href: td.querySelector('a')?.getAttribute('href') ?? null };
      }),
  );
}

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  test('dates, phone numbers and counts are never broken across lines, and each phone number is a tel: link', async () => {
    const { context, page, log } = await recordedPage(session, { viewport });
    try {
      await page.goto(session.url('/branches/'), { waitUntil: 'networkidle' });
      const cells = await keptWholeCells(page);
      expect(cells.filter((c) => c.label === '联系电话').length).toBeGreaterThanOrEqual(10);
      expect(cells.filter((c) => c.lines !== 1)).toEqual([]);
      for (const phone of cells.filter((c) => c.label === '联系电话')) {
        expect(phone.href, phone.text).toBe(`tel:${phone.text.replace(/[^\d+-]/g, '')}`);
      }
      // Each branch's name and phone are visible without scrolling a table sideways.
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('main td')]
          .filter((td) => td.getBoundingClientRect().right > document.documentElement.clientWidth)
          .map((td) => td.textContent),
      );
      expect(hidden).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
