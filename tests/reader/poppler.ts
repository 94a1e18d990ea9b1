// Reads PDFs the way a user's viewer would: through poppler, an independent implementation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function writeTemp(bytes: Uint8Array, name = 'doc.pdf'): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'reader-test-')), name);
  writeFileSync(file, bytes);
  return file;
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** Text of pages first..last (1-based), optionally cropped to a rectangle in pt from the top left. */
export function pdfText(
  file: string,
  opts: { first?: number; last?: number; crop?: { x: number; y: number; w: number; h: number }; layout?: boolean; raw?: boolean } = {},
): string {
  const args = ['-enc', 'UTF-8'];
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  if (opts.layout) args.push('-layout');
  if (opts.raw) args.push('-raw');
  if (opts.crop) {
    const { x, y, w, h } = opts.crop;
    args.push('-r', '72', '-x', String(Math.floor(x)), '-y', String(Math.floor(y)), '-W', String(Math.floor(w)), '-H', String(Math.floor(h)));
  }
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

/** pdftotext's word boxes (-bbox) of one page, as its XHTML: `<word xMin=… yMin=… xMax=… yMax=…>text</word>` in pt. */
export function pdfBoundingBoxes(file: string, page: number): string {
  return execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/** The text of each page, split on poppler's form feeds. */
export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** Outline (bookmark) entries as poppler reads them (pdftohtml -xml): title and 1-based target page. */
export function pdfOutline(file: string): Array<{ title: string; page: number }> {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const decode = (t: string) =>
    t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<item(?: page="(\d+)")?>([^<]*)<\/item>/g)].map((m) => ({
    title: decode(m[2]).trim(),
    page: Number(m[1] ?? 0),
  }));
}

/** RGB pixels of one page rendered by pdftoppm at a low resolution. */
export function renderPage(file: string, page: number, dpi = 30): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], {
    maxBuffer: 64 << 20,
  });
  // Binary PPM: "P6\n<w> <h>\n255\n" then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}
