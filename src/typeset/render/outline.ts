import { PDFName, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from '../model/pages.ts';
import { destination } from './destinations.ts';
import { pdfText } from './pdf-text.ts';

/** Writes the bookmarks tree (/Outlines); top-level entries open, deeper levels closed. */
export function writeOutline(pdfDoc: PDFDocument, entries: OutlineEntry[], pageRefs: PDFRef[], pageHeights: number[]): void {
  if (entries.length === 0) return;
  const { context } = pdfDoc;
  const rootRef = context.nextRef();
  const root = context.obj({ Type: 'Outlines' });

  // Only the top level is open, so each level's /Count is just its own number of entries.
  const writeLevel = (parentRef: PDFRef, parent: PDFDict, items: OutlineEntry[]): void => {
    const refs = items.map(() => context.nextRef());
    items.forEach((entry, i) => {
      const dict = context.obj({
        Title: pdfText(entry.title),
        Parent: parentRef,
        Dest: destination(pdfDoc, pageRefs, pageHeights, entry.page, entry.y),
      });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (entry.children.length > 0) {
        writeLevel(refs[i]!, dict, entry.children);
        // A negative count means closed: the reader shows the entry folded.
        dict.set(PDFName.of('Count'), context.obj(-entry.children.length));
      }
      context.assign(refs[i]!, dict);
    });
    parent.set(PDFName.of('First'), refs[0]!);
    parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
  };

  writeLevel(rootRef, root, entries);
  root.set(PDFName.of('Count'), context.obj(entries.length));
  context.assign(rootRef, root);
  pdfDoc.catalog.set(PDFName.of('Outlines'), rootRef);
  pdfDoc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
