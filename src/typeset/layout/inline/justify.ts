import type { Atom } from './atoms.ts';
import { isLoneMark, isSpreadJunction } from './junctions.ts';
import { midShrinkFrom, type LineMetrics, type LineRange } from './line-metrics.ts';

/** A line set with explicit positions: x of each glyph origin from the line's left edge. */
export interface SetLine {
  atoms: Atom[];
  x: number[];
  /** Where the line really ends (equals the target for every justified line). */
  width: number;
}

const EPS = 1e-6;

/** The indices k in [0, n) for which `test(k)` holds. */
function indicesWhere(n: number, test: (k: number) => boolean): number[] {
  const indices: number[] = [];
  for (let k = 0; k < n; k++) if (test(k)) indices.push(k);
  return indices;
}

/** Spread `total` over `indices` evenly, without limit. */
function spread(amounts: number[], indices: number[], total: number): number {
  for (const k of indices) amounts[k] += total / indices.length;
  return total;
}

/** Give `indices` up to their caps, in proportion to them; returns how much was given. */
function distribute(amounts: number[], indices: number[], caps: number[], total: number): number {
  const capacity = caps.reduce((s, c) => s + c, 0);
  if (capacity <= EPS || total <= EPS) return 0;
  const used = Math.min(total, capacity);
  const f = used / capacity;
  indices.forEach((k, i) => (amounts[k] += caps[i] * f));
  return used;
}

/**
 * Justify one line to `target`: shrink before stretch. Shrink: the line-end mark to ½ em, then marks in the
 * line (to ¾ em; not an opening mark that starts the line), then Chinese–Latin spaces (to ⅛ em), then, where
 * the line allows it (`deepShrink`), lone marks in the line to ½ em. Stretch: Latin word spaces, then Chinese–Latin
 * spaces (to ⅜ em), then every other junction evenly (never inside a Latin word, a —— or a ……). The last
 * line is set solid unless it must shrink.
 */
export function justifyLine(metrics: LineMetrics, range: LineRange, target: number, justify: boolean): SetLine {
  const { start: s, end: e } = range;
  const atoms = metrics.atoms.slice(s, e + 1);
  const n = atoms.length;
  const widths = new Array<number>(n);
  const offsets = new Array<number>(n);
  const gaps = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    widths[k] = atoms[k].width;
    offsets[k] = atoms[k].offset;
    gaps[k] = k < n - 1 ? atoms[k].gapAfter : 0;
  }
  const natural = metrics.natural(s, e);
  if (natural > target + EPS) {
    let need = natural - target;
    const endCut = Math.min(need, atoms[n - 1].endShrink);
    widths[n - 1] -= endCut;
    need -= endCut;
    // Marks inside the line: a quarter em each, then Chinese–Latin spaces, then (deepShrink only) the lone
    // marks' other quarter.
    const first = midShrinkFrom(metrics.atoms, s) - s;
    const inLine = atoms.slice(first, n - 1).map((_, k) => first + k);
    const shrinkMarks = (marks: number[]) => {
      const cut = new Array<number>(n).fill(0);
      need -= distribute(cut, marks, marks.map((k) => atoms[k].midShrink), need);
      for (const k of marks) {
        widths[k] -= cut[k];
        if (atoms[k].shrinkSide === 'left') offsets[k] -= cut[k];
      }
    };
    if (need > EPS) shrinkMarks(inLine);
    if (need > EPS) {
      const cut = new Array<number>(n).fill(0);
      const idx = atoms.slice(0, n - 1).map((_, k) => k);
      need -= distribute(cut, idx, idx.map((k) => atoms[k].gapShrink), need);
      for (const k of idx) gaps[k] -= cut[k];
    }
    if (need > EPS && range.deepShrink) shrinkMarks(inLine.filter((k) => isLoneMark(metrics.atoms, s + k)));
  } else if (justify && !range.last && natural < target - EPS) {
    let extra = target - natural;
    const spaces = indicesWhere(n, (k) => atoms[k].kind === 'space');
    extra -= distribute(widths, spaces, spaces.map((k) => atoms[k].width), extra);
    const cjkLatin = indicesWhere(n - 1, (k) => atoms[k].gapAfter > 0);
    // A Chinese–Latin space grows by half at most (¼ em to ⅜ em): wider, it reads as a hole in the line.
    extra -= distribute(gaps, cjkLatin, cjkLatin.map((k) => atoms[k].gapAfter / 2), extra);
    if (extra > EPS) {
      const junctions = indicesWhere(n - 1, (k) => isSpreadJunction(atoms, k));
      if (junctions.length > 0) spread(gaps, junctions, extra);
      else if (spaces.length > 0) spread(widths, spaces, extra);
      else if (cjkLatin.length > 0) spread(gaps, cjkLatin, extra);
    }
  }
  const x = new Array<number>(n);
  let pen = 0;
  for (let k = 0; k < n; k++) {
    x[k] = pen + offsets[k];
    pen += widths[k] + gaps[k];
  }
  return { atoms, x, width: pen };
}
