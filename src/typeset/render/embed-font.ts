import * as fontkit from 'fontkit';
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { cidToGidMap, encodingCMap, toUnicodeCMap } from './cmap-streams.ts';
import type { FontEncoding } from './font-encoding.ts';
import { deflatedStream, flateStream } from './flate-stream.ts';
import type { FontSubset } from './font-subsets.ts';

/** Most glyphs of a Chinese face are 1 em wide: only the others go in /W. */
const DEFAULT_WIDTH = 1000;

/**
 * Writes a harfbuzz subset as a Type 0 font: a CIDFontType2 (TrueType outlines, /FontFile2) under our tagged,
 * reproducible name, with the document's own encoding CMap, a CIDToGIDMap, /W for the glyphs not 1 em wide,
 * and a ToUnicode map. The Type 0 font dictionary (the pages' resource) goes to `fontRef`, taken earlier so that
 * pages could name it before the subset was made.
 */
export function embedSubset(pdfDoc: PDFDocument, fontRef: PDFRef, encoding: FontEncoding, subset: FontSubset): void {
  const { context } = pdfDoc;
  const stream = (data: Uint8Array | string, dict: Record<string, unknown> = {}) => context.register(flateStream(context, data, dict));
  const identity = () => context.obj({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 });

  const fontFile = context.register(deflatedStream(context, subset.deflated, { Length1: subset.bytes.length }));
  const descriptor = context.register(context.obj({ Type: 'FontDescriptor', FontName: subset.name, ...fontMetrics(subset), FontFile2: fontFile }));
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: subset.name,
      CIDSystemInfo: identity(),
      FontDescriptor: descriptor,
      DW: DEFAULT_WIDTH,
      W: widthsArray(encoding),
      CIDToGIDMap: stream(cidToGidMap(encoding, subsetGlyphIds(encoding, subset))),
    }),
  );
  const cmapName = `${subset.name}-Codes`;
  const cmap = stream(encodingCMap(encoding, cmapName), { Type: 'CMap', CMapName: cmapName, CIDSystemInfo: identity(), WMode: 0 });
  context.assign(
    fontRef,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: subset.name,
      Encoding: cmap,
      DescendantFonts: [cidFont],
      ToUnicode: stream(toUnicodeCMap(encoding)),
    }),
  );
}

/** FontDescriptor metrics in 1/1000 em, from head, hhea, OS/2 and post (as pdf-lib's embedder takes them). */
function fontMetrics(subset: FontSubset): Record<string, unknown> {
  const font = fontkit.create(Buffer.from(subset.bytes.buffer, subset.bytes.byteOffset, subset.bytes.byteLength));
  const scale = (v: number) => Math.round((v * 1000) / subset.unitsPerEm);
  const { minX, minY, maxX, maxY } = font.bbox;
  return {
    Flags: 4, // symbolic: the glyphs are reached through our encoding, not a standard one
    FontBBox: [minX, minY, maxX, maxY].map(scale),
    ItalicAngle: font.italicAngle,
    Ascent: scale(font.ascent),
    Descent: scale(font.descent),
    CapHeight: scale(font.capHeight || font.ascent),
    XHeight: scale(font.xHeight || 0),
    StemV: 0,
  };
}

/** Each slot's glyph in the subset, found through the subset's cmap from the text the slot stands for. */
function subsetGlyphIds(encoding: FontEncoding, subset: FontSubset): number[] {
  return encoding.unicode.map((text, slot) => (slot === 0 ? 0 : subset.glyphIds.get(text.codePointAt(0)!)!));
}

/** The CIDFont /W array: runs of consecutive CIDs whose width is not the default, in 1/1000 em. */
export function widthsArray(encoding: FontEncoding): Array<number | number[]> {
  const { face } = encoding;
  const out: Array<number | number[]> = [];
  let run: number[] | undefined;
  for (let slot = 1; slot < encoding.glyphIds.length; slot++) {
    const cid = encoding.cids[slot]!;
    const width = encoding.widths[slot] ?? Math.round((face.glyphAdvance(encoding.glyphIds[slot]!) * 1000000) / face.unitsPerEm) / 1000;
    if (width === DEFAULT_WIDTH) {
      run = undefined;
      continue;
    }
    if (!run || cid !== encoding.cids[slot - 1]! + 1) out.push(cid, (run = []));
    run.push(width);
  }
  return out;
}
