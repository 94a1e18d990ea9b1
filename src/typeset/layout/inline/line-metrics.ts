import type { Atom } from './atoms.ts';
import { isLoneMark, isSpreadJunction } from './junctions.ts';

/** A line: atoms [start, end] (inclusive), with trailing spaces already excluded from `end`. */
export interface LineRange {
  start: number;
  end: number;
  /** The last line of the paragraph or before a hard break: set solid, flush left. */
  last: boolean;
  /**
   * Lone marks inside the line may give up their whole blank half (to ½ em), not just half of it: allowed only
   * where the other way, pushing characters down, would leave a line visibly letter-spaced (JLReq §3.8 lets a
   * line shrink its marks to half-width). A lone comma at ½ em reads as a Latin comma, so it is the lesser evil
   * only against a visible spread.
   */
  deepShrink?: boolean;
}

export const EPS = 1e-6;

/**
 * The most letter-spacing per junction (in em) that is worth less than squeezing a lone mark to ½ em: up to this,
 * pushing characters down wins. One em spread over a 16-em line of 小学版 (0.0625 em a junction) stays under it;
 * proofreaders saw 0.03 em as invisible and 0.1 em as clearly spread.
 */
export const MAX_INVISIBLE_SPREAD_EM = 0.07;

/** Letter-spacing per junction (in em) that every reader sees: a clearly loose line. */
export const VISIBLE_SPREAD_EM = 0.1;

/** Prefix sums over atoms so any line's natural width, shrinkability and stretch cost O(1). */
export class LineMetrics {
  readonly atoms: Atom[];
  private readonly w: Float64Array;
  private readonly gap: Float64Array;
  private readonly mid: Float64Array;
  private readonly loneMid: Float64Array;
  private readonly gapShrink: Float64Array;
  /** Word spaces' widths (each may double when a line is spread). */
  private readonly spaceWidth: Float64Array;
  /** Junctions after atoms [0, k) that take letter-spacing. */
  private readonly junctions: Int32Array;

  constructor(atoms: Atom[]) {
    this.atoms = atoms;
    const n = atoms.length;
    this.w = new Float64Array(n + 1);
    this.gap = new Float64Array(n + 1);
    this.mid = new Float64Array(n + 1);
    this.loneMid = new Float64Array(n + 1);
    this.gapShrink = new Float64Array(n + 1);
    this.spaceWidth = new Float64Array(n + 1);
    this.junctions = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const a = atoms[i];
      this.w[i + 1] = this.w[i] + a.width;
      this.gap[i + 1] = this.gap[i] + a.gapAfter;
      this.mid[i + 1] = this.mid[i] + a.midShrink;
      this.loneMid[i + 1] = this.loneMid[i] + (isLoneMark(atoms, i) ? a.midShrink : 0);
      this.gapShrink[i + 1] = this.gapShrink[i] + a.gapShrink;
      this.spaceWidth[i + 1] = this.spaceWidth[i] + (a.kind === 'space' ? a.width : 0);
      this.junctions[i + 1] = this.junctions[i] + (i + 1 < n && isSpreadJunction(atoms, i) ? 1 : 0);
    }
  }

  /** The last atom of [start, end] that is not a space (a line never ends in a space). */
  lastVisible(start: number, end: number): number {
    let e = end;
    while (e > start && this.atoms[e].kind === 'space') e--;
    return e;
  }

  /** The first atom of the line after a break after atom `i`: a line never starts with a space. */
  nextLineStart(i: number): number {
    let start = i + 1;
    while (start < this.atoms.length && this.atoms[start].kind === 'space') start++;
    return start;
  }

  /** Natural width of atoms [start, end]: no Chinese–Latin space after the last one. */
  natural(start: number, end: number): number {
    return this.w[end + 1] - this.w[start] + this.gap[end] - this.gap[start];
  }

  /**
   * The narrowest the line can be set: less its line-end mark, marks inside the line (`deep`: lone ones twice
   * as much, as `LineRange.deepShrink` allows) and Chinese–Latin spaces shrunk. An opening mark that starts the
   * line keeps its full width (`midShrinkFrom`), so a paragraph opening with “ keeps its indent.
   */
  minimum(start: number, end: number, deep = false): number {
    const endMark = this.atoms[end].endShrink;
    const from = Math.min(midShrinkFrom(this.atoms, start), end);
    const marks = this.mid[end] - this.mid[from] + (deep ? this.loneMid[end] - this.loneMid[from] : 0);
    const gaps = this.gapShrink[end] - this.gapShrink[start];
    return this.natural(start, end) - endMark - marks - gaps;
  }

  /** Junctions inside atoms [start, end] that take letter-spacing. */
  spreadJunctions(start: number, end: number): number {
    return this.junctions[end] - this.junctions[start];
  }

  /**
   * The letter-spacing per junction, in em, that justifying atoms [start, end] to `width` leaves — what a reader
   * sees as a loose line. As `justifyLine` stretches: word spaces first (to twice their width), then
   * Chinese–Latin spaces (by half), then the junctions; a line with no junction to spread is measured over its
   * spaces instead.
   */
  letterSpacing(start: number, end: number, width: number): number {
    const extra = width - this.natural(start, end);
    const spaces = this.spaceWidth[end + 1] - this.spaceWidth[start];
    const rest = extra - spaces - (this.gap[end] - this.gap[start]) / 2;
    if (rest <= EPS) return 0;
    const junctions = this.spreadJunctions(start, end);
    return rest / Math.max(junctions, 1) / this.atoms[start].size;
  }
}

/** The first atom of a line starting at `start` that may shrink inside it: an opening mark there may not. */
export function midShrinkFrom(atoms: Atom[], start: number): number {
  return atoms[start].shrinkSide === 'left' ? start + 1 : start;
}

function countsAsCharacter(a: Atom): boolean {
  return a.kind !== 'punct' && a.kind !== 'space' && !/^\p{P}$/u.test(a.text);
}

/** How many characters that are not punctuation atoms [start, end] hold (a last line needs two). */
export function characters(atoms: Atom[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i <= end; i++) if (countsAsCharacter(atoms[i])) n++;
  return n;
}
