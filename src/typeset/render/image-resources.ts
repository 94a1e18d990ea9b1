import type { PDFDocument, PDFRef } from 'pdf-lib';
import { preparePrintImage } from '../images/index.ts';
import { embedPng } from './png-xobject.ts';

/** Embeds each (file, placed size, gray) once per document; repeated placements share the XObject. */
export class ImageResources {
  private readonly pdfDoc: PDFDocument;
  private readonly onBytes: (bytes: Uint8Array) => void;
  private readonly embedded = new Map<string, Promise<{ ref: PDFRef; name: string }>>();

  constructor(pdfDoc: PDFDocument, onBytes: (bytes: Uint8Array) => void) {
    this.pdfDoc = pdfDoc;
    this.onBytes = onBytes;
  }

  get(path: string, widthPt: number, heightPt: number, grayscale: boolean): Promise<{ ref: PDFRef; name: string }> {
    const key = [path, widthPt, heightPt, grayscale].join('\0');
    let image = this.embedded.get(key);
    if (!image) {
      const name = `Im${this.embedded.size + 1}`;
      image = preparePrintImage(path, { widthPt, heightPt, grayscale }).then(async (prepared) => {
        this.onBytes(prepared.bytes);
        const ref = prepared.format === 'jpeg' ? (await this.pdfDoc.embedJpg(prepared.bytes)).ref : await embedPng(this.pdfDoc, prepared.bytes);
        return { ref, name };
      });
      this.embedded.set(key, image);
    }
    return image;
  }
}
