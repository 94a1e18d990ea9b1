import { expect } from 'vitest';

/** ToUnicode ranges with arrays (`<F100> <F109> [<4E00> …]`) read back as code (hex) → text (hex). */
export function readToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, lo, hi, dst] of cmap.matchAll(/^<([0-9A-F]+)> <([0-9A-F]+)> \[((?:<[0-9A-F]+>)*)\]$/gm)) {
    const texts = [...dst!.matchAll(/<([0-9A-F]+)>/g)].map((m) => m[1]!);
    const first = parseInt(lo!, 16);
    expect(texts).toHaveLength(parseInt(hi!, 16) - first + 1);
    texts.forEach((text, i) => map.set((first + i).toString(16).toUpperCase().padStart(lo!.length, '0'), text));
  }
  return map;
}
