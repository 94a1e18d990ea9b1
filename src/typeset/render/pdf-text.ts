import { PDFHexString, PDFString } from 'pdf-lib';

/** A PDF text string: plain ASCII as a literal, anything else as UTF-16BE with BOM. */
export function pdfText(text: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(text) ? PDFString.of(text.replace(/[\\()]/g, (c) => `\\${c}`)) : PDFHexString.fromText(text);
}
