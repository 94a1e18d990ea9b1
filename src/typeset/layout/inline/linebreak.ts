import type { Atom } from './atoms.ts';

/** A line: atoms [start, end] (inclusive), with trailing spaces already excluded from `end`. */
export interface LineRange {
  start: number;
  end: number;
  /** The last line of the paragraph or before a hard break: set solid, flush left. */
  last: boolean;
  /**
   * Marks inside the line may give up their whole blank half (to ½ em), not just half of it: allowed only where
   * it saves a paragraph's last line of one character, which would otherwise push characters down and leave this
   * line letter-spaced (JLReq §3.8 lets a line shrink its marks to half-width).
   */
  deepShrink?: boolean;
}

const EPS = 1e-6;

/** Prefix sums over atoms so any line's natural width and shrinkability cost O(1). */
export class LineMetrics {
  readonly atoms: Atom[];
  private readonly w: Float64Array;
  private readonly gap: Float64Array;
  private readonly mid: Float64Array;
  private readonly gapShrink: Float64Array;

  constructor(atoms: Atom[]) {
    this.atoms = atoms;
    const n = atoms.length;
    this.w = new Float64Array(n + 1);
    this.gap = new Float64Array(n + 1);
    this.mid = new Float64Array(n + 1);
    this.gapShrink = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const a = atoms[i];
      this.w[i + 1] = this.w[i] + a.width;
      this.gap[i + 1] = this.gap[i] + a.gapAfter;
      this.mid[i + 1] = this.mid[i] + a.midShrink;
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
   * The narrowest the line can be set: less its line-end mark, marks inside the line and Chinese–Latin spaces
   * shrunk. An opening mark that starts the line keeps its full width (`midShrinkFrom`), so a paragraph opening
   * with “ keeps its indent. `deep`: with its marks shrunk as `LineRange.deepShrink` allows.
   */
  minimum(start: number, end: number, deep = false): number {
    const endMark = this.atoms[end].endShrink;
    const marks = (deep ? 2 : 1) * (this.mid[end] - this.mid[Math.min(midShrinkFrom(this.atoms, start), end)]);
    const gaps = this.gapShrink[end] - this.gapShrink[start];
    return this.natural(start, end) - endMark - marks - gaps;
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
  const atoms = metrics.atoms;
  const lines: LineRange[] = [];
  let start = 0;
  while (start < atoms.length) {
    const avail = widthOfLine(lines.length);
    let natural = -1;
    let shrunk = -1;
    let fallback = start;
    for (let i = start; i < atoms.length; i++) {
      const e = metrics.lastVisible(start, i);
      const min = metrics.minimum(start, e);
      // Minimum widths only grow as the line gets longer: nothing further can fit.
      if (min > avail + EPS) break;
      fallback = i;
      if (!(atoms[i].breakAfter || atoms[i].forcedBreakAfter || i === atoms.length - 1)) continue;
      if (metrics.natural(start, e) <= avail + EPS) natural = i;
      else {
        shrunk = i;
        break;
      }
      if (atoms[i].forcedBreakAfter) break;
    }
    let best = natural;
    if (shrunk >= 0) {
      const squeeze = metrics.natural(start, metrics.lastVisible(start, shrunk)) - avail;
      const stretch = natural >= 0 ? avail - metrics.natural(start, metrics.lastVisible(start, natural)) : Infinity;
      if (squeeze <= stretch + EPS) best = shrunk;
    }
    const forced = best >= 0 && atoms[best].forcedBreakAfter;
    if (best < 0) best = fallback; // emergency: a word longer than the line
    const end = metrics.lastVisible(start, best);
    lines.push({ start, end, last: forced || best === atoms.length - 1 });
    start = best + 1;
    while (start < atoms.length && atoms[start].kind === 'space') start++;
  }
  if (lines.length > 0) lines[lines.length - 1].last = true;
  avoidShortLastLine(lines, metrics, widthOfLine);
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
 * A paragraph's last line holds at least two characters that are not punctuation: if it does not, the line
 * before takes it in by compression, or else breaks earlier (and is spread to the measure).
 */
function avoidShortLastLine(lines: LineRange[], metrics: LineMetrics, widthOfLine: (index: number) => number): void {
  if (lines.length < 2) return;
  const atoms = metrics.atoms;
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (prev.last || characters(atoms, last.start, last.end) >= 2) return;
  // Best: compress the line before so the short remainder joins it, if need be with its marks at half-width.
  for (const deep of [false, true]) {
    if (metrics.minimum(prev.start, last.end, deep) > widthOfLine(lines.length - 2) + EPS) continue;
    prev.end = last.end;
    prev.last = true;
    if (deep) prev.deepShrink = true;
    lines.pop();
    return;
  }
  for (let j = prev.end - 1; j > prev.start; j--) {
    if (!atoms[j].breakAfter) continue;
    let start = j + 1;
    while (atoms[start].kind === 'space') start++;
    if (metrics.minimum(start, last.end) > widthOfLine(lines.length - 1) + EPS) return;
    if (characters(atoms, start, last.end) < 2) continue;
    if (characters(atoms, prev.start, j) < 2) return;
    prev.end = metrics.lastVisible(prev.start, j);
    last.start = start;
    return;
  }
}
