import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LaidOutDocument, PageItem } from '../../../src/typeset/model/pages.ts';
import { defaultFontConfig, loadFontSet, writePdf, type FontSet } from '../../../src/typeset/render/index.ts';
import { pageText, pdffonts, rasterise } from './poppler.ts';
import { readToUnicode } from './cmap-reader.ts';
import { A5, setLine } from './sample-document.ts';
import sharp from 'sharp';

// A book-like document big enough that the serif face needs two-byte codes: 1,200 distinct characters of
// GB 2312 level 1, the first few much more often than the rest (as in real text), 22 to a line.
const COMMON = (() => {
  const gbk = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xbf; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) out.push(gbk.decode(new Uint8Array([hi, lo])));
  return out.slice(0, 1200);
})();
const LINES = Array.from({ length: 150 }, (_, line) =>
  Array.from({ length: 22 }, (_, k) => {
    const i = line * 22 + k;
    return i % 3 === 0 ? COMMON[i / 3]! : COMMON[(i * 7) % 40]!;
  }).join(''),
);
const LINES_PER_PAGE = 24;

let dir: string;
let fonts: FontSet;
let pdf: Uint8Array;
let file: string;
let parsed: PDFDocument;

function bookDocument(): LaidOutDocument {
  const pages: LaidOutDocument['pages'] = [];
  for (let p = 0; p * LINES_PER_PAGE < LINES.length; p++) {
    const items: PageItem[] = LINES.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE).map((text, i) => setLine(fonts, text, 'serif', 12, 52, 80 + 21 * i));
    items.push(setLine(fonts, `第${p + 1}页`, 'sans-bold', 9, 190, 570));
    pages.push({ ...A5, items });
  }
  return {
    pages,
    outline: [],
    pageLabels: [],
    info: { title: '紧凑输出（示例）', author: '县禁毒协会', subject: '测试', keywords: [], creator: '测试', date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'compact-'));
  fonts = await loadFontSet(defaultFontConfig());
  pdf = await writePdf(bookDocument(), fonts);
  file = path.join(dir, 'book.pdf');
  await writeFile(file, pdf);
  parsed = await PDFDocument.load(pdf, { updateMetadata: false });
});

function stream(ref: unknown): { dict: PDFDict; data: Buffer } {
  let s = parsed.context.lookup(ref as PDFRef);
  if (s instanceof PDFArray) s = s.lookup(0);
  if (!(s instanceof PDFRawStream)) throw new Error(`not a stream: ${String(ref)}`);
  return { dict: s.dict, data: inflateSync(s.contents) };
}

/** Each Type 0 font of the document with its descendant CIDFont and descriptor. */
function type0Fonts(): Array<{ name: string; type0: PDFDict; cidFont: PDFDict; descriptor: PDFDict }> {
  const out = [];
  for (const [, obj] of parsed.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Subtype')) === PDFName.of('Type0')) {
      const cidFont = obj.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      out.push({ name: obj.get(PDFName.of('BaseFont'))!.toString().slice(1), type0: obj, cidFont, descriptor: cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict) });
    }
  }
  return out;
}

function sfntTables(font: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const rec = 12 + 16 * i;
    tables.set(font.toString('latin1', rec, rec + 4), font.subarray(font.readUInt32BE(rec + 8), font.readUInt32BE(rec + 8) + font.readUInt32BE(rec + 12)));
  }
  return tables;
}

describe('the text still reads and looks right', () => {
  test('pdffonts: every face embedded, subset, with ToUnicode; pdftotext: every line exactly', () => {
    const rows = pdffonts(file);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ type: 'CID TrueType', emb: 'yes', sub: 'yes', uni: 'yes' });
    for (let p = 0; p * LINES_PER_PAGE < LINES.length; p++) {
      expect(pageText(file, p + 1).split('\n').filter(Boolean)).toEqual([...LINES.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE), `第${p + 1}页`]);
    }
  });

  test('a page renders its glyphs (ink on every line) without poppler errors', async () => {
    const { data, info } = await sharp(rasterise(file, 5, 100)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const inkRows = new Set<number>();
    for (let y = 0; y < info.height; y++) for (let x = 0; x < info.width; x++) if (data[y * info.width + x]! < 128) inkRows.add(Math.floor(((y / 100) * 72 - 80 + 15) / 21));
    for (let line = 0; line < LINES_PER_PAGE; line++) expect(inkRows.has(line)).toBe(true);
  });
});

describe('compact output (the bench:pdf file size depends on these)', () => {
  test('font programs carry only the tables a CIDFontType2 needs: no hinting, no layout, no vertical metrics', () => {
    for (const { descriptor } of type0Fonts()) {
      const font = stream(descriptor.get(PDFName.of('FontFile2'))).data;
      const tables = sfntTables(font);
      expect([...tables.keys()].sort()).toEqual(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']);
      // no glyph has TrueType instructions
      const head = tables.get('head')!;
      const loca = tables.get('loca')!;
      const glyf = tables.get('glyf')!;
      const longOffsets = head.readInt16BE(50) === 1;
      const numGlyphs = tables.get('maxp')!.readUInt16BE(4);
      for (let g = 0; g < numGlyphs; g++) {
        const start = longOffsets ? loca.readUInt32BE(4 * g) : 2 * loca.readUInt16BE(2 * g);
        const end = longOffsets ? loca.readUInt32BE(4 * g + 4) : 2 * loca.readUInt16BE(2 * g + 2);
        if (end === start) continue;
        const contours = glyf.readInt16BE(start);
        if (contours >= 0) expect(glyf.readUInt16BE(start + 10 + 2 * contours)).toBe(0);
      }
    }
  });

  test('/W lists only the glyphs that are not 1 em wide (/DW 1000)', () => {
    const widthsOf = (cidFont: PDFDict) =>
      cidFont
        .lookup(PDFName.of('W'), PDFArray)
        .asArray()
        .filter((o) => o instanceof PDFArray)
        .flatMap((a) => (a as PDFArray).asArray().map((n) => (n as PDFNumber).asNumber()));
    for (const { cidFont } of type0Fonts()) {
      expect(cidFont.lookup(PDFName.of('DW'), PDFNumber).asNumber()).toBe(1000);
      expect(widthsOf(cidFont)).not.toContain(1000);
    }
    // the folios' digits are narrower than 1 em; the serif body (all Han) needs no /W entry at all
    const sans = type0Fonts().find((f) => f.name.endsWith('NotoSansSC-Bold'))!;
    expect(widthsOf(sans.cidFont).length).toBeGreaterThan(0);
    const serif = type0Fonts().find((f) => f.name.endsWith('NotoSerifSC-Regular'))!;
    expect(widthsOf(serif.cidFont)).toEqual([]);
  });

  test('the serif face uses one-byte codes for its most used glyphs and two-byte codes for the rest', () => {
    const serif = type0Fonts().find((f) => f.name.endsWith('NotoSerifSC-Regular'))!;
    const cmap = stream(serif.type0.get(PDFName.of('Encoding'))).data.toString('latin1');
    expect(cmap).toMatch(/2 begincodespacerange\n<00> <[0-9A-F]{2}>\n<[0-9A-F]{2}00> <FFFF>\nendcodespacerange/);
    // a handful of ranges, not an entry per glyph; each code's CID is the code as a number
    const ranges = [...cmap.matchAll(/^<([0-9A-F]+)> <[0-9A-F]+> (\d+)$/gm)];
    expect(ranges.length).toBeLessThan(60);
    for (const [, lo, cid] of ranges) expect(Number(cid)).toBe(parseInt(lo!, 16));
    // ToUnicode: one range with an array per run of codes, every glyph once
    const toUnicode = readToUnicode(stream(serif.type0.get(PDFName.of('ToUnicode'))).data.toString('latin1'));
    const codes = [...toUnicode.keys()];
    expect(codes.filter((c) => c.length === 2).length).toBeGreaterThan(200);
    expect(codes.filter((c) => c.length === 4).length).toBeGreaterThan(800);
    expect(new Set(toUnicode.values()).size).toBe(toUnicode.size);
    expect(serif.cidFont.get(PDFName.of('CIDToGIDMap'))).toBeInstanceOf(PDFRef);
  });

  test('body text is literal strings of about one byte a character, and lines move by 0 -21 Td in one text object', () => {
    const page = parsed.getPages()[2]!;
    const content = stream(page.node.get(PDFName.of('Contents'))).data.toString('latin1');
    expect(content.match(/BT/g)).toHaveLength(1);
    expect(content.match(/^0 -21 Td$/gm)).toHaveLength(LINES_PER_PAGE - 1);
    expect(content).not.toMatch(/<[0-9a-f]+>/i);
    const strings = content.match(/\((?:[^()\\]|\\.)*\)/g)!.join('');
    const chars = LINES.slice(2 * LINES_PER_PAGE, 3 * LINES_PER_PAGE).join('').length;
    expect(strings.length - 2 * strings.split('(').length).toBeLessThan(1.4 * chars);
  });
});
