import type { Atom } from './atoms.ts';
import { EPS, MAX_INVISIBLE_SPREAD_EM, characters, type LineMetrics, type LineRange } from './line-metrics.ts';
import { totalFit, worstAdjustment } from './total-fit.ts';

/**
 * Which breaks we take: first fit over the break opportunities. The last opportunity that fits at natural
 * width (to be stretched) competes with the next one, which fits only if punctuation and Chinese–Latin
 * spaces are compressed: compression wins when it is the smaller adjustment — so a forbidden line-starter is
 * pulled in by compressing before a character is pushed down, but lines are not squeezed for nothing.
 * A unit wider than the measure is cut at the last cluster that fits: nothing ever overflows.
 */
export function breakLines(metrics: LineMetrics, widthOfLine: (index: number) => number, justify = true): LineRange[] {
  const lines = firstFit(metrics, 0, widthOfLine, true);
  avoidShortLastLine(lines, metrics, widthOfLine);
  if (!justify) return lines;
  // First fit is good enough for nearly every paragraph. Where it leaves a line spread more than is invisible
  // (or lone marks at ½ em, which count as a loose line), total fit looks for breaks that share the slack, and
  // is taken only if its worst line is better.
  const worst = worstAdjustment(lines, metrics, widthOfLine);
  if (worst <= MAX_INVISIBLE_SPREAD_EM + EPS) return lines;
  return totalFit(metrics, widthOfLine, worst - EPS) ?? lines;
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
      const spread = natural >= 0 ? metrics.letterSpacing(start, metrics.lastVisible(start, natural), avail) : Infinity;
      if (spread > MAX_INVISIBLE_SPREAD_EM) {
        best = deeplyShrunk;
        deepShrink = true;
      }
    }
    const forced = best >= 0 && atoms[best].forcedBreakAfter;
    if (best < 0) best = fallback; // emergency: a word longer than the line
    const end = metrics.lastVisible(start, best);
    lines.push({ start, end, last: forced || best === atoms.length - 1, ...(deepShrink ? { deepShrink } : {}) });
    start = metrics.nextLineStart(best);
  }
  if (lines.length > 0) lines[lines.length - 1].last = true;
  return lines;
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
  if (pushed && metrics.letterSpacing(prev.start, pushed.prevEnd, prevWidth) <= MAX_INVISIBLE_SPREAD_EM) return push();
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
    const invisible = tail.slice(0, k).every((l, i) => metrics.letterSpacing(l.start, l.end, widthOfLine(first + i)) <= MAX_INVISIBLE_SPREAD_EM);
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
    const start = metrics.nextLineStart(j);
    if (metrics.minimum(start, last.end) > widthOfLine(lines.length - 1) + EPS) return undefined;
    if (characters(atoms, start, last.end) < 2) continue;
    if (characters(atoms, prev.start, j) < 2) return undefined;
    return { prevEnd: metrics.lastVisible(prev.start, j), nextStart: start };
  }
  return undefined;
}
