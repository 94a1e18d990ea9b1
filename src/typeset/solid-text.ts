import { BLACK, GRAY } from './layout/flow/context.ts';
import type { LaidOutDocument, PageItem } from './model/index.ts';

const isGray = (item: Extract<PageItem, { kind: 'glyphs' }>) =>
  item.color.r === GRAY.r && item.color.g === GRAY.g && item.color.b === GRAY.b;

/**
 * Small type that layout sets grey (running heads, folios, bylines, captions) printed solid black. Village
 * and school lasers print in black and white, and print a grey as a dot screen that breaks up small type.
 * Rules and box tints are not text and keep their shade.
 */
export function printTextSolid(doc: LaidOutDocument): LaidOutDocument {
  for (const page of doc.pages) {
    for (const item of page.items) if (item.kind === 'glyphs' && isGray(item)) item.color = BLACK;
  }
  return doc;
}
