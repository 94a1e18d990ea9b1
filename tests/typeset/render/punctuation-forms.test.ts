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

/** Centre of the ink of one mark drawn at 200 pt, as a fraction of its em box (x from its left edge, y above baseline). */
async function inkCentre(mark: string, font: string): Promise<{ x: number; y: number }> {
  const fonts = await loadFontSet(defaultFontConfig());
  const doc: LaidOutDocument = {
    pages: [{ width: 400, height: 400, items: [{ kind: 'glyphs', font, size: EM, color: { r: 0, g: 0, b: 0 }, y: BASELINE, glyphs: [{ text: mark, x: X }] }] }],
    outline: [],
    pageLabels: [],
    info: { title: 't', author: 'a', subject: 's', keywords: [], creator: 'c', date: new Date(0), language: 'zh-CN' },
  };
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'punct-')), 'p.pdf');
  await writeFile(file, await writePdf(doc, fonts));
  // 72 dpi: one pixel per point
  const { data, info } = await sharp(rasterise(file, 1, 72)).greyscale().raw().toBuffer({ resolveWithObject: true });
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
