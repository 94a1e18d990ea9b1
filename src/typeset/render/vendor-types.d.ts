// Minimal declarations for the parts of fontkit 2 and subset-font this package uses (neither ships types).

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
    glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
    /** cmap lookup: code point → glyph id (0 when the font lacks it). Internal but stable across fontkit 2. */
    _cmapProcessor: { lookup(codePoint: number): number };
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2';
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Uint8Array>;
}
