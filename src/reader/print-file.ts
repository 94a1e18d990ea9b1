import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { extendEdgeFills, type Box } from './bleed-fills.ts';
import { round2 } from './points.ts';
import { PRINT_GEOMETRY, trimMarkOperators, type MarkInk } from './trim-marks.ts';

export interface PrintFileOptions {
  title: string;
  ink: MarkInk;
}

export interface PrintFile {
  pdf: Uint8Array;
  /** Filled rectangles carried out to the bleed edge, per page (1-based page → count), pages with none left out. */
  bleedFills: Record<number, number>;
}

/** The page's content streams, decoded and joined in order (PDF reads them as one stream). */
function pageContent(doc: PDFDocument, page: PDFPage): { refs: PDFRef[]; text: string } {
  const contents = page.node.get(PDFName.of('Contents'));
  const list = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const refs = list.filter((r): r is PDFRef => r instanceof PDFRef);
  const text = refs
    .map((ref) => {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) throw new Error(`印厂版：页面内容 ${ref.toString()} 不是数据流。`);
      return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    })
    .join('\n');
  return { refs, text };
}

/**
 * The print shop's file (印厂版) of a finished book: each page keeps its size as the TrimBox and its content
 * where it was; the MediaBox grows around it (a negative origin, so links, outline targets and every
 * coordinate stay valid) to hold a 3 mm BleedBox and corner trim marks outside the bleed. Colour filled
 * to the trim (the cover's background) is carried out to the bleed edge.
 */
export async function makePrintFile(source: Uint8Array, options: PrintFileOptions): Promise<PrintFile> {
  const doc = await PDFDocument.load(source, { updateMetadata: false });
  const { bleed, slug } = PRINT_GEOMETRY;
  const bleedFills: Record<number, number> = {};
  // The book's content is wrapped in q … Q, so a graphics state it leaves set cannot reach the marks.
  // Pages of one size share one stream of marks, and every page the one `q`.
  const open = doc.context.register(doc.context.stream('q\n'));
  const marks = new Map<string, PDFRef>();
  for (const [i, page] of doc.getPages().entries()) {
    const { x, y, width, height } = page.getMediaBox();
    const trim: Box = { left: x, bottom: y, right: x + width, top: y + height };
    const { refs, text } = pageContent(doc, page);
    const { content, extended } = extendEdgeFills(text, trim, bleed);
    if (extended > 0) bleedFills[i + 1] = extended;
    const body = extended > 0 ? [doc.context.register(doc.context.flateStream(content))] : refs;
    const key = [x, y, width, height].join(' ');
    if (!marks.has(key)) marks.set(key, doc.context.register(doc.context.flateStream(`\nQ\n${trimMarkOperators(trim, options.ink)}`)));
    page.node.set(PDFName.of('Contents'), doc.context.obj([open, ...body, marks.get(key)!]));
    page.setMediaBox(round2(x - slug), round2(y - slug), round2(width + 2 * slug), round2(height + 2 * slug));
    page.setBleedBox(round2(x - bleed), round2(y - bleed), round2(width + 2 * bleed), round2(height + 2 * bleed));
    page.setTrimBox(x, y, width, height);
  }
  doc.setTitle(`${options.title}（印厂版，含 3 毫米出血和裁切线）`, { showInWindowTitleBar: true });
  return { pdf: await doc.save({ updateFieldAppearances: false }), bleedFills };
}
