// Minimal declarations for the parts of fontkit 2 this package uses (it ships no types).

declare module 'fontkit' {
  export interface Font {
    postscriptName: string | null;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    numGlyphs: number;
    characterSet: number[];
    directory: { tables: Record<string, unknown> };
    glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; path: { toSVG(): string } };
    /** cmap lookup: code point → glyph id (0 when the font lacks it). Internal but stable across fontkit 2. */
    _cmapProcessor: { lookup(codePoint: number): number };
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
