import subsetFont from 'subset-font';

// We draw by cmap and never shape, so layout tables are dead weight in the PDF; so is hinting (fpgm, prep,
// cvt, gasp and glyph instructions: printers and viewers scale outlines far above hinting sizes).
const UNUSED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'JSTF', 'MATH', 'DSIG', 'gasp', 'vhea', 'vmtx'];

/** A TrueType subset of `font` holding exactly the glyphs of `codePoints` (sorted), made by harfbuzz. */
export function harfbuzzSubset(font: Uint8Array, codePoints: number[]): Promise<Uint8Array> {
  return subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), String.fromCodePoint(...codePoints), {
    targetFormat: 'truetype',
    noLayoutClosure: true,
    noHinting: true,
    dropTables: UNUSED_TABLES,
  });
}

/**
 * Loads and starts harfbuzz ahead of the first subset. subset-font has no call for that alone: asked to subset
 * an empty file, it starts harfbuzz and then rejects the file, which is all this wants (and grows no memory).
 */
export async function loadHarfbuzz(): Promise<void> {
  await harfbuzzSubset(new Uint8Array(0), []).catch(() => {});
}
