import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import type { LaidOutDocument } from '../../../src/typeset/model/pages.ts';
import { defaultFontConfig, loadFontSet, writePdf } from '../../../src/typeset/render/index.ts';
import { rasterise } from './poppler.ts';

const EM = 200;
const X = 50;
const BASELINE = 300;

/** A 400 × `height` pt page with one glyph run (text at x, from X), rendered by pdftoppm at 72 dpi: one pixel per point. */
async function renderRun(font: string, size: number, baseline: number, glyphs: Array<{ text: string; x: number }>, height = 400) {
  const fonts = await loadFontSet(defaultFontConfig());
  const doc: LaidOutDocument = {
    pages: [{ width: 400, height, items: [{ kind: 'glyphs', font, size, color: { r: 0, g: 0, b: 0 }, y: baseline, glyphs }] }],
    outline: [],
    pageLabels: [],
    info: { title: 't', author: 'a', subject: 's', keywords: [], creator: 'c', date: new Date(0), language: 'zh-CN' },
  };
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'punct-')), 'p.pdf');
  await writeFile(file, await writePdf(doc, fonts));
  return sharp(rasterise(file, 1, 72)).greyscale().raw().toBuffer({ resolveWithObject: true });
}

/** Centre of the ink of one mark drawn at 200 pt, as a fraction of its em box (x from its left edge, y above baseline). */
async function inkCentre(mark: string, font: string): Promise<{ x: number; y: number }> {
  const { data, info } = await renderRun(font, EM, BASELINE, [{ text: mark, x: X }]);
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! < 128) {
        sx += x;
        sy += y;
        n++;
      }
    }
  }
  expect(n).toBeGreaterThan(50);
  return { x: (sx / n - X) / EM, y: (BASELINE - sy / n) / EM };
}

// Mainland (GB/T 15834) forms sit ，。、 at the lower left and ：；！？ at the left of the em box; Taiwan forms
// centre them all, Japanese forms centre ：；！？. Both Noto faces must draw the mainland forms without `locl`.
test.each([
  ['，', 'serif'],
  ['。', 'serif'],
  ['、', 'serif'],
  ['，', 'sans-bold'],
  ['。', 'sans-bold'],
])('%s in %s sits at the lower left', async (mark, font) => {
  const centre = await inkCentre(mark, font);
  expect(centre.x).toBeLessThan(0.35);
  expect(centre.y).toBeLessThan(0.2);
});

test.each([
  ['：', 'serif'],
  ['；', 'serif'],
  ['！', 'serif'],
  ['？', 'serif'],
  ['：', 'sans-bold'],
  ['！', 'sans-bold'],
])('%s in %s sits at the left', async (mark, font) => {
  expect((await inkCentre(mark, font)).x).toBeLessThan(0.4);
});

/** The darkest row of "——" drawn at 100 pt with its measured advances: where its ink runs, in ems. */
async function dashRule(font: string): Promise<{ runs: Array<[number, number]>; y: number; advance: number }> {
  const size = 100;
  const advance = (await loadFontSet(defaultFontConfig())).advance('—', font, size);
  const { data, info } = await renderRun(font, size, 150, [{ text: '—', x: X }, { text: '—', x: X + advance }], 200);
  let best = { y: 0, dark: -1 };
  for (let y = 0; y < info.height; y++) {
    let dark = 0;
    for (let x = 0; x < info.width; x++) if (data[y * info.width + x]! < 128) dark++;
    if (dark > best.dark) best = { y, dark };
  }
  const runs: Array<[number, number]> = [];
  for (let x = 0; x < info.width; x++) {
    if (data[best.y * info.width + x]! >= 128) continue;
    if (runs.length && runs.at(-1)![1] === (x - 1 - X) / size) runs.at(-1)![1] = (x - X) / size;
    else runs.push([(x - X) / size, (x - X) / size]);
  }
  return { runs, y: (150 - best.y) / size, advance: advance / size };
}

// GB/T 15834: the 破折号 is one unbroken rule two ems long, at the middle of the characters beside it.
test.each(['serif', 'sans-bold'])('—— in %s is one unbroken rule of two ems at the middle of the em box', async (font) => {
  const { runs, y, advance } = await dashRule(font);
  expect(advance).toBe(1);
  expect(runs).toHaveLength(1);
  expect(runs[0]![1] - runs[0]![0]).toBeGreaterThan(1.95);
  expect(y).toBeGreaterThan(0.3);
  expect(y).toBeLessThan(0.45);
});
