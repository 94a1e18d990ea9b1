/**
 * Code points that select or join but draw nothing of their own (variation selectors, joiners, BOM). They
 * need no glyph: a font lacking them still "has" the grapheme, and the writer does not draw them.
 */
export function isInvisibleCodePoint(cp: number): boolean {
  return (
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff
  );
}

/** The code points of a grapheme that are drawn as glyphs, in order. */
export function drawnCodePoints(grapheme: string): number[] {
  const out: number[] = [];
  for (const ch of grapheme) {
    const cp = ch.codePointAt(0)!;
    if (!isInvisibleCodePoint(cp)) out.push(cp);
  }
  return out;
}

/** U+4E2D style, as editors see it in character tables. */
export function formatCodePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
