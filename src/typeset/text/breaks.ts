import LineBreaker from 'linebreak';
import { classOf, type ClusterClass } from './classes.ts';

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
  return staysTogether(classOf(before), classOf(after), afterNext === undefined ? undefined : classOf(afterNext), beforePrev === undefined ? undefined : classOf(beforePrev));
}

function staysTogether(before: ClusterClass, after: ClusterClass, afterNext: ClusterClass | undefined, beforePrev: ClusterClass | undefined): boolean {
  if (after.noLineStart || before.noLineEnd) return true;
  if (before.digit && (after.digit || after.numberUnit)) return true;
  // Digit runs keep their decimal point and thousands separators: 3.14, 1,000.
  if (before.digit && after.decimalMark && afterNext !== undefined && afterNext.digit) return true;
  if (before.decimalMark && after.digit && beforePrev !== undefined && beforePrev.digit) return true;
  if (before.currency && after.digit) return true;
  if (before.latinLetter && after.latinLetter) return true;
  return false;
}

/** Break opportunities for one run of text without hard line breaks. */
export function findBreakOpportunities(clusters: string[]): BreakOpportunities {
  return { clusters, allowed: allowedBreaks(clusters, clusters.map(classOf)) };
}

/** `findBreakOpportunities` for clusters already classified (`classes[i]` is `classOf(clusters[i])`). */
export function allowedBreaks(clusters: string[], classes: ClusterClass[]): boolean[] {
  // UAX #14 only decides between two non-Chinese clusters that no rule keeps together: run it only then.
  let uax: Set<number> | undefined;
  const allowed: boolean[] = new Array(clusters.length).fill(false);
  let offset = 0;
  for (let i = 0; i < clusters.length; i++) {
    offset += clusters[i].length;
    if (i === clusters.length - 1) {
      allowed[i] = true;
      break;
    }
    const before = classes[i];
    const after = classes[i + 1];
    if (after.space) continue; // break after a run of spaces, never before it
    if (staysTogether(before, after, classes[i + 2], classes[i - 1])) continue;
    allowed[i] = before.space || before.chineseContext || after.chineseContext || (uax ??= uax14Offsets(clusters.join(''))).has(offset);
  }
  return allowed;
}
