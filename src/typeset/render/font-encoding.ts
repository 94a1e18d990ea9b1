import { drawnCodePoints } from './code-points.ts';
import type { FontSubset } from './font-subsets.ts';

/**
 * How one embedded font's glyphs are written in content streams: a variable-length code per glyph, one byte
 * for the most used glyphs of this document and two bytes for the rest (an embedded CMap, PDF 32000 §9.7.5),
 * so that the text, which is most of every page, takes about 1.2 bytes a character before compression instead
 * of Identity-H's 2. Codes avoid the bytes that need escaping in a literal string: `(`, `)`, `\`, CR and LF.
 *
 * CIDs number the glyphs in code order (1, 2, …; CID 0 is .notdef), so the encoding CMap is a few ranges;
 * the CIDToGIDMap stream maps them back to the subset's glyph ids.
 */
export interface FontEncoding {
  subset: FontSubset;
  /** By CID: the code as a latin1 string of 1 or 2 bytes ('' for CID 0). */
  codes: string[];
  /** By CID: the glyph id in the subset (0 for CID 0). */
  glyphIds: number[];
  /** By CID: the text the glyph stands for, for the ToUnicode map ('' for CID 0). */
  unicode: string[];
  /** Glyph id → CID. */
  cidOf: Map<number, number>;
  /** One-byte codes run from 0x00 to `lastSingle`; two-byte codes have lead bytes from `firstLead` to 0xFF. */
  lastSingle: number;
  firstLead: number;
}

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

/** Codes for a subset: glyphs by descending use in this document (ties by glyph id), one-byte codes first. */
export function assignCodes(subset: FontSubset, usage: CodePointUsage): FontEncoding {
  const uses = new Map<number, number>();
  const text = new Map<number, string>();
  // glyphIds is in ascending code point order, so a glyph reached from two code points maps back to the lower.
  for (const [cp, gid] of subset.glyphIds) {
    uses.set(gid, (uses.get(gid) ?? 0) + usage.count(subset.fontId, cp));
    if (!text.has(gid)) text.set(gid, String.fromCodePoint(cp));
  }
  const order = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a - b);

  const n = order.length;
  const leads = n <= USABLE_BYTES.length ? 0 : Math.ceil((n - USABLE_BYTES.length) / (USABLE_BYTES.length - 1));
  if (leads > MAX_LEADS) throw new Error(`字体 ${subset.name} 的子集有 ${n} 个字形，超出 PDF 编码的容量`);
  const singles = USABLE_BYTES.slice(0, USABLE_BYTES.length - leads);
  const leadBytes = USABLE_BYTES.slice(USABLE_BYTES.length - leads);

  const encoding: FontEncoding = {
    subset,
    codes: [''],
    glyphIds: [0],
    unicode: [''],
    cidOf: new Map(),
    lastSingle: singles.at(-1) ?? 0,
    firstLead: leadBytes[0] ?? 0x100,
  };
  order.forEach((gid, i) => {
    const code =
      i < singles.length
        ? String.fromCharCode(singles[i]!)
        : String.fromCharCode(leadBytes[Math.floor((i - singles.length) / USABLE_BYTES.length)]!, USABLE_BYTES[(i - singles.length) % USABLE_BYTES.length]!);
    encoding.cidOf.set(gid, encoding.codes.length);
    encoding.codes.push(code);
    encoding.glyphIds.push(gid);
    encoding.unicode.push(text.get(gid)!);
  });
  return encoding;
}

/** A grapheme's codes (latin1 string) and advance in em: what a text run writes and how far it moves. */
export interface GraphemeCode {
  bytes: string;
  advanceEm: number;
}

const graphemeTables = new WeakMap<FontEncoding, Map<string, GraphemeCode>>();

export function encodeGrapheme(encoding: FontEncoding, grapheme: string): GraphemeCode {
  let table = graphemeTables.get(encoding);
  if (!table) graphemeTables.set(encoding, (table = new Map()));
  let code = table.get(grapheme);
  if (!code) {
    const { subset } = encoding;
    let bytes = '';
    let advance = 0;
    for (const cp of drawnCodePoints(grapheme)) {
      const gid = subset.glyphIds.get(cp)!;
      bytes += encoding.codes[encoding.cidOf.get(gid)!]!;
      advance += subset.advances.get(gid)!;
    }
    table.set(grapheme, (code = { bytes, advanceEm: advance / subset.unitsPerEm }));
  }
  return code;
}
