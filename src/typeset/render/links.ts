import { PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { PageItem } from '../model/pages.ts';
import { destination } from './destinations.ts';
import { pdfText } from './pdf-text.ts';

type Link = Extract<PageItem, { kind: 'link' }>;

/** A borderless link annotation over the box (top-left corner at x, y from the page top). */
export function addLinkAnnotation(
  pdfDoc: PDFDocument,
  pageRefs: PDFRef[],
  pageHeights: number[],
  pageIndex: number,
  link: Link,
): PDFRef {
  const height = pageHeights[pageIndex]!;
  const rect = [link.x, height - link.y - link.height, link.x + link.width, height - link.y].map((n) => Math.round(n * 100) / 100);
  const target =
    'url' in link.target
      ? { A: { Type: 'Action', S: 'URI', URI: pdfText(link.target.url) } }
      : { Dest: destination(pdfDoc, pageRefs, pageHeights, link.target.page, link.target.y) };
  const annot = pdfDoc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], ...target });
  annot.set(PDFName.of('P'), pageRefs[pageIndex]!);
  return pdfDoc.context.register(annot);
}
