import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LaidOutDocument } from '../../../src/typeset/model/pages.ts';
import { defaultFontConfig, loadFontSet, writePdf, type FontSet } from '../../../src/typeset/render/index.ts';
import { pageText, pdffonts, pdfinfo, poppler, rasterise } from './poppler.ts';
import sharp from 'sharp';
import { FALLBACK_LINE, makeImages, PAGE_TEXT, sampleDocument, setLine } from './sample-document.ts';

let dir: string;
let fonts: FontSet;
let doc: LaidOutDocument;
let pdf: Uint8Array;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'render-'));
  fonts = await loadFontSet(defaultFontConfig());
  doc = sampleDocument(fonts, await makeImages(path.join(dir, 'images')));
  pdf = await writePdf(doc, fonts);
  file = path.join(dir, 'sample.pdf');
  await writeFile(file, pdf);
});

const HAN_OR_MARK = String.raw`[\p{Script=Han}，。、；：？！“”‘’（）《》…]`;

describe('fonts in the PDF (pdffonts)', () => {
  test('every face is embedded, subset (tagged name) and has a ToUnicode map', () => {
    const rows = pdffonts(file);
    expect(rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
      'NotoSerifSC-Regular',
    ]);
    for (const row of rows) {
      expect(row.name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Bold)$/);
      expect(row).toMatchObject({ type: 'CID TrueType', emb: 'yes', sub: 'yes', uni: 'yes' });
    }
  });

  test('the subset tag depends on the glyph set', async () => {
    const more = structuredClone(doc);
    more.pages[0]!.items.push(setLine(fonts, '增加几个字', 'serif', 12, 56, 500));
    const otherFile = path.join(dir, 'more.pdf');
    await writeFile(otherFile, await writePdf(more, fonts));
    const tag = (f: string) => pdffonts(f).find((r) => r.name.endsWith('NotoSerifSC-Regular'))!.name;
    expect(tag(otherFile)).not.toBe(tag(file));
    expect(pdffonts(otherFile).find((r) => r.name.endsWith('NotoSansSC-Bold'))!.name).toBe(
      pdffonts(file).find((r) => r.name.endsWith('NotoSansSC-Bold'))!.name,
    );
  });
});

describe('text (pdftotext)', () => {
  test('each page extracts as its lines, in order, exactly', () => {
    PAGE_TEXT.forEach((lines, i) => {
      const extra = i === 2 ? [FALLBACK_LINE] : [];
      const text = pageText(file, i + 1);
      // exactly as written: the ¼ em between Chinese and Latin is drawn, but extracts as no space ("在2024年")
      expect(text.split('\n').filter(Boolean)).toEqual([...lines, ...extra]);
    });
  });

  test('no space between Chinese characters or marks, even on a justified line', async () => {
    const justified = setLine(fonts, '禁毒宣传要讲身边的故事，“远离毒品”。', 'serif', 12, 56, 100, 0);
    justified.glyphs.forEach((g, i) => (g.x += i * 0.37 * 12));
    const squeezed = setLine(fonts, '他说：“好。”对！', 'serif', 12, 56, 130, 0);
    let shift = 0;
    for (const g of squeezed.glyphs) {
      g.x -= shift;
      if ('：。'.includes(g.text)) shift += 6; // adjacent marks take 1.5 em, not 2
    }
    const single = { ...doc, pages: [{ width: 419.53, height: 595.28, items: [justified, squeezed] }], outline: [], pageLabels: [] };
    const out = path.join(dir, 'justified.pdf');
    await writeFile(out, await writePdf(single, fonts));
    const text = pageText(out, 1);
    expect(text.split('\n').filter(Boolean)).toEqual(['禁毒宣传要讲身边的故事，“远离毒品”。', '他说：“好。”对！']);
    expect(text).not.toMatch(new RegExp(`${HAN_OR_MARK} +${HAN_OR_MARK}`, 'u'));
  });

  test('a line set loose around a tight number extracts with no spaces either', async () => {
    // 0.15 em between Chinese characters but none inside "68%": poppler reads the wide gaps as word spaces
    // unless they are part of the glyphs (widened codes)
    const loose = setLine(fonts, '寓意深远的宣传标语有68%，来自学生', 'serif', 12, 56, 100, 0);
    let shift = 0;
    loose.glyphs.forEach((g, i) => {
      g.x += shift;
      const next = loose.glyphs[i + 1]?.text ?? '';
      if (!/[0-9%]/.test(next) || !/[0-9]/.test(g.text)) shift += 0.15 * 12;
    });
    const single = { ...doc, pages: [{ width: 419.53, height: 595.28, items: [loose] }], outline: [], pageLabels: [] };
    const out = path.join(dir, 'loose.pdf');
    await writeFile(out, await writePdf(single, fonts));
    expect(pageText(out, 1).split('\n').filter(Boolean)).toEqual(['寓意深远的宣传标语有68%，来自学生']);
  });
});

describe('document (pdfinfo)', () => {
  test('page count, size, metadata and dates from the content', () => {
    const info = pdfinfo(file);
    expect(info.Pages).toBe('4');
    expect(info['Page size']).toMatch(/^419\.53 x 595\.28 pts/);
    expect(info.Title).toBe('讲好身边的禁毒故事（示例）');
    expect(info.Author).toBe('邵阳县禁毒协会');
    expect(info.Subject).toBe('禁毒宣传读本');
    expect(info.Keywords).toBe('禁毒 读本 示例');
    expect(info.Creator).toBe('邵阳县禁毒协会发布系统');
    expect(info.CreationDate).toBe('2026-06-26T00:00:00Z');
    expect(info.ModDate).toBe('2026-06-26T00:00:00Z');
  });

  test('the same document gives byte-identical PDFs, with a content-derived /ID', async () => {
    const again = await writePdf(sampleDocument(fonts, await makeImages(path.join(dir, 'images'))), fonts);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
    const id = (bytes: Uint8Array) => /\/ID \[ <([0-9A-F]+)>/i.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(pdf)).toMatch(/^[0-9A-F]{32}$/i);
    const changed = structuredClone(doc);
    changed.info.title = '另一个标题';
    expect(id(await writePdf(changed, fonts))).not.toBe(id(pdf));
  });

  test('catalog: /Lang zh-CN, page labels i, ii, 1, 2 and a two-level outline with destinations', async () => {
    const parsed = await PDFDocument.load(pdf, { updateMetadata: false });
    const catalog = parsed.catalog;
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN');

    const nums = catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    expect(nums.size()).toBe(4);
    expect(nums.lookup(0, PDFNumber).asNumber()).toBe(0);
    expect(nums.lookup(1, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('r'));
    expect(nums.lookup(2, PDFNumber).asNumber()).toBe(2);
    expect(nums.lookup(3, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('D'));

    const pageRefs = parsed.getPages().map((p) => p.ref);
    type Node = { title: string; page: number; top: number; children: Node[] };
    const readLevel = (parent: PDFDict): Node[] => {
      const nodes: Node[] = [];
      let ref = parent.get(PDFName.of('First'));
      while (ref instanceof PDFRef) {
        const item = parsed.context.lookup(ref, PDFDict);
        const dest = item.lookup(PDFName.of('Dest'), PDFArray);
        nodes.push({
          title: item.lookup(PDFName.of('Title'), PDFHexString).decodeText(),
          page: pageRefs.indexOf(dest.get(0) as PDFRef),
          top: dest.lookup(3, PDFNumber).asNumber(),
          children: readLevel(item),
        });
        ref = item.get(PDFName.of('Next'));
      }
      return nodes;
    };
    const outline = readLevel(catalog.lookup(PDFName.of('Outlines'), PDFDict));
    expect(outline).toEqual([
      { title: '前言（示例）', page: 0, top: 595.28 - 60, children: [] },
      { title: '第一章：村医的一天', page: 2, top: 595.28 - 60, children: [{ title: '出诊', page: 2, top: 595.28 - 100, children: [] }] },
      { title: '第二章：学校里的课', page: 3, top: 595.28 - 60, children: [{ title: 'PDF 课件', page: 3, top: 595.28 - 100, children: [] }] },
    ]);
  });

  test('links: a URL and an internal jump to a page', async () => {
    const parsed = await PDFDocument.load(pdf, { updateMetadata: false });
    const [first, , , fourth] = parsed.getPages();
    const annots = first!.node.lookup(PDFName.of('Annots'), PDFArray);
    expect(annots.size()).toBe(2);
    const url = annots.lookup(0, PDFDict);
    expect(url.get(PDFName.of('Subtype'))).toBe(PDFName.of('Link'));
    expect(url.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFHexString).decodeText()).toBe('https://example.org/示例');
    const rect = url.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
    expect(rect).toEqual([56, 595.28 - 116, 256, 595.28 - 100]);
    const internal = annots.lookup(1, PDFDict).lookup(PDFName.of('Dest'), PDFArray);
    expect(internal.get(0)).toBe(fourth!.ref);
  });
});

describe('images and colour (pdfimages)', () => {
  test('the JPEG goes in as DCT at 300 dpi, PNGs losslessly (not upscaled), transparency as a soft mask', () => {
    const rows = poppler('pdfimages', ['-list', file]).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const images = rows.filter((r) => r[2] === 'image');
    expect(images.map((r) => [r[3], r[4], r[5], r[8]])).toEqual([
      ['625', '417', 'rgb', 'jpeg'],
      ['400', '300', 'rgb', 'image'],
      ['120', '120', 'rgb', 'image'],
    ]);
    expect(rows.filter((r) => r[2] === 'smask').map((r) => [r[3], r[4], r[5]])).toEqual([['120', '120', 'gray']]);
    expect(Number(images[0]![12])).toBeCloseTo(300, -1);
  });

  test('a grayscale document draws gray text colours and gray images', async () => {
    const gray = { ...sampleDocument(fonts, await makeImages(path.join(dir, 'images'))), grayscale: true };
    const out = path.join(dir, 'gray.pdf');
    await writeFile(out, await writePdf(gray, fonts));
    const rows = poppler('pdfimages', ['-list', out]).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    expect(rows.map((r) => r[5])).toEqual(['gray', 'gray', 'gray', 'gray']);
    // rasterised, no pixel of the grayscale page has colour; the colour page does
    expect(await colouredPixels(out)).toBe(0);
    expect(await colouredPixels(file)).toBeGreaterThan(1000);
  });
});

async function colouredPixels(pdfFile: string): Promise<number> {
  const { data, info } = await sharp(await rasterise(pdfFile, 1, 72)).raw().toBuffer({ resolveWithObject: true });
  let coloured = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.max(Math.abs(data[i]! - data[i + 1]!), Math.abs(data[i + 1]! - data[i + 2]!)) > 2) coloured++;
  }
  return coloured;
}
