import * as fontkit from 'fontkit';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultFontConfig } from '../../../src/typeset/render/index.ts';
import { loadFace, MEASURING_TABLES } from '../../../src/typeset/render/font-face.ts';
import { readSfntTables } from '../../../src/typeset/render/sfnt-tables.ts';

const { serif, 'sans-bold': sansBold } = defaultFontConfig().faces;

/** Each table of an sfnt file: tag → its bytes. */
function tablesOf(bytes: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    const offset = bytes.readUInt32BE(record + 8);
    tables.set(bytes.toString('latin1', record, record + 4), bytes.subarray(offset, offset + bytes.readUInt32BE(record + 12)));
  }
  return tables;
}

describe('a loaded face holds only what measuring reads', () => {
  test.each([serif!, sansBold!])('$family $file: the measuring tables, byte for byte, and no outlines', ({ file, family }) => {
    const face = loadFace(file, family);
    const whole = tablesOf(readFileSync(file));
    const kept = tablesOf(face.tables);
    expect([...kept.keys()].sort()).toEqual(MEASURING_TABLES.filter((tag) => whole.has(tag)).sort());
    for (const [tag, bytes] of kept) expect(bytes.equals(whole.get(tag)!), tag).toBe(true);
    expect(kept.has('glyf')).toBe(false);
    expect(face.tables.length).toBeLessThan(statSync(file).size / 5);
  });

  test('glyph ids, advances and metrics agree with the whole file', () => {
    const face = loadFace(serif!.file, serif!.family);
    const font = fontkit.create(readFileSync(serif!.file));
    expect([face.postscriptName, face.unitsPerEm, face.ascent, face.descent]).toEqual([
      font.postscriptName,
      font.unitsPerEm,
      font.ascent / font.unitsPerEm,
      font.descent / font.unitsPerEm,
    ]);
    const sample = font.characterSet.filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(100);
    for (const cp of sample) {
      const glyph = font.glyphForCodePoint(cp);
      expect(face.glyphId(cp)).toBe(glyph.id);
      expect(face.glyphAdvance(glyph.id)).toBe(glyph.advanceWidth);
    }
  });

  test('a file that is not a TrueType/OpenType font is refused, naming the file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sfnt-')), 'not-a-font.ttf');
    writeFileSync(file, 'wOF2 this is not a plain sfnt file');
    expect(() => readSfntTables(file, MEASURING_TABLES)).toThrow(file);
  });
});
