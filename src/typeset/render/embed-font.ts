import { deflateSync } from 'node:zlib';
import type { PDFContext, PDFDocument, PDFFont, PDFRawStream } from 'pdf-lib';
import type { FontSubset } from './font-subsets.ts';

type FlateStream = (contents: string | Uint8Array, dict?: Record<string, unknown>) => PDFRawStream;

/**
 * Embeds a harfbuzz subset through pdf-lib (upstream fontkit registered, `subset: false`, so pdf-lib writes the
 * file as given, with widths and ToUnicode from the subset's own cmap) under our tagged, reproducible name.
 */
export async function embedSubset(pdfDoc: PDFDocument, subset: FontSubset): Promise<PDFFont> {
  const font = await pdfDoc.embedFont(subset.bytes, { subset: false, customName: subset.name });
  // pdf-lib would build a fontkit glyph object per glyph to read its advance; we have them from hmtx already.
  (font as unknown as { embedder: { computeWidths(): Array<number | number[]> } }).embedder.computeWidths = () => widthsArray(subset);
  // Write the font dictionaries now (save() skips fonts already embedded), compressing with zlib.
  await withZlibStreams(pdfDoc.context, subset, () => font.embed());
  return font;
}

/**
 * pdf-lib compresses the font file and its ToUnicode map with pako, which takes about a second for a 1.4 MB
 * CJK subset; node's zlib takes a tenth of that. For the duration of one embed, the context's flateStream
 * uses zlib (and the subset's cached compressed file, with /Length1 as the spec asks for FontFile2).
 */
async function withZlibStreams(context: PDFContext, subset: FontSubset, embed: () => Promise<void>): Promise<void> {
  const own = context as unknown as { flateStream: FlateStream };
  own.flateStream = (contents, dict = {}) => {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
    const isFontFile = bytes.length === subset.bytes.length && Buffer.compare(bytes, subset.bytes) === 0;
    const extra = isFontFile ? { Length1: bytes.length } : {};
    return context.stream(isFontFile ? compressedFontFile(subset) : deflateSync(bytes), { ...dict, ...extra, Filter: 'FlateDecode' } as never);
  };
  try {
    await embed();
  } finally {
    delete (own as Partial<typeof own>).flateStream;
  }
}

/** The CIDFont /W array (CID = glyph id): runs of consecutive glyphs, widths in 1/1000 em. */
export function widthsArray(subset: FontSubset): Array<number | number[]> {
  const scale = 1000 / subset.unitsPerEm;
  const gids = [...subset.advances.keys()].sort((a, b) => a - b);
  const out: Array<number | number[]> = [];
  let run: number[] = [];
  gids.forEach((gid, i) => {
    if (i === 0 || gid !== gids[i - 1]! + 1) {
      if (run.length) out.push(run);
      out.push(gid);
      run = [];
    }
    run.push(subset.advances.get(gid)! * scale);
  });
  if (run.length) out.push(run);
  return out;
}

/** Compressed once per subset: the subset objects are themselves cached across writes (font-subsets.ts). */
const compressed = new WeakMap<FontSubset, Uint8Array>();

function compressedFontFile(subset: FontSubset): Uint8Array {
  let bytes = compressed.get(subset);
  if (!bytes) {
    bytes = deflateSync(subset.bytes);
    compressed.set(subset, bytes);
  }
  return bytes;
}
