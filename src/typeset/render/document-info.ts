import { PDFHexString, type PDFDocument } from 'pdf-lib';
import type { DocumentInfo } from '../model/pages.ts';

export const PRODUCER = '邵阳县禁毒协会排版引擎（pdf-lib 1.17、fontkit 2、HarfBuzz 子集）';

/** Info dictionary and catalog language; dates come from the content so output is reproducible. */
export function writeDocumentInfo(pdfDoc: PDFDocument, info: DocumentInfo): void {
  pdfDoc.setTitle(info.title, { showInWindowTitleBar: true });
  pdfDoc.setAuthor(info.author);
  pdfDoc.setSubject(info.subject);
  pdfDoc.setKeywords(info.keywords);
  pdfDoc.setCreator(info.creator);
  pdfDoc.setProducer(PRODUCER);
  pdfDoc.setCreationDate(info.date);
  pdfDoc.setModificationDate(info.date);
  pdfDoc.setLanguage(info.language);
}

/** The trailer /ID: both halves a digest of the content, never of the clock. */
export function writeDocumentId(pdfDoc: PDFDocument, digestHex: string): void {
  const id = PDFHexString.of(digestHex.slice(0, 32));
  pdfDoc.context.trailerInfo.ID = pdfDoc.context.obj([id, id]);
}
