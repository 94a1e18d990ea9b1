import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFPage, type PDFRef } from 'pdf-lib';
import type { LaidOutDocument, LaidOutPage } from '../model/pages.ts';
import { writeDocumentId, writeDocumentInfo } from './document-info.ts';
import { embedSubset } from './embed-font.ts';
import { ContentStreams } from './content-streams.ts';
import type { FontSet } from './font-set.ts';
import { assignCodes, type FontEncoding } from './font-encoding.ts';
import { collectCodePoints, subsetFace } from './font-subsets.ts';
import { ImageResources } from './image-resources.ts';
import { addLinkAnnotation } from './links.ts';
import { writeOutline } from './outline.ts';
import { writePageLabels } from './page-labels.ts';
import { imageOperators, rectOperators, ruleOperators } from './shapes.ts';
import { endText, initialTextState, textRunOperators } from './text-run.ts';

interface EmbeddedFont {
  encoding: FontEncoding;
  ref: PDFRef;
  name: string;
}

interface PageContext {
  pdfDoc: PDFDocument;
  fonts: Map<string, EmbeddedFont>;
  images: ImageResources;
  pageRefs: PDFRef[];
  pageHeights: number[];
  grayscale: boolean;
  contentStreams: ContentStreams;
}

/**
 * Laid-out pages → PDF bytes. Fonts are subset to the code points drawn; glyphs go exactly where layout put
 * them, in reading order. Same document in, same bytes out: names, dates and the /ID come from the content.
 * The subsets are made on their own thread while the pages are written (codes come from the full faces).
 */
export async function writePdf(doc: LaidOutDocument, fonts: FontSet): Promise<Uint8Array> {
  const digest = createHash('sha256');
  const pdfDoc = await PDFDocument.create({ updateMetadata: false });

  const { used, usage } = collectCodePoints(doc, fonts);
  // In id order, so object numbers do not depend on which font a page happens to use first.
  const fontIds = [...used.keys()].sort();
  const subsets = fontIds.map((fontId) => subsetFace(fonts, fontId, used.get(fontId)!));
  // Until they are awaited below, a failed subset must not count as an unhandled rejection.
  for (const subset of subsets) subset.catch(() => {});
  const embedded = new Map<string, EmbeddedFont>();
  for (const fontId of fontIds) {
    const encoding = assignCodes(fontId, fonts.face(fontId), used.get(fontId)!, usage);
    embedded.set(fontId, { encoding, ref: pdfDoc.context.nextRef(), name: `F${embedded.size + 1}` });
  }

  const pages = appendPages(pdfDoc, doc.pages);
  const context: PageContext = {
    pdfDoc,
    fonts: embedded,
    images: new ImageResources(pdfDoc, (bytes) => digest.update(bytes)),
    pageRefs: pages.map((page) => page.ref),
    pageHeights: doc.pages.map((page) => page.height),
    grayscale: doc.grayscale ?? false,
    contentStreams: new ContentStreams(pdfDoc.context),
  };
  for (let i = 0; i < pages.length; i++) {
    const content = await drawPage(context, doc.pages[i]!, pages[i]!, i);
    digest.update(content);
    // Now and then let the subsetting thread's replies in: the thread ends with its last reply, and its memory
    // (harfbuzz's, some 90 MB) is better given back while pages are drawn than kept until they all are.
    if (i % 16 === 15) await new Promise(setImmediate);
  }

  await context.contentStreams.done();

  writeOutline(pdfDoc, doc.outline, context.pageRefs, context.pageHeights);
  writePageLabels(pdfDoc, doc.pageLabels);
  writeDocumentInfo(pdfDoc, doc.info);
  for (const [i, fontId] of fontIds.entries()) {
    const subset = await subsets[i]!;
    const font = embedded.get(fontId)!;
    embedSubset(pdfDoc, font.ref, font.encoding, subset);
    digest.update(subset.name).update(subset.bytes);
  }
  digest.update(JSON.stringify([doc.info, doc.outline, doc.pageLabels, doc.pages.map((p) => [p.width, p.height])]));
  writeDocumentId(pdfDoc, digest.digest('hex'));

  return pdfDoc.save({ useObjectStreams: true, addDefaultPage: false, objectsPerTick: Infinity, updateFieldAppearances: false });
}

/**
 * Empty pages appended in order. pdf-lib's addPage walks the whole page tree for every insertion (quadratic: a
 * third of a second for a 500-page book); appending to the root's Kids is all a book needs. The MediaBox is set
 * directly: `setSize` would also look up and compare the four other page boxes, which a new page does not have.
 */
function appendPages(pdfDoc: PDFDocument, sizes: Array<{ width: number; height: number }>): PDFPage[] {
  const rootRef = pdfDoc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const root = pdfDoc.catalog.Pages();
  return sizes.map(({ width, height }) => {
    const page = PDFPage.create(pdfDoc);
    page.setMediaBox(0, 0, width, height);
    root.pushLeafNode(page.ref);
    page.node.setParent(rootRef);
    return page;
  });
}

/** Draws one page's items in order into a single content stream; returns the stream text. */
async function drawPage(context: PageContext, page: LaidOutPage, pdfPage: PDFPage, index: number): Promise<string> {
  const { pdfDoc, grayscale } = context;
  const node = pdfPage.node;
  let content = '';
  const textState = initialTextState();
  // pdf-lib re-normalises the page dictionary on every resource call: register each font once per page.
  const pageFonts = new Set<string>();
  for (const item of page.items) {
    switch (item.kind) {
      case 'glyphs': {
        const font = context.fonts.get(item.font);
        if (!font) continue; // a run with no glyphs drew no code points
        if (!pageFonts.has(font.name)) {
          node.setFontDictionary(PDFName.of(font.name), font.ref);
          pageFonts.add(font.name);
        }
        content += textRunOperators(item, font.encoding, font.name, page.height, grayscale, textState);
        break;
      }
      case 'rule':
        content += endText(textState) + ruleOperators(item, page.height, grayscale);
        break;
      case 'rect':
        content += endText(textState) + rectOperators(item, page.height, grayscale);
        break;
      case 'image': {
        const image = await context.images.get(item.path, item.width, item.height, item.grayscale || grayscale);
        node.setXObject(PDFName.of(image.name), image.ref);
        content += endText(textState) + imageOperators(item, image.name, page.height);
        break;
      }
      case 'link':
        node.addAnnot(addLinkAnnotation(pdfDoc, context.pageRefs, context.pageHeights, index, item));
        break;
    }
  }
  content += endText(textState);
  if (content) {
    await context.contentStreams.room();
    node.addContentStream(context.contentStreams.add(content));
  }
  return content;
}
