import { createHash } from 'node:crypto';
import * as fontkit from 'fontkit';
import type { LaidOutDocument } from '../model/pages.ts';
import { drawnCodePoints, formatCodePoint } from './code-points.ts';
import { CodePointUsage } from './font-encoding.ts';
import type { FontSet } from './font-set.ts';
import { subsetter } from './subsetter.ts';

/** One face cut down to the code points the document draws, with its own (renumbered) glyph ids. */
export interface FontSubset {
  fontId: string;
  /** `ABCDEF+NotoSerifSC-Regular`: the tag is derived from the glyph set, so it is stable run to run. */
  name: string;
  bytes: Uint8Array;
  /** `bytes` deflated, for the PDF (made on the subsetting thread). */
  deflated: Uint8Array;
  unitsPerEm: number;
  /** Code point → glyph id in the subset. */
  glyphIds: Map<number, number>;
}

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
  // The subset keeps the glyphs that draw the code points, which for a few marks are their Chinese forms.
  const drawn = [...new Set(sorted.map((cp) => face.drawingCodePoint(cp)))].sort((a, b) => a - b);
  const { bytes, deflated } = await subsetter.subset(face.file, drawn);
  // harfbuzz renumbers glyphs: read the subset's own cmap.
  const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const glyphIds = new Map<number, number>();
  for (const cp of sorted) {
    const gid = font._cmapProcessor.lookup(face.drawingCodePoint(cp));
    if (!gid) throw new Error(`字体子集缺少 ${formatCodePoint(cp)}（${face.file}）：harfbuzz 的输出不完整`);
    glyphIds.set(cp, gid);
  }
  return {
    fontId,
    name: `${subsetTag(face.postscriptName, drawn)}+${face.postscriptName}`,
    bytes,
    deflated,
    unitsPerEm: font.unitsPerEm,
    glyphIds,
  };
}

/** Starts the subsetting thread, e.g. while the book is being laid out. */
export function prepareSubsetting(): void {
  subsetter.prepare();
}
