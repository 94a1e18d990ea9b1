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

const EPS = 1e-6;
/**
 * The most letter-spacing per junction (in em) that is worth less than squeezing a lone mark to ½ em: up to this,
 * pushing characters down wins. One em spread over a 16-em line of 小学版 (0.0625 em a junction) stays under it;
 * proofreaders saw 0.03 em as invisible and 0.1 em as clearly spread.
 */
const MAX_INVISIBLE_SPREAD_EM = 0.07;

/** Prefix sums over atoms so any line's natural width and shrinkability cost O(1). */
export class LineMetrics {
  readonly atoms: Atom[];
  private readonly w: Float64Array;
  private readonly gap: Float64Array;
  private readonly mid: Float64Array;
  private readonly loneMid: Float64Array;
  private readonly gapShrink: Float64Array;

  constructor(atoms: Atom[]) {
    this.atoms = atoms;
    const n = atoms.length;
    this.w = new Float64Array(n + 1);
    this.gap = new Float64Array(n + 1);
    this.mid = new Float64Array(n + 1);
    this.loneMid = new Float64Array(n + 1);
    this.gapShrink = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const a = atoms[i];
      this.w[i + 1] = this.w[i] + a.width;
      this.gap[i + 1] = this.gap[i] + a.gapAfter;
      this.mid[i + 1] = this.mid[i] + a.midShrink;
      this.loneMid[i + 1] = this.loneMid[i] + (isLoneMark(atoms, i) ? a.midShrink : 0);
      this.gapShrink[i + 1] = this.gapShrink[i] + a.gapShrink;
    }
  }

  /** The last atom of [start, end] that is not a space (a line never ends in a space). */
  lastVisible(start: number, end: number): number {
    let e = end;
    while (e > start && this.atoms[e].kind === 'space') e--;
    return e;
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

  /** Letter-spacing per junction, in em, if atoms [start, end] were spread to `width`. */
  spreadPerJunction(start: number, end: number, width: number): number {
    let junctions = 0;
    for (let k = start; k < end; k++) if (isSpreadJunction(this.atoms, k)) junctions++;
    return (width - this.natural(start, end)) / Math.max(junctions, 1) / this.atoms[start].size;
  }
}

/** The first atom of a line starting at `start` that may shrink inside it: an opening mark there may not. */
export function midShrinkFrom(atoms: Atom[], start: number): number {
  return atoms[start].shrinkSide === 'left' ? start + 1 : start;
}

/**
 * Which breaks we take: first fit over the break opportunities. The last opportunity that fits at natural
 * width (to be stretched) competes with the next one, which fits only if punctuation and Chinese–Latin
 * spaces are compressed: compression wins when it is the smaller adjustment — so a forbidden line-starter is
 * pulled in by compressing before a character is pushed down, but lines are not squeezed for nothing.
 * A unit wider than the measure is cut at the last cluster that fits: nothing ever overflows.
 */
export function breakLines(metrics: LineMetrics, widthOfLine: (index: number) => number): LineRange[] {
  const lines = firstFit(metrics, 0, widthOfLine, true);
  avoidShortLastLine(lines, metrics, widthOfLine);
  return lines;
}

/** First-fit lines from atom `from` (`deep`: lone marks may go to ½ em against a visible spread). */
function firstFit(metrics: LineMetrics, from: number, widthOfLine: (index: number) => number, deep: boolean): LineRange[] {
  const atoms = metrics.atoms;
  const lines: LineRange[] = [];
  let start = from;
  while (start < atoms.length) {
    const avail = widthOfLine(lines.length);
    let natural = -1;
    let shrunk = -1;
    let deeplyShrunk = -1;
    let fallback = start;
    for (let i = start; i < atoms.length; i++) {
      const e = metrics.lastVisible(start, i);
      const min = metrics.minimum(start, e);
      // Minimum widths only grow as the line gets longer: nothing further can fit.
      if ((deep ? metrics.minimum(start, e, true) : min) > avail + EPS) break;
      const fits = min <= avail + EPS;
      if (fits) fallback = i;
      if (!(atoms[i].breakAfter || atoms[i].forcedBreakAfter || i === atoms.length - 1)) continue;
      if (metrics.natural(start, e) <= avail + EPS) natural = i;
      else {
        if (fits) shrunk = i;
        else deeplyShrunk = i;
        break;
      }
      if (atoms[i].forcedBreakAfter) break;
    }
    let best = natural;
    let deepShrink = false;
    const stretch = natural >= 0 ? avail - metrics.natural(start, metrics.lastVisible(start, natural)) : Infinity;
    const squeeze = (i: number) => metrics.natural(start, metrics.lastVisible(start, i)) - avail;
    if (shrunk >= 0) {
      if (squeeze(shrunk) <= stretch + EPS) best = shrunk;
    } else if (deeplyShrunk >= 0 && squeeze(deeplyShrunk) <= stretch + EPS) {
      // Lone marks to ½ em only against a visible spread (see MAX_INVISIBLE_SPREAD_EM).
      const spread = natural >= 0 ? metrics.spreadPerJunction(start, metrics.lastVisible(start, natural), avail) : Infinity;
      if (spread > MAX_INVISIBLE_SPREAD_EM) {
        best = deeplyShrunk;
        deepShrink = true;
      }
    }
    const forced = best >= 0 && atoms[best].forcedBreakAfter;
    if (best < 0) best = fallback; // emergency: a word longer than the line
    const end = metrics.lastVisible(start, best);
    lines.push({ start, end, last: forced || best === atoms.length - 1, ...(deepShrink ? { deepShrink } : {}) });
    start = best + 1;
    while (start < atoms.length && atoms[start].kind === 'space') start++;
  }
  if (lines.length > 0) lines[lines.length - 1].last = true;
  return lines;
}

function countsAsCharacter(a: Atom): boolean {
  return a.kind !== 'punct' && a.kind !== 'space' && !/^\p{P}$/u.test(a.text);
}

function characters(atoms: Atom[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i <= end; i++) if (countsAsCharacter(atoms[i])) n++;
  return n;
}

/**
 * A paragraph's last line holds at least two characters that are not punctuation. If it does not: the line before
 * takes it in by ordinary compression; or else that line breaks earlier, pushing characters down, if the spread
 * this leaves is invisible; or else the lines before it each push about one character down (a spread shared by
 * a few lines stays invisible where one line would show it); or else the line before takes the remainder in with
 * its lone marks at down to ½ em; or else it breaks earlier anyway.
 */
function avoidShortLastLine(lines: LineRange[], metrics: LineMetrics, widthOfLine: (index: number) => number): void {
  if (lines.length < 2) return;
  const atoms = metrics.atoms;
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (prev.last || characters(atoms, last.start, last.end) >= 2) return;
  const prevWidth = widthOfLine(lines.length - 2);
  const join = (deep: boolean) => {
    prev.end = last.end;
    prev.last = true;
    if (deep) prev.deepShrink = true;
    lines.pop();
  };
  if (metrics.minimum(prev.start, last.end) <= prevWidth + EPS) return join(false);
  const pushed = pushedDownBreak(lines, metrics, widthOfLine);
  const push = () => {
    prev.end = pushed!.prevEnd;
    last.start = pushed!.nextStart;
  };
  if (pushed && metrics.spreadPerJunction(prev.start, pushed.prevEnd, prevWidth) <= MAX_INVISIBLE_SPREAD_EM) return push();
  if (pushDownOverLines(lines, metrics, widthOfLine)) return;
  if (metrics.minimum(prev.start, last.end, true) <= prevWidth + EPS) return join(true);
  if (pushed) push();
}

/** How many lines before the last may share the pushing down. */
const MAX_PUSHING_LINES = 3;

/**
 * Re-breaks the last k + 1 lines (k = 2, 3, …) with each of the first k set one em short, so that each pushes
 * about one character down: taken for the smallest k that keeps the line count, gives the last line two
 * characters and leaves every re-broken line's spread invisible. Never across a hard break.
 */
function pushDownOverLines(lines: LineRange[], metrics: LineMetrics, widthOfLine: (index: number) => number): boolean {
  const atoms = metrics.atoms;
  for (let k = 2; k <= MAX_PUSHING_LINES && k < lines.length; k++) {
    const first = lines.length - 1 - k;
    if (lines.slice(first, -1).some((l) => l.last)) return false;
    const em = atoms[lines[first].start].size;
    const tail = firstFit(metrics, lines[first].start, (i) => widthOfLine(first + i) - (i < k ? em : 0), false);
    if (tail.length !== k + 1) continue;
    const end = tail[k];
    if (characters(atoms, end.start, end.end) < 2) continue;
    const invisible = tail.slice(0, k).every((l, i) => metrics.spreadPerJunction(l.start, l.end, widthOfLine(first + i)) <= MAX_INVISIBLE_SPREAD_EM);
    if (!invisible) continue;
    lines.splice(first, k + 1, ...tail);
    return true;
  }
  return false;
}

/**
 * Where the line before a short last line could break earlier so that the last line gets two characters: the
 * latest such break that leaves two characters above and lets the last line fit.
 */
function pushedDownBreak(lines: LineRange[], metrics: LineMetrics, widthOfLine: (index: number) => number): { prevEnd: number; nextStart: number } | undefined {
  const atoms = metrics.atoms;
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  for (let j = prev.end - 1; j > prev.start; j--) {
    if (!atoms[j].breakAfter) continue;
    let start = j + 1;
    while (atoms[start].kind === 'space') start++;
    if (metrics.minimum(start, last.end) > widthOfLine(lines.length - 1) + EPS) return undefined;
    if (characters(atoms, start, last.end) < 2) continue;
    if (characters(atoms, prev.start, j) < 2) return undefined;
    return { prevEnd: metrics.lastVisible(prev.start, j), nextStart: start };
  }
  return undefined;
}
