import type { Inline, SourceRef } from '../../model/index.ts';
import { graphemes } from '../../text/clusters.ts';
import type { FlowContext } from '../flow/context.ts';

/** Between two parts of a byline on one line. */
const SEPARATOR = '　';

/**
 * A byline given in parts (作者：…, 地点：…) as lines that break only between parts: as many whole parts to
 * a line as fit the measure, so no name is split and no “（示例）” is left alone. A part wider than a line
 * is left to the line breaker. A byline given as one string is set as it is.
 */
export function bylineInlines(byline: string | string[], style: { font: string; size: number }, measure: number, ctx: FlowContext, source: SourceRef): Inline[] {
  const parts = typeof byline === 'string' ? [byline] : byline;
  const width = (text: string) =>
    graphemes(text).reduce((w, g) => w + ctx.measurer.advance(g, ctx.measurer.resolve(g, style.font) ?? style.font, style.size), 0);
  const lines: string[] = [];
  for (const part of parts) {
    const joined = lines.length > 0 ? `${lines[lines.length - 1]}${SEPARATOR}${part}` : part;
    if (lines.length > 0 && width(joined) <= measure) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  return lines.flatMap((text, i): Inline[] => [...(i > 0 ? [{ kind: 'break' as const, source }] : []), { kind: 'text', text, style: {}, source }]);
}
