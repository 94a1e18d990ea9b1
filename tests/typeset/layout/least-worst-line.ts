import type { Inline, Measurer } from '../../../src/typeset/model/index.ts';
import { collect, type CollectOptions } from '../../../src/typeset/layout/inline/collect.ts';
import { LineMetrics, characters } from '../../../src/typeset/layout/inline/line-metrics.ts';
import { lineAdjustment } from '../../../src/typeset/layout/inline/total-fit.ts';

/**
 * The least adjustment of the worst line that any way of breaking a paragraph (without hard breaks) allows, in
 * em per junction: a plain search over every break opportunity, each line measured as the line breaker measures
 * it, the last line holding two characters that are not punctuation. What a loose line is compared with.
 */
export function leastWorstLine(inlines: Inline[], opts: CollectOptions, measurer: Measurer, measure: number, indent: number): number {
  const metrics = new LineMetrics(collect(inlines, opts, measurer));
  const atoms = metrics.atoms;
  const memo = new Map<number, number>();
  const from = (start: number): number => {
    if (start >= atoms.length) return 0;
    const known = memo.get(start);
    if (known !== undefined) return known;
    const width = measure - (start === 0 ? indent : 0);
    let least = Infinity;
    for (let i = start; i < atoms.length; i++) {
      const final = i === atoms.length - 1;
      if (!atoms[i].breakAfter && !final) continue;
      const end = metrics.lastVisible(start, i);
      if (final && start > 0 && characters(atoms, start, end) < 2) continue;
      const adjustment = lineAdjustment(metrics, start, end, width, final);
      if (adjustment === Infinity) continue;
      let next = i + 1;
      while (next < atoms.length && atoms[next].kind === 'space') next++;
      least = Math.min(least, Math.max(adjustment, from(next)));
    }
    memo.set(start, least);
    return least;
  };
  return from(0);
}
