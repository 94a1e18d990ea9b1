import { Duplex, PDFDocument, PDFName, PDFString, PrintScaling, type PDFEmbeddedPage } from 'pdf-lib';
import { MM } from './points.ts';

/** 1-based page number of the source book, or null for an intentional blank. */
export type SlotPage = number | null;

export interface BookletSheet {
  front: [left: SlotPage, right: SlotPage];
  back: [left: SlotPage, right: SlotPage];
}

/**
 * The reading order after padding to a multiple of 4: blanks go just before the last page when
 * `keepLastPage` is set (the back cover must stay the outside of the booklet), otherwise at the end.
 */
export function paddedOrder(pageCount: number, keepLastPage: boolean): SlotPage[] {
  if (pageCount < 1) throw new Error('小册子拼版：源文件没有页面。');
  const total = Math.ceil(pageCount / 4) * 4;
  const blanks: SlotPage[] = Array.from({ length: total - pageCount }, () => null);
  const pages: SlotPage[] = Array.from({ length: pageCount }, (_, i) => i + 1);
  if (keepLastPage && pageCount > 1) return [...pages.slice(0, -1), ...blanks, pageCount];
  return [...pages, ...blanks];
}

/**
 * Saddle-stitch order for 2-up duplex printing with short-edge flip. For a padded book of n
 * pages, sheet k (from 0) carries front [n-2k, 1+2k] and back [2+2k, n-1-2k]; stacking the sheets
 * in order, folding once and stapling gives pages 1…n.
 */
export function bookletSheets(pageCount: number, keepLastPage: boolean): BookletSheet[] {
  const order = paddedOrder(pageCount, keepLastPage);
  const n = order.length;
  const at = (p: number) => order[p - 1];
  return Array.from({ length: n / 4 }, (_, k) => ({
    front: [at(n - 2 * k), at(1 + 2 * k)],
    back: [at(2 + 2 * k), at(n - 1 - 2 * k)],
  }));
}

export interface BookletOptions {
  /** Keep the source's last page (the back cover) last, padding before it. */
  keepLastPage: boolean;
  title: string;
  /** Used for the PDF dates, so output is byte-identical for the same input. */
  date: Date;
}

export interface Booklet {
  pdf: Uint8Array;
  sheets: BookletSheet[];
}

/** Landscape paper sizes (pt) a spread may be centred on, so printers and print dialogs see a size they stock. */
const STANDARD_SHEETS = [
  { width: 297 * MM, height: 210 * MM }, // A4
  { width: 420 * MM, height: 297 * MM }, // A3
];
/** How far a spread may fall short of a standard sheet and still be centred on it: two A5 pages are 296 mm. */
const SHEET_TOLERANCE = 2 * MM;

/** The sheet a spread of two pages goes on: the standard size it nearly fills, or the spread itself. */
export function sheetFor(pageWidth: number, pageHeight: number): { width: number; height: number } {
  const spread = { width: 2 * pageWidth, height: pageHeight };
  const fits = (sheet: { width: number; height: number }) =>
    sheet.width >= spread.width - 0.01 && sheet.height >= spread.height - 0.01 && sheet.width - spread.width <= SHEET_TOLERANCE && sheet.height - spread.height <= SHEET_TOLERANCE;
  return STANDARD_SHEETS.find(fits) ?? spread;
}

/**
 * Imposes a PDF of equal-sized pages 2-up, centred on a landscape sheet (A5 pages → A4), preset for duplex
 * printing with short-edge flip at actual size: a print dialog that scaled the sheet to fit would shrink the
 * type and shift the fold.
 */
export async function imposeBooklet(source: Uint8Array, options: BookletOptions): Promise<Booklet> {
  const src = await PDFDocument.load(source, { updateMetadata: false });
  const srcPages = src.getPages();
  const { width, height } = srcPages[0].getSize();
  for (const [i, page] of srcPages.entries()) {
    const size = page.getSize();
    if (Math.abs(size.width - width) > 0.5 || Math.abs(size.height - height) > 0.5) {
      throw new Error(`小册子拼版：第 ${i + 1} 页的尺寸与第 1 页不同，无法拼版。`);
    }
  }
  const sheets = bookletSheets(srcPages.length, options.keepLastPage);
  const out = await PDFDocument.create({ updateMetadata: false });
  // A page with no content stream (a blank the engine left empty) has nothing to place.
  // One embedPages call shares one object copier, so the fonts are copied once, not once per page.
  const withContent = srcPages.map((page, i) => ({ page, number: i + 1 })).filter(({ page }) => page.node.Contents());
  const forms = await out.embedPages(withContent.map(({ page }) => page));
  const embedded = new Map<number, PDFEmbeddedPage>(withContent.map(({ number }, i) => [number, forms[i]]));
  const paper = sheetFor(width, height);
  const left = (paper.width - 2 * width) / 2;
  const bottom = (paper.height - height) / 2;
  const place = (sheet: ReturnType<typeof out.addPage>, slot: SlotPage, x: number) => {
    const page = slot === null ? undefined : embedded.get(slot);
    if (page) sheet.drawPage(page, { x, y: bottom, width, height });
  };
  for (const sheet of sheets) {
    for (const side of [sheet.front, sheet.back]) {
      const page = out.addPage([paper.width, paper.height]);
      place(page, side[0], left);
      place(page, side[1], left + width);
    }
  }
  const preferences = out.catalog.getOrCreateViewerPreferences();
  preferences.setDuplex(Duplex.DuplexFlipShortEdge);
  preferences.setPrintScaling(PrintScaling.None);
  out.setTitle(`${options.title}（骑马订小册子，双面打印选“短边翻转”）`, { showInWindowTitleBar: true });
  out.setAuthor(src.getAuthor() ?? '');
  out.setSubject('骑马订拼版：每张纸正反两面各两页，双面打印（短边翻转）后整叠对折、骑马订装订。');
  // The same program names as the edition it is imposed from: one system, one name.
  out.setProducer(src.getProducer() ?? '');
  out.setCreator(src.getCreator() ?? '');
  out.setCreationDate(options.date);
  out.setModificationDate(options.date);
  out.catalog.set(PDFName.of('Lang'), PDFString.of('zh-CN'));
  return { pdf: await out.save({ useObjectStreams: false }), sheets };
}
