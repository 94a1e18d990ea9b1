// The QR card's web address: one size through an edition, broken only after a "/" where it does not fit a line.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { lineFit } from '../../src/reader/assemble-book.ts';
import { loadEditions } from '../../src/reader/load-editions.ts';
import { pageSettings } from '../../src/reader/page-settings.ts';
import { addressLines, addressSize, type LineFit } from '../../src/reader/qr-card.ts';
import { textWidth } from '../../src/reader/text-width.ts';
import { defaultFontConfig, loadFontSet } from '../../src/typeset/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
let fits: Map<string, LineFit>;
beforeAll(async () => {
  const fonts = defaultFontConfig();
  const measurer = await loadFontSet(fonts);
  fits = new Map((await loadEditions(root)).map((e) => [e.id, lineFit(pageSettings(e.edition), fonts, measurer)]));
});

describe.each(['xiaoxue', 'cunmin', 'quanxian'])('%s: addressLines', (id) => {
  test('the size is ¾ of the body, whatever the address', () => {
    expect(addressSize(fits.get(id)!)).toBe(fits.get(id)!.bodySize * 0.75);
  });

  test('an address that fits is one line; a long one is broken after a "/" that ends a segment, each line fitting', () => {
    const fit = fits.get(id)!;
    const size = addressSize(fit);
    expect(addressLines('https://jdxh.example.cn/reader/stories/a/', size, fit)).toEqual(['https://jdxh.example.cn/reader/stories/a/']);
    const url = 'https://www.shaoyang-county-jdxh.example.gov.cn/jinduxiehui/reader/stories/zhiyuanzhe-zoujin-women-de-ketang-xubian/';
    const lines = addressLines(url, size, fit);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(textWidth(line, fit.font, size, fit.measurer), line).toBeLessThanOrEqual(fit.measure);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[^/:]\/$/);
    // As many segments to a line as fit: no line could have taken the next one's first segment.
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = lines[i + 1].split(/(?<=\/)/)[0];
      expect(textWidth(lines[i] + next, fit.font, size, fit.measurer)).toBeGreaterThan(fit.measure);
    }
  });
});
