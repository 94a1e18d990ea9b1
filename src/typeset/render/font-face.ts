import * as fontkit from 'fontkit';
import { chineseForm } from './chinese-forms.ts';
import { drawnCodePoints, isInvisibleCodePoint } from './code-points.ts';
import { horizontalAdvances } from './sfnt-metrics.ts';
import { readSfntTables } from './sfnt-tables.ts';

/** What measuring reads: the cmap, advances, metrics and names. The outlines stay on disk for the subsetter. */
export const MEASURING_TABLES = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post'];

/**
 * One font file, parsed once: code point → glyph through the cmap, advances straight from hmtx (fontkit's
 * layout() would shape every run and dominates run time for Chinese). Both lookups are cached.
 */
export class LoadedFace {
  readonly file: string;
  readonly family: string;
  /** The file's MEASURING_TABLES as a font file of their own (readSfntTables). */
  readonly tables: Buffer;
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  /** Ascent and descent as fractions of the em (descent negative). */
  readonly ascent: number;
  readonly descent: number;
  private readonly font: fontkit.Font;
  private readonly glyphIds = new Map<number, number>();
  private readonly graphemeAdvances = new Map<string, number>();
  // Layout asks for the same few thousand characters hundreds of thousands of times: single BMP characters
  // (nearly all Chinese text) are cached in a flat table, NaN meaning "not yet looked up".
  private readonly bmpAdvances = new Float64Array(0x10000).fill(NaN);

  constructor(file: string, family: string, tables: Buffer) {
    this.file = file;
    this.family = family;
    this.tables = tables;
    this.font = fontkit.create(tables);
    this.postscriptName = this.font.postscriptName ?? family.replace(/\s+/g, '');
    this.unitsPerEm = this.font.unitsPerEm;
    this.ascent = this.font.ascent / this.unitsPerEm;
    this.descent = this.font.descent / this.unitsPerEm;
    this.glyphAdvance = horizontalAdvances(tables);
  }

  /** Glyph id that draws a code point, 0 (.notdef) when the font lacks it. */
  glyphId(cp: number): number {
    let gid = this.glyphIds.get(cp);
    if (gid === undefined) {
      gid = this.font._cmapProcessor.lookup(this.drawingCodePoint(cp)) ?? 0;
      this.glyphIds.set(cp, gid);
    }
    return gid;
  }

  /** The code point whose glyph draws `cp`: its Chinese form when this face has one (chinese-forms.ts), else itself. */
  drawingCodePoint(cp: number): number {
    const form = chineseForm(cp);
    return form !== undefined && this.font._cmapProcessor.lookup(form) ? form : cp;
  }

  /** True when every drawn code point of the grapheme has a glyph. */
  covers(grapheme: string): boolean {
    for (const cp of drawnCodePoints(grapheme)) if (this.glyphId(cp) === 0) return false;
    return true;
  }

  /** Advance of a glyph in font units. */
  readonly glyphAdvance: (gid: number) => number;

  /** Advance of a grapheme (sum of its drawn glyphs) in ems. */
  advanceEm(grapheme: string): number {
    if (grapheme.length === 1) {
      const code = grapheme.charCodeAt(0);
      let em = this.bmpAdvances[code]!;
      if (Number.isNaN(em)) {
        em = this.glyphAdvance(this.glyphId(code)) / this.unitsPerEm;
        // an invisible code point (variation selector, joiner) draws nothing
        if (isInvisibleCodePoint(code)) em = 0;
        this.bmpAdvances[code] = em;
      }
      return em;
    }
    let em = this.graphemeAdvances.get(grapheme);
    if (em === undefined) {
      let units = 0;
      for (const cp of drawnCodePoints(grapheme)) units += this.glyphAdvance(this.glyphId(cp));
      em = units / this.unitsPerEm;
      this.graphemeAdvances.set(grapheme, em);
    }
    return em;
  }
}

const faceCache = new Map<string, LoadedFace>();

/** Reads and parses a font file once per process (every edition of a build shares it). */
export function loadFace(file: string, family: string): LoadedFace {
  let face = faceCache.get(file);
  if (!face) {
    face = new LoadedFace(file, family, readSfntTables(file, MEASURING_TABLES));
    faceCache.set(file, face);
  }
  return face;
}
