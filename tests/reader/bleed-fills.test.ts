// Which filled rectangles of a page's content are carried out to the bleed edge, and how.
import { describe, expect, test } from 'vitest';
import { extendEdgeFills } from '../../src/reader/bleed-fills.ts';

const trim = { left: 0, bottom: 0, right: 419.53, top: 595.28 };
const bleed = 8.5;

describe('extendEdgeFills', () => {
  test('a full-page background grows by the bleed on all four sides; the colour and the rest stay as written', () => {
    const content = 'q\n0.18 0.49 0.196 rg\n0 0 419.53 595.28 re f\nQ\nBT /F1 12 Tf 50 500 Td <0012> Tj ET\n';
    const { content: out, extended } = extendEdgeFills(content, trim, bleed);
    expect(extended).toBe(1);
    expect(out).toBe('q\n0.18 0.49 0.196 rg\n-8.5 -8.5 436.53 612.28 re f\nQ\nBT /F1 12 Tf 50 500 Td <0012> Tj ET\n');
  });

  test('a band along one edge grows only on that side', () => {
    const { content } = extendEdgeFills('1 0 0 rg 0 500 100 20 re f', trim, bleed);
    expect(content).toBe('1 0 0 rg -8.5 500 108.5 20 re f');
  });

  test('rectangles inside the trim, stroked frames and clipping paths are left alone', () => {
    for (const content of [
      '0 g 34 34 351.53 527.28 re f',
      '0 G 2.5 w 0 0 419.53 595.28 re S',
      'q 0 0 419.53 595.28 re W n 0 g 10 10 m 20 20 l S Q',
    ]) {
      expect(extendEdgeFills(content, trim, bleed)).toEqual({ content, extended: 0 });
    }
  });

  test('the current transformation is followed, and undone by Q', () => {
    // Scaled by 2 and moved by (10, 10): user 0 0 204.765 292.64 covers the page from (10,10) to the top right.
    const { content } = extendEdgeFills('q 2 0 0 2 10 10 cm 0 0 204.765 292.64 re f Q 0 0 5 5 re f', trim, bleed);
    expect(content).toBe('q 2 0 0 2 10 10 cm 0 0 209.015 296.89 re f Q -8.5 -8.5 13.5 13.5 re f');
  });

  test('text that looks like an operator inside a string or a name is not read as one', () => {
    const content = 'BT (0 0 419.53 595.28 re f) Tj /re 1 Tf ET [(\\) 0 0 1 1 re f)] TJ';
    expect(extendEdgeFills(content, trim, bleed)).toEqual({ content, extended: 0 });
  });

  test('an inline image stops the work with a message rather than a wrong file', () => {
    expect(() => extendEdgeFills('BI /W 1 /H 1 ID x EI', trim, bleed)).toThrow(/内联图像/);
  });
});
