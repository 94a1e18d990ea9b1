// The print shop's file (印厂版) of an edition whose cover is printed in colour to the edge: a TrimBox the size of
// the reading PDF's page, a 3 mm BleedBox the cover colour reaches, hairline trim marks outside the bleed, and
// the book itself unchanged relative to the trim. Read back through poppler (pdfinfo -box, pdftoppm, pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { coverRunsToEdge } from '../../src/reader/assemble-book.ts';
import type { DownloadsManifest } from '../../src/reader/downloads-manifest.ts';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { PRINT_GEOMETRY } from '../../src/reader/trim-marks.ts';
import { pdfOutline, pdfText } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const MM = 72 / 25.4;
const downloads = () => path.join(inject('sampleDist'), 'downloads');

let editions: EditionEntry[];
let manifest: DownloadsManifest;
beforeAll(async () => {
  editions = await loadEditions(root);
  manifest = JSON.parse(readFileSync(path.join(downloads(), 'editions.json'), 'utf8'));
});

type Box = [left: number, bottom: number, right: number, top: number];
/** Every page's boxes as `pdfinfo -box` prints them. */
function pageBoxes(file: string): Array<Record<'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox', Box>> {
  const out = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const pages: Array<Record<string, Box>> = [];
  for (const m of out.matchAll(/^Page\s+(\d+)\s+(\w+Box):\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$/gm)) {
    (pages[Number(m[1]) - 1] ??= {})[m[2]] = [m[3], m[4], m[5], m[6]].map(Number) as Box;
  }
  return pages as Array<Record<'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox', Box>>;
}

interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
  at(x: number, y: number): [number, number, number];
}
function raster(ppm: Buffer): Raster {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const rgb = ppm.subarray(header[0].length);
  const at = (x: number, y: number): [number, number, number] => {
    const i = (Math.round(y) * width + Math.round(x)) * 3;
    return [rgb[i], rgb[i + 1], rgb[i + 2]];
  };
  return { width, height: Number(header[2]), rgb, at };
}
/** Every page rendered by pdftoppm. */
function renderAll(file: string, dpi: number): Raster[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'print-file-test-'));
  execFileSync('pdftoppm', ['-r', String(dpi), file, path.join(dir, 'p')]);
  return readdirSync(dir)
    .sort()
    .map((f) => raster(readFileSync(path.join(dir, f))));
}
const hexRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: number[], b: number[], by: number) => a.every((v, i) => Math.abs(v - b[i]) <= by);

describe('which editions get a print-shop file', () => {
  test('exactly those whose cover is printed in colour to the edge, decided from the edition data', () => {
    for (const e of editions) {
      const print = manifest.editions[e.id].print;
      const file = path.join(downloads(), `${e.id}-print.pdf`);
      if (coverRunsToEdge(e)) {
        expect(print, e.id).not.toBeNull();
        expect(print!.file).toBe(`${e.id}-print.pdf`);
        expect(print!.bytes).toBe(statSync(file).size);
      } else {
        expect(print, e.id).toBeNull();
        expect(() => statSync(file), e.id).toThrow();
      }
    }
    // The sample: the two colour editions bleed; 村民版, grayscale with a white framed cover, does not.
    expect(editions.filter(coverRunsToEdge).map((e) => e.id).sort()).toEqual(['quanxian', 'xiaoxue']);
  });

  test('the rule reads the cover, not the edition name: a grayscale cover is framed on white, a white cover needs no bleed', () => {
    const colour = editions.find((e) => e.id === 'xiaoxue')!;
    const variant = (edition: Partial<EditionEntry['edition']>): EditionEntry => ({ ...colour, edition: { ...colour.edition, ...edition } });
    expect(coverRunsToEdge(colour)).toBe(true);
    expect(coverRunsToEdge(variant({ grayscale: true }))).toBe(false);
    expect(coverRunsToEdge(variant({ cover: { ...colour.edition.cover, background: '#FFFFFF', foreground: '#1F4E79' } }))).toBe(false);
    const cunmin = editions.find((e) => e.id === 'cunmin')!;
    expect(coverRunsToEdge({ ...cunmin, edition: { ...cunmin.edition, grayscale: false } })).toBe(true);
  });
});

describe.each(['quanxian', 'xiaoxue'])('%s-print.pdf, the print shop’s file', (id) => {
  let reading: string;
  let print: string;
  let entry: EditionEntry;
  beforeAll(() => {
    reading = path.join(downloads(), `${id}.pdf`);
    print = path.join(downloads(), `${id}-print.pdf`);
    entry = editions.find((e) => e.id === id)!;
  });

  test('every page: TrimBox = the reading page, BleedBox 3 mm beyond it, MediaBox with room for the marks', () => {
    const readingBoxes = pageBoxes(reading);
    const printBoxes = pageBoxes(print);
    expect(printBoxes.length).toBe(readingBoxes.length);
    printBoxes.forEach((boxes, i) => {
      const trim = readingBoxes[i].MediaBox;
      expect(boxes.TrimBox, `page ${i + 1}`).toEqual(trim);
      const out = (box: Box, by: number) => [trim[0] - box[0], trim[1] - box[1], box[2] - trim[2], box[3] - trim[3]].map((d) => Math.abs(d - by));
      for (const d of out(boxes.BleedBox, 3 * MM)) expect(d, `page ${i + 1} bleed`).toBeLessThan(0.02);
      // Room for marks that end 10 mm past the trim, and the viewer shows the whole sheet.
      for (const d of [trim[0] - boxes.MediaBox[0], trim[1] - boxes.MediaBox[1], boxes.MediaBox[2] - trim[2], boxes.MediaBox[3] - trim[3]]) {
        expect(d).toBeGreaterThanOrEqual(10 * MM + 2);
      }
      expect(boxes.CropBox).toEqual(boxes.MediaBox);
    });
  });

  test('the cover colour fills the bleed; only hairline corner marks lie outside it, starting at least 3 mm past the trim', () => {
    const dpi = 72; // 1 px = 1 pt
    const [cover] = renderAll(print, dpi).slice(0, 1);
    const { slug, bleed, markOffset, markLength } = PRINT_GEOMETRY;
    const [trimW, trimH] = pageBoxes(reading)[0].MediaBox.slice(2);
    const trim = { left: slug, top: slug, right: slug + trimW, bottom: slug + trimH }; // in px from the top left
    const colour = hexRgb(entry.edition.cover.background);
    expect(near(cover.at(trim.left + 5, cover.height / 2), colour, 2)).toBe(true);
    // The bleed band, halfway between trim and bleed edge, on each side and at each corner.
    const mid = bleed / 2;
    const band: Array<[number, number]> = [
      [trim.left - mid, cover.height / 2],
      [trim.right + mid, cover.height / 2],
      [cover.width / 2, trim.top - mid],
      [cover.width / 2, trim.bottom + mid],
      [trim.left - mid, trim.top - mid],
      [trim.right + mid, trim.bottom + mid],
    ];
    for (const [x, y] of band) expect(cover.at(x, y), `bleed at ${x},${y}`).toEqual(cover.at(trim.left + 5, cover.height / 2));
    // Outside the bleed: white, except on the marks, which continue the trim lines from markOffset out.
    const onMark = (x: number, y: number) => {
      const beyond = (v: number, lo: number, hi: number) => Math.max(lo - v, v - hi);
      const dx = beyond(x, trim.left, trim.right);
      const dy = beyond(y, trim.top, trim.bottom);
      const onLine = (v: number, a: number, b: number) => Math.abs(v - a) <= 1 || Math.abs(v - b) <= 1;
      const inRun = (d: number) => d >= markOffset - 1 && d <= markOffset + markLength + 1;
      return (onLine(x, trim.left, trim.right) && inRun(dy)) || (onLine(y, trim.top, trim.bottom) && inRun(dx));
    };
    let markPixels = 0;
    for (let y = 0; y < cover.height; y++) {
      for (let x = 0; x < cover.width; x++) {
        const outside = x < trim.left - bleed - 1 || x > trim.right + bleed + 1 || y < trim.top - bleed - 1 || y > trim.bottom + bleed + 1;
        if (!outside) continue;
        const px = cover.at(x, y);
        if (px.every((v) => v === 255)) continue;
        expect(onMark(x, y), `ink at ${x},${y} outside the bleed is not a trim mark`).toBe(true);
        markPixels++;
      }
    }
    // Eight marks of 5 mm each, drawn as hairlines: at least 8 × 12 px of ink.
    expect(markPixels).toBeGreaterThanOrEqual(8 * 12);
    expect(markOffset).toBeGreaterThanOrEqual(bleed + 2 * MM - 0.01);
    // Each mark is there: ink on the trim line 7 mm past the trim, at all four corners.
    const seven = 7 * MM;
    for (const [x, y] of [
      [trim.left, trim.top - seven], [trim.left - seven, trim.top],
      [trim.right, trim.top - seven], [trim.right + seven, trim.top],
      [trim.left, trim.bottom + seven], [trim.left - seven, trim.bottom],
      [trim.right, trim.bottom + seven], [trim.right + seven, trim.bottom],
    ] as const) {
      const dark = [-1, 0, 1].some((d) => {
        const p = y === trim.top || y === trim.bottom ? cover.at(x, y + d) : cover.at(x + d, y);
        return Math.max(...p) < 200;
      });
      expect(dark, `mark at ${x},${y}`).toBe(true);
    }
  });

  test('inside the trim every page is pixel for pixel the reading PDF’s page', () => {
    const dpi = 36; // the 36 pt slug is 18 whole pixels
    const offset = (PRINT_GEOMETRY.slug * dpi) / 72;
    expect(Number.isInteger(offset)).toBe(true);
    const a = renderAll(reading, dpi);
    const b = renderAll(print, dpi);
    expect(b.length).toBe(a.length);
    a.forEach((page, i) => {
      // The last row and column are partly past the trim: the reading page's edge, the print page's bleed.
      const w = Math.floor((pageBoxes(reading)[0].MediaBox[2] * dpi) / 72);
      const h = Math.floor((pageBoxes(reading)[0].MediaBox[3] * dpi) / 72);
      let differing = 0;
      for (let y = 0; y < h; y++) {
        const rowA = page.rgb.subarray(y * page.width * 3, (y * page.width + w) * 3);
        const rowB = b[i].rgb.subarray(((y + offset) * b[i].width + offset) * 3, ((y + offset) * b[i].width + offset + w) * 3);
        if (!rowA.equals(rowB)) differing++;
      }
      expect(differing, `page ${i + 1}: rows that differ inside the trim`).toBe(0);
    });
  });

  test('pdftotext reads the same text; outline and links point where they did', async () => {
    expect(pdfText(print)).toBe(pdfText(reading));
    expect(pdfOutline(print)).toEqual(pdfOutline(reading));
    const urls = (file: string) => execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' });
    expect(urls(print)).toBe(urls(reading));
    const rects = async (file: string) => {
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      return doc.getPages().map((p) => {
        const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
        return (annots?.asArray() ?? []).map((a) => String(doc.context.lookup(a, PDFDict).get(PDFName.of('Rect'))));
      });
    };
    const links = await rects(reading);
    expect(links.flat().length).toBeGreaterThan(0);
    expect(await rects(print)).toEqual(links);
  });

  test('its title says it is the print shop’s file', () => {
    const title = execFileSync('pdfinfo', [print], { encoding: 'utf8' }).match(/^Title:\s+(.*)$/m)![1];
    expect(title).toContain('印厂版');
    expect(title).toContain('出血');
  });
});
