/**
 * The output half of the typesetting engine: fonts (loading, measuring, fallback) and the PDF writer.
 *
 * - `defaultFontConfig()`: serif / serif-bold (Noto Serif SC), sans / sans-bold (Noto Sans SC) from the pinned
 *   @expo-google-fonts packages; roles body=serif, bold=serif-bold, heading=sans-bold, quote=serif (no OFL Kai
 *   ships on npm as TrueType), code=sans; fallback serif → sans.
 * - `loadFontSet(config)` → FontSet (a Measurer): `resolve(grapheme, preferred)` is the preferred face, else the
 *   first fallback face whose cmap has every drawn code point, else undefined; `advance()` from hmtx, cached.
 *   `resolveOrThrow(fonts, grapheme, preferred, source)` turns undefined into a MissingCharacterError naming the
 *   character, its code point (U+XXXX), file and line.
 * - `writePdf(doc, fonts)`: the laid-out document as PDF bytes, byte-identical for the same input.
 * - `prepareSubsetting(fonts)`: starts the font subsetting thread (harfbuzz) early, e.g. while laying out.
 *
 * What the writer expects of a LaidOutDocument (units pt, y from the page top):
 * - A 'glyphs' item is one baseline: its glyphs are drawn in the order given (reading order) at their x, in a
 *   font that has them (use resolve/resolveOrThrow first; a glyph the font lacks is an error). Draw word spaces
 *   between Latin words as ' ' glyphs. Text far apart on one baseline (leaders, folios) can be separate items.
 * - rect, image and link boxes are given by their top-left corner (x, y) and width/height; rules by endpoints.
 * - Outline and internal link destinations are (page index, y from top). Page labels are ranges from startPage.
 * - `grayscale: true` on the document converts every colour and image to gray.
 * Text extracts as written, with no spaces the source does not have: poppler reads a gap over ~0.1 em as a space,
 * so the ¼ em between Chinese and Latin, and the gaps of a very loose line, are drawn as part of the glyph before
 * them (widened codes, font-encoding.ts) rather than as gaps.
 */
export { defaultFontConfig } from './default-fonts.ts';
export { loadFontSet, FontSet } from './font-set.ts';
export { MissingCharacterError, resolveOrThrow } from './missing-character.ts';
export { prepareSubsetting } from './font-subsets.ts';
export { writePdf } from './write-pdf.ts';
