import { findBreakOpportunities, graphemes } from '../typeset/index.ts';

/** "编印单位：" and "书　　名：": a 版本记录页 label is four characters and a colon. */
const LABEL = /^[^：]{4}：/;
const PHRASE_END = /^[，、；。）》\s　]$/;
const PHRASE_START = /^[（《]$/;

/**
 * A 版本记录页 line "标　　签：值" that is wider than a line, broken by hand so that every part of the value
 * starts under the value's first character (ideographic spaces as wide as the label stand before the
 * continuations). Left to the engine, a line a little too long is squeezed instead (its colon or brackets
 * set half width, the value pulled left of the others) and a longer one wraps back to the margin. Lines
 * without a label, and lines that fit, are returned as they are.
 */
export function hangingLines(line: string, fits: (text: string) => boolean): string[] {
  const label = LABEL.exec(line)?.[0];
  if (!label || fits(line)) return [line];
  const pad = '　'.repeat(graphemes(label).length);
  const value = graphemes(line.slice(label.length));
  const { allowed } = findBreakOpportunities(value);
  const lines: string[] = [];
  let lead = label;
  let start = 0;
  while (start < value.length) {
    // The longest run from `start` that ends at a break opportunity and still fits (at least one cluster),
    // or a run at least half as long that ends where a phrase does: before a bracket, after punctuation.
    let end = start + 1;
    let phraseEnd = 0;
    for (let i = start; i < value.length; i++) {
      if (!allowed[i] || !fits(lead + value.slice(start, i + 1).join(''))) continue;
      end = i + 1;
      if (PHRASE_END.test(value[i]) || PHRASE_START.test(value[i + 1] ?? '')) phraseEnd = i + 1;
    }
    if (end < value.length && phraseEnd - start >= (end - start) / 2) end = phraseEnd;
    lines.push(lead + value.slice(start, end).join(''));
    lead = pad;
    start = end;
  }
  return lines;
}
