import { PDFArray, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import type { PageLabelRange } from '../model/pages.ts';
import { pdfText } from './pdf-text.ts';

const STYLE = { decimal: 'D', roman: 'r' } as const;

/** /PageLabels number tree: e.g. i, ii for the front matter, then 1, 2, … for the stories. */
export function writePageLabels(pdfDoc: PDFDocument, ranges: PageLabelRange[]): void {
  if (ranges.length === 0) return;
  const { context } = pdfDoc;
  const nums = PDFArray.withContext(context);
  for (const range of [...ranges].sort((a, b) => a.startPage - b.startPage)) {
    const label = context.obj({});
    if (range.style !== 'none') label.set(PDFName.of('S'), PDFName.of(STYLE[range.style]));
    if (range.first !== undefined && range.first !== 1) label.set(PDFName.of('St'), context.obj(range.first));
    if (range.prefix) label.set(PDFName.of('P'), pdfText(range.prefix));
    nums.push(PDFNumber.of(range.startPage));
    nums.push(label);
  }
  pdfDoc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: nums }));
}
