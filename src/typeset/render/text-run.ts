import type { PageItem } from '../model/pages.ts';
import { encodeGrapheme, widenedCode, type FontEncoding, type GraphemeCode } from './font-encoding.ts';
import { actualTextSpans, beginActualText } from './actual-text.ts';
import { colorOp, num } from './pdf-operators.ts';
import { round4 } from './round4.ts';

type GlyphsItem = Extract<PageItem, { kind: 'glyphs' }>;

/**
 * Text state in force in the page's content stream, carried from one run to the next. Tc, Tf and the fill
 * colour outlive ET; the text object itself stays open across consecutive runs (closed by `endText`).
 */
export interface TextState {
  /** Tc as written. */
  charSpacing: number;
  /** The last `/F1 12 Tf` and fill colour operators, so repeats are left out. */
  font: string;
  fill: string;
  /** Inside BT … ET, and where the current line starts (as written, so Td can move relative to it). */
  inText: boolean;
  lineX: number;
  lineY: number;
  /** The x of the last Tm, and the sum of the x moves of the Td's since: a viewer places the line at their sum. */
  matrixX: number;
  movedX: number;
}

export function initialTextState(): TextState {
  return { charSpacing: 0, font: '', fill: '', inText: false, lineX: 0, lineY: 0, matrixX: 0, movedX: 0 };
}

/** Closes the open text object, if any: needed before any graphics operator and at the end of the page. */
export function endText(state: TextState): string {
  if (!state.inText) return '';
  state.inText = false;
  return 'ET\n';
}

// Tc is written to 4 decimals, so gaps this close are one spacing. The pen follows where the viewer will
// really put each glyph; once rounding would show, a kern puts the glyph back in place.
const SAME_SPACING = 0.0005;
const MAX_DRIFT = 0.01;
/**
 * A line spaced wider than ~0.1 em that also has tighter spots (a number, squeezed marks) extracted in poppler
 * with a space between every two characters (5 lines of the 488-page bench book). Such a line (rare: one
 * stretched around a run that cannot be broken) is drawn with Tc 0 and widened codes instead.
 */
const LOOSEST_SPACING_EM = 0.09;
/** A code narrower than this would be an overlap, not squeezed punctuation: that glyph gets a Tc instead. */
const MIN_CODE_WIDTH_EM = 0.1;

/**
 * One baseline of glyphs. A body line starting under the previous one costs `0 -21 Td`; the gap layout put
 * between most glyphs of the line (justification) becomes the character spacing Tc. A glyph followed by another
 * gap is drawn with a code of its own whose advance takes the difference in (font-encoding.ts): wider after
 * the ¼ em before Latin, so text extraction sees no gap and adds no space ("在2024年", as written); narrower for
 * squeezed punctuation, so the line stays one string. When the reserved codes run out, a kern number in the TJ
 * array (in thousandths of an em) or a Tc for that one glyph is the fallback. Glyphs are written in the order
 * given (reading order) and extract in that order.
 */
export function textRunOperators(
  item: GlyphsItem,
  encoding: FontEncoding,
  resourceName: string,
  pageHeight: number,
  grayscale: boolean,
  state: TextState,
): string {
  const glyphs = item.glyphs;
  if (glyphs.length === 0) return '';
  let out = '';
  if (!state.inText) {
    out += 'BT\n';
    state.inText = true;
    // BT starts from the identity text matrix.
    state.lineX = state.lineY = state.matrixX = state.movedX = 0;
  }
  const font = `/${resourceName} ${num(item.size)} Tf\n`;
  if (font !== state.font) out += (state.font = font);
  const fill = `${colorOp(item.color, grayscale, false)}\n`;
  if (fill !== state.fill) out += (state.fill = fill);

  const x0 = Number(num(glyphs[0]!.x));
  const y0 = Number(num(pageHeight - item.y));
  out += lineStart(x0, y0, state);

  const codes = new Array<GraphemeCode>(glyphs.length);
  for (let i = 0; i < glyphs.length; i++) codes[i] = encodeGrapheme(encoding, glyphs[i]!.text);
  const usual = lineSpacing(glyphs, codes, item.size, state.charSpacing);
  const spacing = usual > LOOSEST_SPACING_EM * item.size ? 0 : usual;

  let operands = '';
  // The codes never contain a byte that needs escaping in a literal string (font-encoding.ts).
  let bytes = '';
  const flush = () => {
    if (bytes) operands += `(${bytes})`;
    bytes = '';
  };
  const spans = actualTextSpans(glyphs, item.actualText);
  let span = 0;
  let pen = x0;
  for (let i = 0; i < glyphs.length; i++) {
    if (spans[span]?.start === i) {
      flush();
      if (operands) out += `[${operands}]TJ\n`;
      operands = '';
      out += beginActualText(spans[span]!.text);
    }
    if (i + 1 < glyphs.length) {
      const extra = glyphs[i + 1]!.x - glyphs[i]!.x - codes[i]!.advanceEm * item.size - spacing;
      const width = codes[i]!.advanceEm + extra / item.size;
      if (Math.abs(extra) > SAME_SPACING && width >= MIN_CODE_WIDTH_EM) codes[i] = widenedCode(encoding, glyphs[i]!.text, width) ?? codes[i]!;
    }
    const advance = codes[i]!.advanceEm * item.size;
    if (i + 1 < glyphs.length || i === 0) {
      // Squeezed punctuation takes its own Tc: poppler sizes a glyph's box by its advance plus Tc, and a kern
      // pulling the next glyph back over a full-width box makes it read that glyph as a new line.
      const gap = i + 1 < glyphs.length ? glyphs[i + 1]!.x - glyphs[i]!.x - advance : spacing;
      const wanted = gap < spacing - SAME_SPACING ? round4(gap) : spacing;
      if (wanted !== state.charSpacing) {
        flush();
        if (operands) out += `[${operands}]TJ\n`;
        operands = '';
        out += `${wanted} Tc\n`;
        state.charSpacing = wanted;
      }
    }
    const drift = glyphs[i]!.x - pen;
    if (i > 0 && Math.abs(drift) > MAX_DRIFT) {
      const kern = Math.round((-drift * 10000) / item.size) / 10;
      if (kern !== 0) {
        flush();
        operands += String(kern);
        pen -= (kern * item.size) / 1000;
      }
    }
    bytes += codes[i]!.bytes;
    pen += advance + state.charSpacing;
    if (spans[span]?.end === i) {
      flush();
      out += `[${operands}]TJ\nEMC\n`;
      operands = '';
      span++;
    }
  }
  flush();
  return operands ? `${out}[${operands}]TJ\n` : out;
}

/**
 * The character spacing for a line: the gap (after natural advances) that most glyphs of the line have,
 * to 4 decimals; on a tie, the one in force. A single glyph keeps the one in force.
 */
function lineSpacing(glyphs: GlyphsItem['glyphs'], codes: GraphemeCode[], size: number, current: number): number {
  // A line has few distinct gaps: a list in order of first appearance (as a Map would iterate) is quickest.
  const gaps: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const gap = glyphs[i + 1]!.x - glyphs[i]!.x - codes[i]!.advanceEm * size;
    const key = Math.abs(gap - current) <= SAME_SPACING ? current : round4(gap);
    const at = gaps.indexOf(key);
    if (at < 0) {
      gaps.push(key);
      counts.push(1);
    } else counts[at]!++;
  }
  let best = current;
  let bestCount = counts[gaps.indexOf(current)] ?? 0;
  for (let j = 0; j < gaps.length; j++) {
    if (counts[j]! > bestCount) {
      best = gaps[j]!;
      bestCount = counts[j]!;
    }
  }
  return Object.is(best, -0) ? 0 : best;
}

/**
 * Moves to where a line starts: `0 -21 Td` under the line before, `dx dy Td` elsewhere, or an absolute Tm.
 * A viewer adds up Td moves in binary floating point, and poppler's line building is sensitive to the result
 * at squeezed punctuation (a ½ em overlap is its threshold), so Td is used only where that sum is the very
 * double of the decimal x written, as poppler computes it (the Td's moves in order, then the Tm's x).
 */
function lineStart(x0: number, y0: number, state: TextState): string {
  const dy = num(y0 - state.lineY);
  const dx = Number(num(x0 - state.lineX));
  let move: string;
  if (x0 === state.lineX) move = `0 ${dy} Td\n`;
  else if (state.movedX + dx + state.matrixX === x0) {
    move = `${dx} ${dy} Td\n`;
    state.movedX += dx;
  } else {
    move = `1 0 0 1 ${num(x0)} ${num(y0)} Tm\n`;
    state.matrixX = x0;
    state.movedX = 0;
  }
  state.lineX = x0;
  state.lineY = y0;
  return move;
}
