import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedMeasurer } from '../fixed-measurer.ts';
import { SIZE, glyphXs, options, set, textInline } from './inline-helpers.ts';
import { leastWorstLine } from './least-worst-line.ts';

/** Letter-spacing of a line in em: the step between its first two glyphs less one em (all Han here). */
function spreadOf(line: ReturnType<typeof set>[number]): number {
  const g = glyphXs(line);
  return g[1]![1] - g[0]![1] - 1;
}

describe('total fit for paragraphs that first fit leaves loose', () => {
  it('shares the slack of a line that must push a ……-group down with the line before it', () => {
    // 丙…… (3 em) never splits and does not fit after 18 乙 on a 20-em line. First fit pushes it down and spreads
    // 18 characters over 20 ems (2/17 = 0.118 em a junction); one character less on the first line leaves
    // 19 on each of the two (1/18 = 0.056 em).
    const first = '甲'.repeat(20);
    const second = '乙'.repeat(18);
    const lines = set(`${first}${second}丙……丁戊己`, 20);
    expect(lines.map((l) => l.text)).toEqual([first.slice(1), `甲${second}`, '丙……丁戊己']);
    for (const line of lines.slice(0, 2)) {
      expect(line.right).toBeCloseTo(20 * SIZE, 6);
      expect(spreadOf(line)).toBeCloseTo(1 / 18, 2);
    }
  });

  it('leaves a paragraph with no visibly loose line as first fit sets it', () => {
    // One character pushed down over 19 junctions (0.053 em) is invisible: no re-breaking.
    const first = '甲'.repeat(20);
    const second = '乙'.repeat(19);
    const lines = set(`${first}${second}丙。丁戊`, 20);
    expect(lines.map((l) => l.text)).toEqual([first, second, '丙。丁戊']);
  });

  it('keeps a loose line that no other breaks can help: the first line before an unbreakable group', () => {
    const lines = set(`${'乙'.repeat(18)}丙……丁戊己`, 20);
    expect(lines.map((l) => l.text)).toEqual(['乙'.repeat(18), '丙……丁戊己']);
    expect(spreadOf(lines[0]!)).toBeCloseTo(2 / 17, 2);
  });

  it('keeps the last line at two characters and the 禁则 while re-breaking', () => {
    const first = '甲'.repeat(20);
    const second = '乙'.repeat(18);
    const lines = set(`${first}${second}丙……丁。`, 20);
    for (const line of lines.slice(1)) expect(line.text[0]).not.toMatch(/[…。，]/u);
    expect(lines.at(-1)!.text.replace(/[…。]/gu, '').length).toBeGreaterThanOrEqual(2);
    expect(lines.map((l) => l.text).join('')).toBe(`${first}${second}丙……丁。`);
    for (const line of lines.slice(0, -1)) expect(spreadOf(line)).toBeLessThan(0.07);
  });

  it('does not re-break ragged (unjustified) text', () => {
    const first = '甲'.repeat(20);
    const second = '乙'.repeat(18);
    const lines = set(`${first}${second}丙……丁戊己`, 20, { justify: false });
    expect(lines.map((l) => l.text)).toEqual([first, second, '丙……丁戊己']);
  });
});

/** Letter-spacing of a line in em as its glyphs show it: the narrowest step between two Han characters less 1 em. */
function hanSpacing(line: ReturnType<typeof set>[number]): number {
  const g = glyphXs(line);
  let least = Infinity;
  for (let k = 0; k + 1 < g.length; k++) if (/\p{Script=Han}/u.test(g[k]![0]) && /\p{Script=Han}/u.test(g[k + 1]![0])) least = Math.min(least, g[k + 1]![1] - g[k]![1] - 1);
  return least === Infinity ? 0 : least;
}

describe('total fit over random paragraphs of Chinese, marks, digits and Latin words', () => {
  const pieces = [...'禁毒宣传村口的灯某中学教师志愿者说走了是生命远离', ...'。，、；：？！“”（）《》', '……', '——', '2019年', '95%', 'App', '丙……', '年？'];
  const text = fc.array(fc.constantFrom(...pieces), { minLength: 10, maxLength: 90 }).map((parts) => parts.join(''));

  it('leaves no line looser than 0.10 em where another way of breaking keeps every line tighter', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 24 }), fc.boolean(), (source, measureEm, indented) => {
        const indent = indented ? 2 * SIZE : 0;
        const lines = set(source, measureEm, { indent });
        const worst = Math.max(0, ...lines.slice(0, -1).map(hanSpacing));
        if (worst <= 0.1 + 1e-3) return;
        const best = leastWorstLine([textInline(source)], options(measureEm), fixedMeasurer(), measureEm * SIZE, indent);
        expect(worst, lines.map((l) => l.text).join(' / ')).toBeLessThanOrEqual(best + 1e-3);
      }),
      { numRuns: 500 },
    );
  });
});
