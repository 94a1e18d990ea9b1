/**
 * npm run bench:pdf-breakdown [file.pdf] — where the bytes of a PDF go, by kind of object: each font program,
 * content streams, ToUnicode and encoding CMaps, CIDToGIDMaps, images, and the rest (dictionaries packed in
 * object streams, the cross-reference stream, object headers). Default file: the one `npm run bench:pdf`
 * writes. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
