import LineBreaker from 'linebreak';
import {
  CURRENCY,
  NO_LINE_END,
  NO_LINE_START,
  NUMBER_UNITS,
  isChineseContext,
  isDigit,
  isLatinLetter,
  isSpace,
} from './classes.ts';

/**
 * Where a line may break ("which breaks we take" is the line breaker's job, in layout/inline/linebreak.ts).
 * `allowed[i]` tells whether a line may end after cluster i (i.e. before cluster i + 1); the last entry is
 * always true (the end of the text).
 */
export interface BreakOpportunities {
  clusters: string[];
  allowed: boolean[];
}

/** UAX #14 opportunities as UTF-16 offsets. */
function uax14Offsets(text: string): Set<number> {
  const offsets = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) offsets.add(bk.position);
  return offsets;
}

/** The 禁则 and never-split rules between two adjacent clusters: true when they must stay on one line. */
export function mustStayTogether(before: string, after: string, afterNext?: string, beforePrev?: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return true;
  if (isDigit(before) && (isDigit(after) || NUMBER_UNITS.has(after))) return true;
  // Digit runs keep their decimal point and thousands separators: 3.14, 1,000.
  if (isDigit(before) && (after === '.' || after === ',') && afterNext !== undefined && isDigit(afterNext)) return true;
  if ((before === '.' || before === ',') && isDigit(after) && beforePrev !== undefined && isDigit(beforePrev)) return true;
  if (CURRENCY.has(before) && isDigit(after)) return true;
  if (isLatinLetter(before) && isLatinLetter(after)) return true;
  return false;
}

/** Break opportunities for one run of text without hard line breaks. */
export function findBreakOpportunities(clusters: string[]): BreakOpportunities {
  // UAX #14 only decides between two non-Chinese clusters: run it only when there are some.
  let uax: Set<number> | undefined;
  const allowed: boolean[] = new Array(clusters.length).fill(false);
  let offset = 0;
  for (let i = 0; i < clusters.length; i++) {
    offset += clusters[i].length;
    if (i === clusters.length - 1) {
      allowed[i] = true;
      break;
    }
    const before = clusters[i];
    const after = clusters[i + 1];
    if (isSpace(after)) continue; // break after a run of spaces, never before it
    let ok: boolean;
    if (isSpace(before)) ok = true;
    else if (isChineseContext(before) || isChineseContext(after)) ok = true;
    else ok = (uax ??= uax14Offsets(clusters.join(''))).has(offset);
    if (ok && mustStayTogether(before, after, clusters[i + 2], clusters[i - 1])) ok = false;
    allowed[i] = ok;
  }
  return { clusters, allowed };
}
