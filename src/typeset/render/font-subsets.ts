import { createHash } from 'node:crypto';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import type { LaidOutDocument } from '../model/pages.ts';
import { drawnCodePoints, formatCodePoint } from './code-points.ts';
import { assignCodes, CodePointUsage, type FontEncoding } from './font-encoding.ts';
import type { FontSet } from './font-set.ts';
import { horizontalAdvances } from './sfnt-metrics.ts';

/** One face cut down to the code points the document draws, with its own (renumbered) glyph ids. */
export interface FontSubset {
  fontId: string;
  /** `ABCDEF+NotoSerifSC-Regular`: the tag is derived from the glyph set, so it is stable run to run. */
  name: string;
  bytes: Uint8Array;
  unitsPerEm: number;
  /** Code point → glyph id in the subset. */
  glyphIds: Map<number, number>;
  /** Glyph id in the subset → advance in font units. */
  advances: Map<number, number>;
}

// We draw by cmap and never shape, so layout tables are dead weight in the PDF; so is hinting (fpgm, prep,
// cvt, gasp and glyph instructions: printers and viewers scale outlines far above hinting sizes).
const UNUSED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'JSTF', 'MATH', 'DSIG', 'gasp', 'vhea', 'vmtx'];

/** Code points drawn per font id, from every glyph run of the document, and how often each is drawn. */
export function collectCodePoints(doc: LaidOutDocument, fonts: FontSet): { used: Map<string, Set<number>>; usage: CodePointUsage } {
  const used = new Map<string, Set<number>>();
  const usage = new CodePointUsage();
  // Single BMP characters already checked, per font: the common case, kept off the generic path.
  const seen = new Map<string, Uint8Array>();
  doc.pages.forEach((page, pageIndex) => {
    for (const item of page.items) {
      if (item.kind !== 'glyphs') continue;
      const face = fonts.face(item.font);
      let set = used.get(item.font);
      let seenBmp = seen.get(item.font);
      if (!set || !seenBmp) {
        used.set(item.font, (set = new Set()));
        seen.set(item.font, (seenBmp = new Uint8Array(0x10000)));
      }
      for (const { text } of item.glyphs) {
        if (text.length === 1 && seenBmp[text.charCodeAt(0)]) {
          usage.add(item.font, text.charCodeAt(0));
          continue;
        }
        for (const cp of drawnCodePoints(text)) {
          usage.add(item.font, cp);
          if (face.glyphId(cp) === 0) {
            // Layout must resolve every grapheme (resolveOrThrow) before it places it; this is a bug there.
            throw new Error(
              `第 ${pageIndex + 1} 页：字体 ${item.font}（${face.family}）没有字符“${text}”（${formatCodePoint(cp)}），` +
                `排版时应先用 resolveOrThrow 选出有这个字的字体。`,
            );
          }
          set.add(cp);
        }
        if (text.length === 1) seenBmp[text.charCodeAt(0)] = 1;
      }
    }
  });
  return { used, usage };
}

function glyphSetDigest(postscriptName: string, codePoints: number[]): Buffer {
  return createHash('sha256').update(postscriptName).update(new Uint32Array(codePoints)).digest();
}

/** Six capital letters from a hash of the face and its glyph set (PDF 32000 §9.6.4 subset tag). */
export function subsetTag(postscriptName: string, codePoints: number[]): string {
  const digest = glyphSetDigest(postscriptName, codePoints);
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

// Several editions of one build (and re-runs) often need the same subset: keep the last few.
const subsetCache = new Map<string, Promise<FontSubset>>();
const SUBSET_CACHE_SIZE = 8;

export function subsetFace(fonts: FontSet, fontId: string, codePoints: Set<number>): Promise<FontSubset> {
  const face = fonts.face(fontId);
  const sorted = [...codePoints].sort((a, b) => a - b);
  const key = `${face.file}\0${fontId}\0${glyphSetDigest(face.postscriptName, sorted).toString('hex')}`;
  let subset = subsetCache.get(key);
  if (!subset) {
    subset = makeSubset(fonts, fontId, sorted);
    subsetCache.set(key, subset);
    subset.catch(() => subsetCache.delete(key));
    if (subsetCache.size > SUBSET_CACHE_SIZE) subsetCache.delete(subsetCache.keys().next().value!);
  }
  return subset;
}

async function makeSubset(fonts: FontSet, fontId: string, sorted: number[]): Promise<FontSubset> {
  const face = fonts.face(fontId);
  const bytes = await subsetFont(face.bytes, String.fromCodePoint(...sorted), {
    targetFormat: 'truetype',
    noLayoutClosure: true,
    noHinting: true,
    dropTables: UNUSED_TABLES,
  });
  // harfbuzz renumbers glyphs: read the subset's own cmap and hmtx.
  const font = fontkit.create(bytes);
  const advanceOf = horizontalAdvances(bytes);
  const glyphIds = new Map<number, number>();
  const advances = new Map<number, number>();
  for (const cp of sorted) {
    const gid = font._cmapProcessor.lookup(cp);
    if (!gid) throw new Error(`字体子集缺少 ${formatCodePoint(cp)}（${face.file}）：subset-font 的输出不完整`);
    glyphIds.set(cp, gid);
    advances.set(gid, advanceOf(gid));
  }
  return {
    fontId,
    name: `${subsetTag(face.postscriptName, sorted)}+${face.postscriptName}`,
    bytes,
    unitsPerEm: font.unitsPerEm,
    glyphIds,
    advances,
  };
}

/** Each font the document draws, subset, with its codes for this document (fonts in id order). */
export async function subsetFonts(doc: LaidOutDocument, fonts: FontSet): Promise<Map<string, FontEncoding>> {
  const { used, usage } = collectCodePoints(doc, fonts);
  const encodings = new Map<string, FontEncoding>();
  // Sorted so the embedding order (and so object numbers) does not depend on page order quirks.
  for (const fontId of [...used.keys()].sort()) encodings.set(fontId, assignCodes(await subsetFace(fonts, fontId, used.get(fontId)!), usage));
  return encodings;
}
