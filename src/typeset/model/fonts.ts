/** Which font files the book uses, and in which order a missing character is looked for. */
export interface FontConfig {
  /** Font id → TTF/OTF file (TrueType outlines preferred; Simplified-Chinese-default faces). */
  faces: Record<string, { file: string; family: string }>;
  /** Role → font id, e.g. body → 'serif', heading → 'sans-bold'; bold is strong text inside the body. */
  roles: { body: string; heading: string; bold?: string; quote?: string; code?: string };
  /** Tried in order when a role's face lacks a character. */
  fallback: string[];
}

/** Measures text for layout. Advances are in pt for the given size. */
export interface Measurer {
  /** The font id that will draw `grapheme` when `preferred` is asked for, or undefined if no font has it. */
  resolve(grapheme: string, preferred: string): string | undefined;
  advance(grapheme: string, font: string, size: number): number;
}
