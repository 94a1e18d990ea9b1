import { describe, expect, test } from 'vitest';
import { encodingCMap, toUnicodeCMap } from '../../../src/typeset/render/cmap-streams.ts';
import { assignCodes, CodePointUsage, encodeGrapheme, widenedCode, type FontEncoding } from '../../../src/typeset/render/font-encoding.ts';
import { widthsArray } from '../../../src/typeset/render/embed-font.ts';
import { readToUnicode } from './cmap-reader.ts';

/** Codes for a made-up face of `n` Han characters from U+4E00, glyph ids 1…n, all 1 em. */
function encodingOf(n: number, usage: CodePointUsage): FontEncoding {
  const face = { unitsPerEm: 1000, glyphId: (cp: number) => cp - 0x4e00 + 1, glyphAdvance: () => 1000 };
  return assignCodes('serif', face, Array.from({ length: n }, (_, i) => 0x4e00 + i), usage);
}

/** Use falling with the code point: U+4E00 most, then U+4E01, … */
function usageOf(n: number): CodePointUsage {
  const usage = new CodePointUsage();
  for (let i = 0; i < n; i++) for (let k = 0; k < n - i; k++) usage.add('serif', 0x4e00 + i);
  return usage;
}

describe('document-specific glyph codes', () => {
  test('a small font gets one-byte codes only, the most used glyph first', () => {
    const encoding = encodingOf(100, usageOf(100));
    expect(encoding.codes.slice(1).every((c) => c.length === 1)).toBe(true);
    expect(encodeGrapheme(encoding, '一').bytes).toBe('\x01'); // 0x00 would be CID 0, .notdef
  });

  test('widened glyphs get codes of their own after the glyphs\' codes, one per glyph and width, while the reserve lasts', () => {
    const encoding = encodingOf(100, usageOf(100));
    const wide = widenedCode(encoding, '一', 1.25)!;
    expect(wide.advanceEm).toBe(1.25);
    expect(encoding.codes.indexOf(wide.bytes)).toBe(101);
    expect(widenedCode(encoding, '一', 1.25)).toEqual(wide);
    expect(widenedCode(encoding, '一', 1.2)!.bytes).not.toBe(wide.bytes);
    expect(widthsArray(encoding)).toEqual([expect.any(Number), [1250, 1200]]);
    // the same character back through ToUnicode, and the codespace declares the two-byte codes
    expect(readToUnicode(toUnicodeCMap(encoding)).get(Buffer.from(wide.bytes, 'latin1').toString('hex').toUpperCase())).toBe('4E00');
    expect(encodingCMap(encoding, 'X')).toMatch(/2 begincodespacerange\n<00> <[0-9A-F]{2}>\n<[0-9A-F]{2}00> <FFFF>\nendcodespacerange/);
    while (encoding.codes.length <= encoding.capacity) widenedCode(encoding, '丁', 1 + encoding.codes.length / 100000);
    expect(widenedCode(encoding, '丁', 2)).toBeUndefined();
  });

  test('only a grapheme drawn as one glyph is widened: not one that draws nothing, nor one of several glyphs', () => {
    const encoding = encodingOf(100, usageOf(100));
    expect(widenedCode(encoding, '一\ufe00', 1.25)).toEqual(widenedCode(encoding, '一', 1.25)); // a variation selector draws nothing
    expect(widenedCode(encoding, '\u200d', 1.25)).toBeUndefined(); // a lone joiner draws nothing
    expect(widenedCode(encoding, '一丁', 1.25)).toBeUndefined();
  });

  test('a big font: the most used glyphs one byte, the rest two; codes prefix-free and never needing escapes', () => {
    const n = 3800;
    const encoding = encodingOf(n, usageOf(n));
    const codes = encoding.codes.slice(1);
    expect(new Set(codes).size).toBe(n);
    const singles = codes.filter((c) => c.length === 1);
    expect(singles.length).toBeGreaterThan(200);
    expect(codes.slice(0, singles.length)).toEqual(singles); // the most used come first
    for (const code of codes) {
      expect(code).not.toMatch(/[()\\\r\n]/);
      if (code.length === 2) expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(encoding.firstLead);
      else expect(code.charCodeAt(0)).toBeLessThanOrEqual(encoding.lastSingle);
    }
    expect(encoding.lastSingle).toBeLessThan(encoding.firstLead);
    // every glyph reached by its character, and back through ToUnicode
    const toUnicode = readToUnicode(toUnicodeCMap(encoding));
    expect(toUnicode.size).toBe(n);
    for (const i of [0, 1, 250, 1000, n - 1]) {
      const bytes = encodeGrapheme(encoding, String.fromCodePoint(0x4e00 + i)).bytes;
      expect(encoding.glyphIds[encoding.codes.indexOf(bytes)]).toBe(i + 1);
      const hex = Buffer.from(bytes, 'latin1').toString('hex').toUpperCase();
      expect(toUnicode.get(hex)).toBe((0x4e00 + i).toString(16).toUpperCase());
    }
  });

  test('the encoding CMap maps every code to the CID of the same number, in ranges of at most 100 per block', () => {
    const n = 3800;
    const encoding = encodingOf(n, usageOf(n));
    const cmap = encodingCMap(encoding, 'X');
    const cidOfCode = new Map<string, number>();
    for (const [, lo, hi, start] of cmap.matchAll(/^<([0-9A-F]+)> <([0-9A-F]+)> (\d+)$/gm)) {
      const a = parseInt(lo!, 16);
      for (let c = a; c <= parseInt(hi!, 16); c++) cidOfCode.set(c.toString(16).toUpperCase().padStart(lo!.length, '0'), Number(start) + c - a);
    }
    // each CID is its code as a number, so it lies in the codespace (MuPDF drops CIDs outside it)
    for (const code of encoding.codes.slice(1)) {
      const hex = Buffer.from(code, 'latin1').toString('hex').toUpperCase();
      expect(cidOfCode.get(hex)).toBe(parseInt(hex, 16));
    }
    expect(cidOfCode.size).toBe(n);
    for (const [, count] of cmap.matchAll(/^(\d+) begincidrange$/gm)) expect(Number(count)).toBeLessThanOrEqual(100);
  });
});
