import { drawnCodePoints, isInvisibleCodePoint } from './code-points.ts';

/** What codes are assigned from: a face's own glyph ids and advances (a LoadedFace). */
export interface GlyphSource {
  unitsPerEm: number;
  /** Glyph id for a code point, 0 when the face lacks it. */
  glyphId(cp: number): number;
  /** Advance of a glyph in font units. */
  glyphAdvance(gid: number): number;
}

/**
 * How one embedded font's glyphs are written in content streams: a variable-length code per glyph, one byte
 * for the most used glyphs of this document and two bytes for the rest (an embedded CMap, PDF 32000 §9.7.5),
 * so that the text, which is most of every page, takes about 1.2 bytes a character before compression instead
 * of Identity-H's 2. Codes avoid the bytes that need escaping in a literal string: `(`, `)`, `\`, CR and LF.
 *
 * A glyph's CID is its code read as a number (code 0x41 is CID 65, code 0xF1 0x05 is CID 61701), so the
 * encoding CMap is a few ranges, and the CIDs lie in the codespace: MuPDF keys its CID → Unicode table by
 * the encoding's codespace and drops any CID outside it. Code 0x00 is not used (CID 0 is .notdef). The
 * CIDToGIDMap stream maps CIDs to the subset's glyph ids.
 *
 * The arrays below are indexed by slot: 1, 2, … in code order (slot 0 is unused).
 */
export interface FontEncoding {
  fontId: string;
  face: GlyphSource;
  /** By slot: the code as a latin1 string of 1 or 2 bytes. */
  codes: string[];
  /** By slot: the CID (the code as a number). */
  cids: number[];
  /** By slot: the glyph id in the full face (harfbuzz renumbers glyphs in a subset). */
  glyphIds: number[];
  /** By slot: the text the glyph stands for, for the ToUnicode map. */
  unicode: string[];
  /** Glyph id → slot. */
  slotOf: Map<number, number>;
  /** One-byte codes run up to `lastSingle`; two-byte codes have lead bytes from `firstLead` to 0xFF. */
  lastSingle: number;
  firstLead: number;
  /** By slot: the advance in 1/1000 em of a widened code (`widenedCode`); undefined for a glyph's own. */
  widths: Array<number | undefined>;
  /** How many slots (after slot 0) the code space holds. */
  capacity: number;
  /** The code of the slot after `slot - 1`: one byte for the first slots, then two. */
  codeOf: (slot: number) => string;
  /**
   * Codes already worked out (`encodeGrapheme`): graphemes of one UTF-16 unit (nearly every one of a Chinese
   * book) by that unit, so a lookup hashes no string; others by text. Widened codes by glyph id, then width.
   */
  unitCodes: Array<GraphemeCode | undefined>;
  graphemeCodes: Map<string, GraphemeCode>;
  widenedCodes: Map<number, Map<number, GraphemeCode>>;
}

/**
 * Codes kept free for widened glyphs: a glyph followed by a wider gap than its line's other glyphs (the ¼ em
 * between Chinese and Latin) is drawn with a code of its own whose width takes the gap in. The gap is then part
 * of the glyph, and text extraction sees no gap there (poppler reads any gap over ~0.1 em as a space).
 */
const WIDENED_RESERVE = 8000;

const NEEDS_ESCAPE = new Set([0x28, 0x29, 0x5c, 0x0d, 0x0a]);
const USABLE_BYTES = Array.from({ length: 256 }, (_, b) => b).filter((b) => !NEEDS_ESCAPE.has(b));
// Lead bytes are taken from the top down and must stay clear of the bytes above (the highest is 0x5C).
const MAX_LEADS = 0xff - 0x5c;

/** Counts how often each code point is drawn, per font id (BMP in a flat table: nearly all of a book). */
export class CodePointUsage {
  private readonly bmp = new Map<string, Uint32Array>();
  private readonly astral = new Map<string, Map<number, number>>();

  add(fontId: string, cp: number): void {
    if (cp < 0x10000) {
      let table = this.bmp.get(fontId);
      if (!table) this.bmp.set(fontId, (table = new Uint32Array(0x10000)));
      table[cp]!++;
    } else {
      let table = this.astral.get(fontId);
      if (!table) this.astral.set(fontId, (table = new Map()));
      table.set(cp, (table.get(cp) ?? 0) + 1);
    }
  }

  count(fontId: string, cp: number): number {
    return cp < 0x10000 ? (this.bmp.get(fontId)?.[cp] ?? 0) : (this.astral.get(fontId)?.get(cp) ?? 0);
  }
}

/**
 * Codes for the glyphs of the code points a document draws in one font: by descending use in this document
 * (ties by glyph id, which a subset keeps in the same order), one-byte codes first.
 */
export function assignCodes(fontId: string, face: GlyphSource, codePoints: Iterable<number>, usage: CodePointUsage): FontEncoding {
  const uses = new Map<number, number>();
  const text = new Map<number, string>();
  // In ascending code point order, so a glyph reached from two code points maps back to the lower.
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    const gid = face.glyphId(cp);
    uses.set(gid, (uses.get(gid) ?? 0) + usage.count(fontId, cp));
    if (!text.has(gid)) text.set(gid, String.fromCodePoint(cp));
  }
  const order = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a - b);

  const n = order.length;
  const singleBytes = USABLE_BYTES.filter((b) => b !== 0x00);
  const leadsFor = (slots: number) => (slots <= singleBytes.length ? 0 : Math.ceil((slots - singleBytes.length) / (USABLE_BYTES.length - 1)));
  if (leadsFor(n) > MAX_LEADS) throw new Error(`字体 ${fontId} 用到 ${n} 个字形，超出 PDF 编码的容量`);
  const leads = Math.min(MAX_LEADS, leadsFor(n + WIDENED_RESERVE));
  const singles = singleBytes.slice(0, singleBytes.length - leads);
  const leadBytes = singleBytes.slice(singleBytes.length - leads);
  const codeOf = (slot: number) => {
    const i = slot - 1;
    return i < singles.length
      ? String.fromCharCode(singles[i]!)
      : String.fromCharCode(leadBytes[Math.floor((i - singles.length) / USABLE_BYTES.length)]!, USABLE_BYTES[(i - singles.length) % USABLE_BYTES.length]!);
  };

  const encoding: FontEncoding = {
    fontId,
    face,
    codes: [''],
    cids: [0],
    glyphIds: [0],
    unicode: [''],
    slotOf: new Map(),
    lastSingle: singles.at(-1) ?? 0,
    firstLead: leadBytes[0] ?? 0x100,
    widths: [undefined],
    capacity: singles.length + leads * USABLE_BYTES.length,
    codeOf,
    unitCodes: new Array(0x10000),
    graphemeCodes: new Map(),
    widenedCodes: new Map(),
  };
  for (const gid of order) {
    encoding.slotOf.set(gid, encoding.codes.length);
    addSlot(encoding, gid, text.get(gid)!, undefined);
  }
  return encoding;
}

function addSlot(encoding: FontEncoding, gid: number, text: string, width: number | undefined): string {
  const code = encoding.codeOf(encoding.codes.length);
  encoding.codes.push(code);
  encoding.cids.push(code.length === 1 ? code.charCodeAt(0) : code.charCodeAt(0) * 256 + code.charCodeAt(1));
  encoding.glyphIds.push(gid);
  encoding.unicode.push(text);
  encoding.widths.push(width);
  return code;
}

/** A grapheme's codes (latin1 string) and advance in em: what a text run writes and how far it moves. */
export interface GraphemeCode {
  bytes: string;
  advanceEm: number;
}

export function encodeGrapheme(encoding: FontEncoding, grapheme: string): GraphemeCode {
  if (grapheme.length === 1) return (encoding.unitCodes[grapheme.charCodeAt(0)] ??= graphemeCode(encoding, grapheme));
  let code = encoding.graphemeCodes.get(grapheme);
  if (!code) encoding.graphemeCodes.set(grapheme, (code = graphemeCode(encoding, grapheme)));
  return code;
}

function graphemeCode(encoding: FontEncoding, grapheme: string): GraphemeCode {
  const { face } = encoding;
  let bytes = '';
  let advance = 0;
  for (const cp of drawnCodePoints(grapheme)) {
    const gid = face.glyphId(cp);
    bytes += encoding.codes[encoding.slotOf.get(gid)!]!;
    advance += face.glyphAdvance(gid);
  }
  return { bytes, advanceEm: advance / face.unitsPerEm };
}

/**
 * A code drawing a one-glyph grapheme with the advance `advanceEm` (wider than its own), to 1/100000 em; undefined
 * when the grapheme has several glyphs or the reserved codes are used up (the caller then kerns instead).
 */
export function widenedCode(encoding: FontEncoding, grapheme: string, advanceEm: number): GraphemeCode | undefined {
  const gid = singleGlyphId(encoding.face, grapheme);
  if (gid === undefined) return undefined;
  const width = Math.round(advanceEm * 100000) / 100;
  let widths = encoding.widenedCodes.get(gid);
  if (!widths) encoding.widenedCodes.set(gid, (widths = new Map()));
  let code = widths.get(width);
  if (!code) {
    if (encoding.codes.length > encoding.capacity) return undefined;
    const bytes = addSlot(encoding, gid, encoding.unicode[encoding.slotOf.get(gid)!]!, width);
    widths.set(width, (code = { bytes, advanceEm: width / 1000 }));
  }
  return code;
}

/** The glyph id of a grapheme drawn as one glyph; undefined when it draws none or several. */
function singleGlyphId(face: GlyphSource, grapheme: string): number | undefined {
  if (grapheme.length === 1) {
    // One UTF-16 unit (nearly every widened glyph): drawnCodePoints would give just this unit, or nothing.
    const unit = grapheme.charCodeAt(0);
    return isInvisibleCodePoint(unit) ? undefined : face.glyphId(unit);
  }
  const codePoints = drawnCodePoints(grapheme);
  return codePoints.length === 1 ? face.glyphId(codePoints[0]!) : undefined;
}
