// The reader breaks and sizes some lines itself (the 版本记录页, the QR address): it must measure them in the
// face and at the size the engine then prints them in. Checked against the glyph boxes MuPDF reads back.
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { colophonLines, lineFit } from '../../src/reader/assemble-book.ts';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { pageSettings } from '../../src/reader/page-settings.ts';
import type { LineFit } from '../../src/reader/qr-card.ts';
import { textWidth } from '../../src/reader/text-width.ts';
import { defaultFontConfig } from '../../src/typeset/index.ts';
import { loadFontSet } from '../../src/typeset/render/index.ts';
import { decodeXml, stextXml } from './mupdf.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

interface PrintedLine {
  text: string;
  fonts: string[];
  size: number;
  /** Runs of one font and size, in order (the QR prompt and the address sharing a line differ in size). */
  runs: Array<{ text: string; size: number }>;
  /** From the left edge of the first glyph to the right edge of the last. */
  width: number;
}

/** Every line of the PDF as MuPDF reads it (mutool draw -F stext): text, fonts, size and inked width. */
function printedLines(file: string, pages?: string): PrintedLine[] {
  const xml = stextXml(file, pages);
  return xml
    .split('<line ')
    .slice(1)
    .map((line) => {
      const fonts = [...line.matchAll(/<font name="([^"]*)" size="([\d.]+)"/g)];
      const chars = [...line.matchAll(/<char quad="([\d.]+) [\d.]+ ([\d.]+) [^"]*"[^>]* c="([^"]*)"/g)];
      const runs = line
        .split('<font ')
        .slice(1)
        .map((f) => ({ text: [...f.matchAll(/ c="([^"]*)"/g)].map((c) => decodeXml(c[1])).join(''), size: Number(/size="([\d.]+)"/.exec(f)![1]) }));
      return {
        text: chars.map((c) => decodeXml(c[3])).join(''),
        fonts: [...new Set(fonts.map((f) => f[1]))],
        size: Number(fonts[0]?.[2] ?? 0),
        runs,
        width: chars.length ? Math.max(...chars.map((c) => Number(c[2]))) - Math.min(...chars.map((c) => Number(c[1]))) : 0,
      };
    });
}

let editions: Map<string, EditionEntry>;
let fits: Map<string, LineFit>;
beforeAll(async () => {
  editions = new Map((await loadEditions(root)).map((e) => [e.id, e]));
  const fonts = defaultFontConfig();
  const measurer = await loadFontSet(fonts);
  fits = new Map([...editions].map(([id, e]) => [id, lineFit(pageSettings(e.edition), fonts, measurer)]));
});

describe.each(['quanxian', 'xiaoxue', 'cunmin'])('%s: lines the reader fits itself', (id) => {
  test('the 版本记录页 lines print in the face the reader measured them in, as wide as it measured them', () => {
    const fit = fits.get(id)!;
    const family = defaultFontConfig().faces[fit.font].family.replace(/ /g, '');
    const squash = (t: string) => t.replace(/[\s　]+/g, '');
    // The lines as the reader wrote them (all but 字数, which this test does not compute, and any line carried over).
    const written = new Map(colophonLines(editions.get(id)!, 0).map((l) => [squash(l), l]));
    const printed = printedLines(pdfOf(id), '2').filter((l) => written.has(squash(l.text)));
    expect(printed.length).toBeGreaterThanOrEqual(6);
    for (const line of printed) {
      expect(line.fonts, line.text).toEqual([expect.stringContaining(family)]);
      expect(line.size, line.text).toBe(fit.bodySize);
      const source = written.get(squash(line.text))!;
      expect(Math.abs(textWidth(source, fit.font, fit.bodySize, fit.measurer) - line.width), line.text).toBeLessThan(0.5);
      expect(line.width, line.text).toBeLessThanOrEqual(fit.measure + 0.05);
    }
  });

  test('the measure the reader fits lines to is the engine’s: full body lines print exactly that long, none longer', () => {
    const fit = fits.get(id)!;
    // Lines ending in a character (a mark set ½ em at a line's end may show its whole em box).
    const widths = printedLines(pdfOf(id))
      .filter((l) => l.size === fit.bodySize && /\p{Script=Han}$/u.test(l.text))
      .map((l) => l.width);
    expect(widths.filter((w) => Math.abs(w - fit.measure) < 0.05).length).toBeGreaterThan(20);
    expect(Math.max(...widths)).toBeLessThan(fit.measure + 0.05);
  });

  test('each QR address (with the prompt when they share a line) prints in the face the reader sized it in, as wide as it measured it', () => {
    const fit = fits.get(id)!;
    const family = defaultFontConfig().faces[fit.font].family.replace(/ /g, '');
    // The address on a line of its own, or after the prompt (A4): the prompt in the caption size, the address smaller.
    // A line of an address broken after a "/" ends in it too (and may hold a segment only).
    const addresses = printedLines(pdfOf(id)).filter((l) => /^(扫码阅读网页版：)?(https:\/\/\S+|[a-z0-9.-]+)\/$/.test(l.text));
    expect(addresses.length).toBeGreaterThanOrEqual(3);
    for (const line of addresses) {
      expect(line.fonts, line.text).toEqual([expect.stringContaining(family)]);
      const prompt = line.runs.find((r) => r.text.startsWith('扫码'));
      if (prompt) expect(prompt.size, line.text).toBe(fit.captionSize);
      const measured = line.runs.reduce((w, r) => w + textWidth(r.text, fit.font, r.size, fit.measurer), 0);
      expect(Math.abs(measured - line.width), line.text).toBeLessThan(0.5);
    }
  });
});
