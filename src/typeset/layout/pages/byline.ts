import type { Inline, SourceRef } from '../../model/index.ts';
import { findBreakOpportunities } from '../../text/breaks.ts';
import { graphemes } from '../../text/clusters.ts';
import type { FlowContext } from '../flow/context.ts';
import { setLines, type LineStyle } from '../flow/text-lines.ts';

/** Between two parts of a byline on one line. */
const SEPARATOR = '　';
/** A phrase ends after a mark or a space, or before an opening bracket. */
const PHRASE_END = /^[，、；：。）》　 ]$/;
const PHRASE_START = /^[（《]$/;
/** What breaking inside a phrase (a name, a place) costs, against how uneven the lines are (`breakPart`). */
const MID_PHRASE_COST = 0.1;
const EPS = 1e-6;

/**
 * A byline given in parts (作者：…, 地点：…) as lines that break only between parts: as many whole parts to
 * a line as fit the measure, so no name is split and no “（示例）” is left alone. A part wider than the measure
 * (or a byline given as one string that is) is broken by `breakPart` into lines that fit as they are: left to
 * the line breaker, a line a little too long was squeezed instead (its colon and brackets set narrow). Widths
 * are those the lines are set at, Chinese–Latin spaces and adjacent marks included.
 */
export function bylineInlines(byline: string | string[], style: LineStyle, measure: number, ctx: FlowContext, source: SourceRef): Inline[] {
  const parts = typeof byline === 'string' ? [byline] : byline;
  const text = (value: string): Inline[] => [{ kind: 'text', text: value, style: {}, source }];
  const solid: LineStyle = { ...style, justify: false, align: 'left', indent: 0 };
  // Set on a measure nothing reaches: one line at its natural width.
  const width = (value: string) => {
    const [line] = setLines(text(value), ctx, Number.MAX_SAFE_INTEGER, solid);
    return line ? line.right - line.left : 0;
  };
  const fits = (value: string) => width(value) <= measure + EPS;
  const lines: string[] = [];
  let joinable = false;
  for (const part of parts) {
    const joined = `${lines[lines.length - 1]}${SEPARATOR}${part}`;
    if (joinable && fits(joined)) lines[lines.length - 1] = joined;
    else if (fits(part)) lines.push(part);
    else {
      lines.push(...breakPart(part, width, measure));
      // A part broken over lines keeps them to itself.
      joinable = false;
      continue;
    }
    joinable = true;
  }
  return lines.flatMap((value, i): Inline[] => [...(i > 0 ? [{ kind: 'break' as const, source }] : []), ...text(value)]);
}

/**
 * A part too wide for one line, as lines that each fit, broken where the 禁则 allow: the fewest lines, as even
 * as they come (a centred byline of a full line and a stub looks broken), between phrases unless that makes
 * them much less even. Spaces at a break are dropped. A part with no such breaks (one long unbreakable run) is
 * returned whole, for the line breaker to cut.
 */
export function breakPart(part: string, width: (text: string) => number, measure: number): string[] {
  const clusters = graphemes(part);
  const { allowed } = findBreakOpportunities(clusters);
  const n = clusters.length;
  const piece = (from: number, to: number) => clusters.slice(from, to).join('').replace(/^[　 ]+|[　 ]+$/g, '');
  // Line ends: after every cluster a break may follow. best.get(to): the cheapest lines for clusters [0, to).
  const ends = allowed.flatMap((ok, i) => (ok ? [i + 1] : []));
  const starts = [0, ...ends];
  const best = new Map<number, { cost: number; from: number }>([[0, { cost: 0, from: 0 }]]);
  for (const to of ends) {
    const phrase = to === n || PHRASE_END.test(clusters[to - 1]!) || PHRASE_START.test(clusters[to]!);
    // Longer and longer lines ending at `to`, until one no longer fits.
    for (let k = starts.indexOf(to) - 1; k >= 0; k--) {
      const from = starts[k]!;
      const w = width(piece(from, to));
      if (w > measure + EPS) break;
      const prior = best.get(from);
      if (!prior) continue;
      const cost = prior.cost + 1 + ((measure - w) / measure) ** 2 + (phrase ? 0 : MID_PHRASE_COST);
      if (cost < (best.get(to)?.cost ?? Infinity)) best.set(to, { cost, from });
    }
  }
  if (!best.has(n)) return [part];
  const lines: string[] = [];
  for (let to = n; to > 0; to = best.get(to)!.from) lines.unshift(piece(best.get(to)!.from, to));
  return lines;
}
