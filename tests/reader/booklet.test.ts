import { describe, expect, test } from 'vitest';
import { Duplex, PDFDocument, PrintScaling, StandardFonts } from 'pdf-lib';
import { bookletSheets, imposeBooklet, paddedOrder, sheetFor } from '../../src/reader/booklet.ts';
import { pageCount, pdfBoundingBoxes, pdfInfo, pdfText, writeTemp } from './poppler.ts';

const A5 = { w: 419.53, h: 595.28 };

/** A source book whose pages print their own number, e.g. "PAGE 7", in the middle. */
async function numberedBook(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  doc.setCreator('测试排版引擎');
  doc.setProducer('测试排版引擎（pdf-lib）');
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([A5.w, A5.h]);
    page.drawText(`PAGE ${i}`, { x: 150, y: 300, size: 24, font });
  }
  return doc.save();
}

/** What each half of a sheet side shows, read back through pdftotext with a crop. */
function halves(file: string, sheetPage: number): [string, string] {
  const read = (x: number) =>
    pdfText(file, { first: sheetPage, last: sheetPage, crop: { x, y: 0, w: A5.w, h: A5.h } }).replace(/\s+/g, ' ').trim();
  return [read(0), read(A5.w)];
}

const label = (p: number | null) => (p === null ? '' : `PAGE ${p}`);

describe('booklet order', () => {
  test('8 pages: sheet 1 front [8, 1], back [2, 7]; sheet 2 front [6, 3], back [4, 5]', () => {
    expect(bookletSheets(8, true)).toEqual([
      { front: [8, 1], back: [2, 7] },
      { front: [6, 3], back: [4, 5] },
    ]);
  });

  test('13 pages pad to 16 with the three blanks before the back cover', () => {
    expect(paddedOrder(13, true)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null, null, null, 13]);
    expect(paddedOrder(13, false)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, null, null, null]);
    const sheets = bookletSheets(13, true);
    expect(sheets).toHaveLength(4);
    expect(sheets[0]).toEqual({ front: [13, 1], back: [2, null] });
    expect(sheets[3]).toEqual({ front: [10, 7], back: [8, 9] });
  });

  test('every page appears exactly once and facing halves of each sheet side add up to n+1', () => {
    for (let n = 1; n <= 41; n++) {
      const sheets = bookletSheets(n, true);
      const padded = Math.ceil(n / 4) * 4;
      const slots = sheets.flatMap((s) => [...s.front, ...s.back]);
      expect(slots.filter((p) => p !== null).sort((a, b) => a! - b!)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(slots).toHaveLength(padded);
    }
  });
});

describe('the sheet a spread goes on', () => {
  const MM = 72 / 25.4;
  test('two A5 pages (296 mm) go on A4 landscape (297 mm); two A4 pages fill A3 landscape exactly', () => {
    expect(sheetFor(148 * MM, 210 * MM)).toEqual({ width: 297 * MM, height: 210 * MM });
    expect(sheetFor(210 * MM, 297 * MM)).toEqual({ width: 420 * MM, height: 297 * MM });
  });

  test('a spread far from every standard sheet (two 16开 pages) keeps its own size', () => {
    expect(sheetFor(185 * MM, 260 * MM)).toEqual({ width: 370 * MM, height: 260 * MM });
  });
});

describe.each([
  [8, 8],
  [13, 16],
])('imposing a %i-page book (padded to %i)', (pages, padded) => {
  test('each sheet half shows the right page, read back with poppler', async () => {
    const { pdf, sheets } = await imposeBooklet(await numberedBook(pages), {
      keepLastPage: true,
      title: '测试',
      date: new Date(Date.UTC(2025, 5, 26)),
    });
    const file = writeTemp(pdf);
    expect(pageCount(file)).toBe(padded / 2);
    const info = pdfInfo(file);
    // A4 landscape, which printers stock, with the 296 mm spread centred on it.
    expect(info['Page size']).toMatch(/^841\.89 x 595\.2\d* pts \(A4\)/);
    // The same program names as the edition it is imposed from.
    expect([info.Creator, info.Producer]).toEqual(['测试排版引擎', '测试排版引擎（pdf-lib）']);
    sheets.forEach((sheet, k) => {
      expect(halves(file, 2 * k + 1)).toEqual(sheet.front.map(label));
      expect(halves(file, 2 * k + 2)).toEqual(sheet.back.map(label));
    });
    // The outside of the stack: back cover on the left, page 1 on the right.
    expect(halves(file, 1)).toEqual([`PAGE ${pages}`, 'PAGE 1']);
  });

  test('the pair of pages sits centred on the sheet, and the file asks for short-edge duplex at actual size', async () => {
    const { pdf } = await imposeBooklet(await numberedBook(pages), { keepLastPage: true, title: '测试', date: new Date(Date.UTC(2025, 5, 26)) });
    const file = writeTemp(pdf);
    // Each page prints "PAGE n" 150 pt from its own left edge; the spread is 2.83 pt narrower than the sheet.
    const words = [...pdfBoundingBoxes(file, 1).matchAll(/<word xMin="([\d.]+)"[^>]*>PAGE<\/word>/g)].map((m) => Number(m[1]));
    expect(words).toHaveLength(2);
    expect(words[0]).toBeCloseTo(150 + (841.89 - 2 * A5.w) / 2, 0);
    expect(words[1]).toBeCloseTo(150 + (841.89 - 2 * A5.w) / 2 + A5.w, 0);
    const preferences = (await PDFDocument.load(pdf)).catalog.getOrCreateViewerPreferences();
    expect(preferences.getDuplex()).toBe(Duplex.DuplexFlipShortEdge);
    expect(preferences.getPrintScaling()).toBe(PrintScaling.None);
  });

  test('the same input gives byte-identical output', async () => {
    const src = await numberedBook(pages);
    const opts = { keepLastPage: true, title: '测试', date: new Date(Date.UTC(2025, 5, 26)) };
    const a = await imposeBooklet(src, opts);
    const b = await imposeBooklet(src, opts);
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
  });
});
