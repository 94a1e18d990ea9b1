// Where things sit on a page of a real PDF, as poppler sees it: words (pdftotext -bbox) and the box of a
// colour painted by pdftoppm. Units are pt from the top left of the page.
import { execFileSync } from 'node:child_process';
import { renderPage } from '../reader/poppler.ts';

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word on page `page` (1-based) with its box; a Chinese line without spaces is one word. */
export function pageWords(file: string, page: number): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: decode(m[5]),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

/** Words on one baseline joined left to right, top to bottom. */
export function pageLines(file: string, page: number): Array<WordBox> {
  const lines: WordBox[] = [];
  for (const w of pageWords(file, page).sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const last = lines.at(-1);
    if (last && Math.abs(last.yMax - w.yMax) < 0.5) {
      last.text += w.text;
      last.xMax = Math.max(last.xMax, w.xMax);
      last.yMin = Math.min(last.yMin, w.yMin);
    } else lines.push({ ...w });
  }
  return lines;
}

/**
 * The box of the pixels close to `rgb` on a page rendered at 72 dpi (1 px = 1 pt), or undefined. With
 * `minRun`, only pixels in horizontal runs of at least that many count: a flat fill (a callout's tint),
 * not the anti-aliased edges of glyphs that happen to have the same shade.
 */
export function colourBox(
  file: string,
  page: number,
  rgb: [number, number, number],
  minRun = 1,
): { x: number; y: number; width: number; height: number } | undefined {
  const { width, height, rgb: px } = renderPage(file, page, 72);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  const near = (x: number, y: number) => {
    const i = (y * width + x) * 3;
    return Math.abs(px[i] - rgb[0]) + Math.abs(px[i + 1] - rgb[1]) + Math.abs(px[i + 2] - rgb[2]) <= 24;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; ) {
      let end = x;
      while (end < width && near(end, y)) end++;
      if (end - x >= minRun) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, end - 1);
        y1 = Math.max(y1, y);
      }
      x = Math.max(end, x + 1);
    }
  }
  return x1 < 0 ? undefined : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * Whether a rule runs across the page at `y` (± 2 pt) from x0 to x1: a row of the page rendered at 72 dpi
 * dark (every channel under 200) over at least 90 % of that span. Text never makes such a row.
 */
export function horizontalRuleAt(file: string, page: number, y: number, x0: number, x1: number): boolean {
  const { width, rgb: px } = renderPage(file, page, 72);
  const from = Math.ceil(x0) + 2;
  const to = Math.floor(x1) - 2;
  for (let row = Math.floor(y) - 2; row <= Math.ceil(y) + 2; row++) {
    let dark = 0;
    for (let x = from; x <= to; x++) {
      const i = (row * width + x) * 3;
      if (px[i] < 200 && px[i + 1] < 200 && px[i + 2] < 200) dark++;
    }
    if (dark >= 0.9 * (to - from + 1)) return true;
  }
  return false;
}
