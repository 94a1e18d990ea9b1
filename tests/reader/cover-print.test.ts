// Covers as they print. A grayscale edition is printed on desktop black-and-white printers, which leave 4–6 mm
// at the edge unprinted and lay a dark area down as heavy toner: its cover is paper white in a frame that
// stands inside the printable area. Colour editions keep their full-bleed colour cover.
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadEditions } from '../../src/reader/load-editions.ts';
import { renderPage } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DPI = 72; // 1 px = 1 pt
const MM = 72 / 25.4;
const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

/** Darkness of each pixel of page 1 (0 paper … 1 solid black), as a B/W printer would lay toner down. */
function coverDarkness(id: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const { width, height, rgb } = renderPage(pdfOf(id), 1, DPI);
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * width + Math.round(x)) * 3;
    return 1 - (0.299 * rgb[i] + 0.587 * rgb[i + 1] + 0.114 * rgb[i + 2]) / 255;
  };
  return { width, height, at };
}

describe('村民版 (grayscale, desktop-printed booklet): its cover', () => {
  test('leaves the outer 8 mm paper white, takes little toner, and has a frame inside the printable area', async () => {
    expect((await loadEditions(root)).find((e) => e.id === 'cunmin')!.edition.grayscale).toBe(true);
    const { width, height, at } = coverDarkness('cunmin');
    let edge = 0;
    let total = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const d = at(x, y);
        total += d;
        const fromEdge = Math.min(x, y, width - 1 - x, height - 1 - y);
        if (fromEdge < 8 * MM) edge = Math.max(edge, d);
      }
    }
    expect(edge).toBeLessThan(0.02);
    expect(total / (width * height)).toBeLessThan(0.08);
    // The frame: a dark rule crossing the middle of each side, between 8 and 20 mm in from the trim.
    const ruleAt = (sample: (inset: number) => number) => [...Array(Math.round(12 * MM)).keys()].some((k) => sample(8 * MM + k) > 0.5);
    expect(ruleAt((i) => at(i, height / 2))).toBe(true);
    expect(ruleAt((i) => at(width - 1 - i, height / 2))).toBe(true);
    expect(ruleAt((i) => at(width / 2, i))).toBe(true);
    expect(ruleAt((i) => at(width / 2, height - 1 - i))).toBe(true);
  });
});

describe.each(['quanxian', 'xiaoxue'])('%s (colour): its cover', (id) => {
  test('is its cover colour edge to edge', () => {
    const { width, height, at } = coverDarkness(id);
    for (const [x, y] of [[1, 1], [width - 2, height / 2], [width / 2, height - 2]]) expect(at(x, y)).toBeGreaterThan(0.3);
  });
});
