import type { PageItem } from '../model/pages.ts';
import { drawnCodePoints } from './code-points.ts';
import type { FontSubset } from './font-subsets.ts';
import { colorOp, hex4, num } from './pdf-operators.ts';

type GlyphsItem = Extract<PageItem, { kind: 'glyphs' }>;

/** Character spacing (Tc) in force in the page's content stream, carried from one run to the next. */
export interface TextState {
  charSpacing: number;
}

/**
 * One baseline of glyphs as a text object. Where layout moved a glyph off its neighbour's natural advance
 * (justification, the ¼ em before Latin, squeezed punctuation), the difference becomes the character spacing
 * (Tc) after that glyph; consecutive glyphs with the same spacing share one Tj, so an evenly justified line
 * costs one operator. The glyphs are written in the order given (reading order) and extract in that order.
 * Note: poppler reads any gap over ~0.1 em as a word space, so the ¼ em between Chinese and Latin extracts
 * as a space; gaps between Chinese characters (even justified ones) do not.
 */
export function textRunOperators(
  item: GlyphsItem,
  subset: FontSubset,
  resourceName: string,
  pageHeight: number,
  grayscale: boolean,
  state: TextState,
): string {
  const glyphs = item.glyphs;
  if (glyphs.length === 0) return '';
  let out = `BT\n/${resourceName} ${num(item.size)} Tf\n${colorOp(item.color, grayscale, false)}\n`;
  out += `1 0 0 1 ${num(glyphs[0]!.x)} ${num(pageHeight - item.y)} Tm\n`;
  let hex = '';
  // The pen as the PDF viewer will have it, so rounding never accumulates along the line.
  let pen = glyphs[0]!.x;
  for (let i = 0; i < glyphs.length; i++) {
    let advance = 0;
    let codes = '';
    for (const cp of drawnCodePoints(glyphs[i]!.text)) {
      const gid = subset.glyphIds.get(cp)!;
      codes += hex4(gid);
      advance += subset.advances.get(gid)!;
    }
    const natural = pen + (advance / subset.unitsPerEm) * item.size;
    const next = i + 1 < glyphs.length ? glyphs[i + 1]!.x : natural;
    const spacing = Number(num(next - natural));
    if (spacing !== state.charSpacing) {
      if (hex) out += `<${hex}> Tj\n`;
      out += `${num(spacing)} Tc\n`;
      state.charSpacing = spacing;
      hex = '';
    }
    hex += codes;
    pen = natural + spacing;
  }
  return `${out}<${hex}> Tj\nET\n`;
}
