import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFFont } from 'pdf-lib';
import type { FontSubset } from './font-subsets.ts';

/**
 * Embeds a harfbuzz subset through pdf-lib (upstream fontkit registered, `subset: false`, so pdf-lib writes the
 * file as given, with widths and ToUnicode from the subset's own cmap) under our tagged, reproducible name.
 */
export async function embedSubset(pdfDoc: PDFDocument, subset: FontSubset): Promise<PDFFont> {
  const font = await pdfDoc.embedFont(subset.bytes, { subset: false, customName: subset.name });
  // Write the font dictionaries now (save() skips fonts already embedded) so the font file stream can be
  // swapped for one compressed by zlib: pdf-lib's pako takes several times longer on a megabyte of glyphs.
  await font.embed();
  replaceFontFile(pdfDoc, font.ref, subset.bytes);
  return font;
}

function replaceFontFile(pdfDoc: PDFDocument, type0Ref: PDFRef, bytes: Uint8Array): void {
  const { context } = pdfDoc;
  const type0 = context.lookup(type0Ref, PDFDict);
  const cidFont = context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
  const descriptor = context.lookup(cidFont.get(PDFName.of('FontDescriptor')), PDFDict);
  const fileRef = descriptor.get(PDFName.of('FontFile2'));
  if (!(fileRef instanceof PDFRef)) throw new Error('pdf-lib did not write a FontFile2 stream for a TrueType subset');
  const compressed = deflateSync(bytes);
  const dict = context.obj({ Filter: 'FlateDecode', Length: compressed.length, Length1: bytes.length });
  context.assign(fileRef, PDFRawStream.of(dict, compressed));
}
