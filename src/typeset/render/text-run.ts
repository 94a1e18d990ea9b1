import type { PageItem } from '../model/pages.ts';
import { drawnCodePoints } from './code-points.ts';
import type { FontSubset } from './font-subsets.ts';
import { colorOp, hex4, num } from './pdf-operators.ts';

type GlyphsItem = Extract<PageItem, { kind: 'glyphs' }>;

/** Text state in force in the page's content stream, carried from one run to the next (not reset by ET). */
export interface TextState {
  /** Tc as written, and the layout gap it stands for (they differ by the rounding taken up with it). */
  charSpacing: number;
  nominalSpacing: number;
  /** The last `/F1 12 Tf` and fill colour operators, so repeats are left out. */
  font: string;
  fill: string;
}

export function initialTextState(): TextState {
  return { charSpacing: 0, nominalSpacing: 0, font: '', fill: '' };
}

/**
 * One baseline of glyphs as a text object. Where layout moved a glyph off its neighbour's natural advance
 * (justification, the ¼ em before Latin, squeezed punctuation), the difference becomes the character spacing
 * (Tc) after that glyph; consecutive glyphs with the same spacing share one TJ, so an evenly justified line
 * costs one operator. The glyphs are written in the order given (reading order) and extract in that order.
 * Note: poppler reads any gap over ~0.1 em as a word space, so the ¼ em between Chinese and Latin extracts
 * as a space; gaps between Chinese characters (even justified ones) do not.
 */
// Justified lines spread the slack evenly but in floating point: gaps this close are one spacing (Tc is
// written to 4 decimals). The pen follows where the viewer will really put each glyph.
const SAME_SPACING = 0.0005;
const MAX_DRIFT = 0.01;

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
  let out = 'BT\n';
  const font = `/${resourceName} ${num(item.size)} Tf\n`;
  if (font !== state.font) out += (state.font = font);
  const fill = `${colorOp(item.color, grayscale, false)}\n`;
  if (fill !== state.fill) out += (state.fill = fill);
  out += `1 0 0 1 ${num(glyphs[0]!.x)} ${num(pageHeight - item.y)} Tm\n`;
  // TJ operands so far (strings and kerns) and the hex of the string being built
  let operands = '';
  let hex = '';
  const flush = () => {
    if (hex) operands += `<${hex}>`;
    hex = '';
  };
  // Where the viewer will put the next glyph: Tm puts the first exactly (to the rounding of num()).
  let pen = Number(num(glyphs[0]!.x));
  const codes = glyphCodes(subset);
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]!;
    let code = codes.get(glyph.text);
    if (!code) {
      code = encodeGrapheme(subset, glyph.text);
      codes.set(glyph.text, code);
    }
    const advance = code.advanceEm * item.size;
    // The gap layout wants after this glyph (after the last one it moves nothing: keep what is in force).
    const gap = i + 1 < glyphs.length ? glyphs[i + 1]!.x - glyph.x - advance : state.nominalSpacing;
    if (Math.abs(gap - state.nominalSpacing) > SAME_SPACING) {
      const spacing = Number(gap.toFixed(4));
      if (spacing !== state.charSpacing) {
        flush();
        if (operands) out += `[${operands}] TJ\n`;
        out += `${spacing} Tc\n`;
        state.charSpacing = spacing;
        operands = '';
      }
      state.nominalSpacing = gap;
    }
    // Rounding in Tm and Tc gathers slowly; once it would show, one kern puts the glyph back in place.
    const drift = glyph.x - pen;
    if (Math.abs(drift) > MAX_DRIFT) {
      flush();
      operands += ` ${num((-drift * 1000) / item.size)} `;
      pen = glyph.x;
    }
    hex += code.hex;
    pen += advance + state.charSpacing;
  }
  flush();
  return `${out}[${operands}] TJ\nET\n`;
}

interface GlyphCode {
  /** Glyph ids as 4-digit hex (Identity-H); binary literal strings compress no better. */
  hex: string;
  advanceEm: number;
}

const codeTables = new WeakMap<FontSubset, Map<string, GlyphCode>>();

function glyphCodes(subset: FontSubset): Map<string, GlyphCode> {
  let table = codeTables.get(subset);
  if (!table) {
    table = new Map();
    codeTables.set(subset, table);
  }
  return table;
}

function encodeGrapheme(subset: FontSubset, text: string): GlyphCode {
  let hex = '';
  let advance = 0;
  for (const cp of drawnCodePoints(text)) {
    const gid = subset.glyphIds.get(cp)!;
    hex += hex4(gid);
    advance += subset.advances.get(gid)!;
  }
  return { hex, advanceEm: advance / subset.unitsPerEm };
}
