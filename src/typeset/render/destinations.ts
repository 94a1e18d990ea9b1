import { PDFNull, type PDFArray, type PDFDocument, type PDFRef } from 'pdf-lib';

/** An explicit destination: the page, scrolled so `y` (from the page top) is at the top of the window. */
export function destination(pdfDoc: PDFDocument, pageRefs: PDFRef[], pageHeights: number[], page: number, y: number): PDFArray {
  const ref = pageRefs[page];
  if (!ref) throw new Error(`目标页 ${page + 1} 不存在：文档只有 ${pageRefs.length} 页`);
  return pdfDoc.context.obj([ref, 'XYZ', PDFNull, Math.round((pageHeights[page]! - y) * 100) / 100, PDFNull]);
}
