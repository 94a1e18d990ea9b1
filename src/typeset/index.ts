/**
 * The typesetting engine's public door: MD/MDX → book model (parseStory), book model → PDF (typesetBook).
 * Stages: parse → layout (inline: collect → linebreak → justify; flow; pages: run → finalize) → render.
 */
import type { BookInput, TypesetResult } from './model/index.ts';
import { imagePaths, readImageSizes } from './image-sizes.ts';
import { layoutBook } from './layout/index.ts';
import { loadFontSet, prepareSubsetting, writePdf } from './render/index.ts';

export type * from './model/index.ts';
export { parseStory, type ParsedStory } from './parse/index.ts';
/** parseStory for a tree already parsed with the same remark plugins (the content check reuses its own). */
export { storyFromTree } from './parse/index.ts';
export { defaultFontConfig } from './render/index.ts';
/** The face each kind of text is set in, read from a FontConfig (paragraphs and captions: `body`). */
export { bookFonts } from './layout/index.ts';
/** The size captions and bylines are set in for a PageSettings (0.9 of the body, never under its minReadingSize). */
export { smallTextSize } from './layout/frame.ts';
export { TypesetError } from './errors.ts';
/** The fonts of a FontConfig as a Measurer (resolve + advance), for measuring text outside a book (the reader). */
export { loadFontSet } from './render/index.ts';
/** A string's grapheme clusters, as the engine splits text into what it sets. */
export { graphemes } from './text/clusters.ts';
/** Where a line may end between the clusters of one run of text (UAX #14 plus the engine's 禁则 rules). */
export { findBreakOpportunities } from './text/breaks.ts';

export async function typesetBook(input: BookInput): Promise<TypesetResult> {
  const [fonts, images] = await Promise.all([loadFontSet(input.fonts), readImageSizes(imagePaths(input.sections))]);
  prepareSubsetting();
  const { doc, storyPages } = layoutBook(input, fonts, images);
  const pdf = await writePdf(doc, fonts);
  return { pdf, pageCount: doc.pages.length, storyPages };
}
