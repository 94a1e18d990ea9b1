/**
 * npm run bench:pdf-breakdown [file.pdf] — where the bytes of a PDF go, by kind of object: each font program,
 * content streams, ToUnicode and encoding CMaps, CIDToGIDMaps, images, and the rest (dictionaries packed in
 * object streams, the cross-reference stream, object headers). Default file: the one `npm run bench:pdf`
 * writes. Prints figures; asserts nothing.
 *
 * It then prints a floor for any lossless PDF of the same text in the same fonts: the font programs deflated at
 * zlib's best level, plus the information in the text itself (the bench book's characters are drawn independently,
 * so no compressor can store them in fewer bits than their order-0 entropy; for real prose this is not a floor).
 * Running heads and folios, which repeat, are counted as if drawn independently too: some 2 % of the characters.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync, deflateSync, constants } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

const file = process.argv[2] ?? path.join(tmpdir(), 'bench-reader.pdf');
const bytes = readFileSync(file);
const doc = await PDFDocument.load(bytes, { updateMetadata: false });

/** What each stream is, from the dictionaries that point to it. */
const roles = new Map<string, string>();
const name = (dict: PDFDict, key: string) => dict.get(PDFName.of(key))?.toString().slice(1) ?? '';
const mark = (ref: unknown, role: string) => {
  if (ref instanceof PDFRef) roles.set(ref.toString(), role);
};
for (const [, obj] of doc.context.enumerateIndirectObjects()) {
  if (!(obj instanceof PDFDict)) continue;
  const type = name(obj, 'Type');
  if (type === 'FontDescriptor') for (const key of ['FontFile', 'FontFile2', 'FontFile3']) mark(obj.get(PDFName.of(key)), `font program ${name(obj, 'FontName')}`);
  if (type === 'Font') {
    mark(obj.get(PDFName.of('ToUnicode')), 'ToUnicode CMaps');
    mark(obj.get(PDFName.of('Encoding')), 'encoding CMaps');
    mark(obj.get(PDFName.of('CIDToGIDMap')), 'CIDToGIDMaps');
  }
  if (type === 'Page') {
    const contents = obj.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray() : [];
    const resolved = contents instanceof PDFRef ? doc.context.lookup(contents) : undefined;
    for (const ref of resolved instanceof PDFArray ? resolved.asArray() : refs) mark(ref, 'content streams');
  }
}

const totals = new Map<string, { count: number; bytes: number }>();
let inStreams = 0;
for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
  if (!(obj instanceof PDFRawStream)) continue;
  const kind = roles.get(ref.toString()) ?? (name(obj.dict, 'Subtype') === 'Image' ? 'images' : `other streams (${name(obj.dict, 'Type') || '?'})`);
  const total = totals.get(kind) ?? { count: 0, bytes: 0 };
  total.count++;
  total.bytes += obj.contents.length;
  inStreams += obj.contents.length;
  totals.set(kind, total);
}
totals.set('everything else (dictionaries in object streams, xref, headers)', { count: 0, bytes: bytes.length - inStreams });

const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);
console.log(`${file}: ${kb(bytes.length)} KB, ${doc.getPageCount()} pages`);
for (const [kind, { count, bytes: size }] of [...totals].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`${kb(size)} KB  ${((100 * size) / bytes.length).toFixed(1).padStart(5)} %  ${count ? `${count}× ` : ''}${kind}`);
}

/** Bits per character of the text as pdftotext reads it, counting each character's frequency (order-0 entropy). */
function textInformationBytes(pdf: string): { characters: number; distinct: number; bytes: number } {
  const counts = new Map<string, number>();
  let characters = 0;
  for (const ch of execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 })) {
    if (/\s/.test(ch)) continue;
    characters++;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) bits -= count * Math.log2(count / characters);
  return { characters, distinct: counts.size, bytes: Math.ceil(bits / 8) };
}

let fontFloor = 0;
for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
  if (obj instanceof PDFRawStream && roles.get(ref.toString())?.startsWith('font program')) {
    fontFloor += deflateSync(inflateSync(obj.contents), { level: constants.Z_BEST_COMPRESSION }).length;
  }
}
const text = textInformationBytes(file);
const mb = (n: number) => `${(n / 1e6).toFixed(3)} MB`;
console.log(`\nfloor for this text in these fonts, losslessly:`);
console.log(`  font programs at zlib's best level: ${mb(fontFloor)}`);
console.log(`  text: ${text.characters} characters, ${text.distinct} distinct, order-0 entropy ${mb(text.bytes)}`);
console.log(`  sum: ${mb(fontFloor + text.bytes)} (positions, pages, outline, CMaps and cross-references not counted)`);
