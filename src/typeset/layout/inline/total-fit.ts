import { EPS, VISIBLE_SPREAD_EM, characters, type LineMetrics, type LineRange } from './line-metrics.ts';

/**
 * How far a set line is from its natural width, in em per junction: the letter-spacing a spread line shows, or
 * the squeeze a compressed one takes. A line whose lone marks must go to ½ em counts as bad as a clearly loose
 * one (VISIBLE_SPREAD_EM): a lone comma at ½ em reads as a Latin comma, so total fit takes that only where every
 * other way leaves a line spread at least as much. Infinity when the line cannot be set to `width` at all.
 */
export function lineAdjustment(metrics: LineMetrics, start: number, end: number, width: number, last: boolean): number {
  const natural = metrics.natural(start, end);
  if (natural <= width + EPS) return last ? 0 : metrics.letterSpacing(start, end, width);
  const squeeze = (natural - width) / Math.max(metrics.spreadJunctions(start, end), 1) / metrics.atoms[start].size;
  if (metrics.minimum(start, end) <= width + EPS) return squeeze;
  if (metrics.minimum(start, end, true) <= width + EPS) return Math.max(squeeze, VISIBLE_SPREAD_EM);
  return Infinity;
}

/** The largest adjustment of any line (Infinity for a line cut inside a unit wider than the measure). */
export function worstAdjustment(lines: LineRange[], metrics: LineMetrics, widthOfLine: (index: number) => number): number {
  let worst = 0;
  for (const [i, line] of lines.entries()) worst = Math.max(worst, lineAdjustment(metrics, line.start, line.end, widthOfLine(i), line.last));
  return worst;
}

/**
 * Demerits of one line (after Knuth and Plass): 1 for the line itself, so fewer lines win among equals, plus a
 * badness that grows with the cube of the adjustment — 0.05 em a junction counts 1, 0.1 em 8 — and squared,
 * so that one loose line costs more than the same spread shared by several.
 */
function demerits(adjustment: number): number {
  const badness = (adjustment / 0.05) ** 3;
  return (1 + badness) ** 2;
}

/** Whether the line starting at atom `start` follows a hard break (then a short last line is the editor's). */
function afterHardBreak(metrics: LineMetrics, start: number): boolean {
  let k = start - 1;
  while (k > 0 && metrics.atoms[k].kind === 'space' && !metrics.atoms[k].forcedBreakAfter) k--;
  return metrics.atoms[k].forcedBreakAfter;
}

/** One feasible line of a paragraph: atoms [start, end], its adjustment, and where the next line starts. */
interface Candidate {
  line: LineRange;
  adjustment: number;
  next: number;
}

/**
 * Every line a paragraph may have that is adjusted less than `limit`, by the atom it starts at (only starts
 * reachable from the first line): the same rules as first fit — lines end only where a break is allowed (禁则 and
 * never-split cases are in the opportunities), a hard break ends a line, no line is narrower than its minimum,
 * lone marks go to ½ em only at a clearly loose line's price, and the last line holds two characters that are
 * not punctuation.
 */
function candidateLines(metrics: LineMetrics, widthOfLine: (index: number) => number, limit: number): Candidate[][] {
  const atoms = metrics.atoms;
  const n = atoms.length;
  const byStart: Candidate[][] = Array.from({ length: n }, () => []);
  const reachable = new Uint8Array(n + 1);
  reachable[0] = 1;
  for (let start = 0; start < n; start++) {
    if (!reachable[start]) continue;
    const width = widthOfLine(start === 0 ? 0 : 1);
    for (let i = start; i < n; i++) {
      const end = metrics.lastVisible(start, i);
      // Minimum widths only grow as the line gets longer: nothing further can fit.
      if (metrics.minimum(start, end, true) > width + EPS) break;
      const atom = atoms[i];
      const final = i === n - 1;
      if (!(atom.breakAfter || atom.forcedBreakAfter || final)) continue;
      const last = final || atom.forcedBreakAfter;
      const adjustment = lineAdjustment(metrics, start, end, width, last);
      const shortLast = final && start > 0 && !afterHardBreak(metrics, start) && characters(atoms, start, end) < 2;
      if (adjustment < limit && !shortLast) {
        const next = metrics.nextLineStart(i);
        reachable[next] = 1;
        const line: LineRange = { start, end, last };
        if (metrics.minimum(start, end) > width + EPS) line.deepShrink = true;
        byStart[start].push({ line, adjustment, next });
      }
      if (atom.forcedBreakAfter) break;
    }
  }
  return byStart;
}

/**
 * Total fit: of all the ways to break a paragraph whose lines are each adjusted less than `limit` (see
 * `candidateLines`), one whose worst line is least adjusted, and among those the one with the least demerits in
 * sum — so a loose line's slack is shared with the lines around it. Lines after the first all have
 * `widthOfLine(1)`. Undefined when there is no such way.
 */
export function totalFit(metrics: LineMetrics, widthOfLine: (index: number) => number, limit = Infinity): LineRange[] | undefined {
  const n = metrics.atoms.length;
  const byStart = candidateLines(metrics, widthOfLine, limit);
  // The least possible worst line, from each start to the end of the paragraph.
  const worst = new Float64Array(n + 1).fill(Infinity);
  worst[n] = 0;
  for (let start = n - 1; start >= 0; start--) {
    for (const c of byStart[start]) worst[start] = Math.min(worst[start], Math.max(c.adjustment, worst[c.next]));
  }
  if (worst[0] === Infinity) return undefined;
  const bound = worst[0] + EPS;
  // The least demerits from each start to the end, with no line adjusted more than that.
  const total = new Float64Array(n + 1).fill(Infinity);
  const choice: Array<Candidate | undefined> = new Array(n + 1);
  total[n] = 0;
  for (let start = n - 1; start >= 0; start--) {
    for (const c of byStart[start]) {
      if (c.adjustment > bound) continue;
      const t = demerits(c.adjustment) + total[c.next];
      if (t < total[start]) {
        total[start] = t;
        choice[start] = c;
      }
    }
  }
  const lines: LineRange[] = [];
  for (let p = 0; p < n; p = choice[p]!.next) lines.push(choice[p]!.line);
  return lines;
}
