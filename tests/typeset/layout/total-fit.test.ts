import { describe, expect, it } from 'vitest';
import { SIZE, glyphXs, set } from './inline-helpers.ts';

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
