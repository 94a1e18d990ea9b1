import { describe, expect, it } from 'vitest';
import { SIZE, glyphXs, set } from './inline-helpers.ts';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe('justification with a fixed-width measurer', () => {
  it('sets plain Chinese solid: a whole-em measure needs no adjustment', () => {
    const lines = set('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑', 10);
    expect(lines.map((l) => l.text)).toEqual(['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸', '子丑']);
    expect(glyphXs(lines[0]).map(([, x]) => x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('ends every line but the last exactly on the measure; the last is solid and flush left', () => {
    const text = '我们在村口的宣传栏前停下，他指着“珍爱生命，远离毒品”八个字说：这是2019年写上去的。后来，App里也能看到这些内容了……大家都说好！';
    const lines = set(text, 13, { indent: 2 * SIZE });
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(line.right).toBeCloseTo(13 * SIZE, 6);
    const last = lines[lines.length - 1];
    expect(last.left).toBe(0);
    expect(last.right).toBeLessThanOrEqual(13 * SIZE);
    // Solid: exactly as it is set without justification.
    const solid = set(text, 13, { indent: 2 * SIZE, justify: false });
    expect(glyphXs(last)).toEqual(glyphXs(solid[solid.length - 1]));
    expect(lines.map((l) => l.text).join('')).toBe(text);
  });

  it('indents the first line by 2 em', () => {
    const [first, second] = set('一二三四五六七八九十甲乙丙丁戊己庚辛', 10, { indent: 2 * SIZE });
    expect(first.text).toBe('一二三四五六七八');
    expect(glyphXs(first)[0]).toEqual(['一', 2]);
    expect(glyphXs(second)[0]).toEqual(['九', 0]);
  });

  it('sets two adjacent marks in 1.5 em', () => {
    const [line] = set('好。”他说（“是”）', 20);
    expect(glyphXs(line)).toEqual([
      ['好', 0],
      ['。', 1],
      ['”', 1.5],
      ['他', 2.5],
      ['说', 3.5],
      ['（', 4.5],
      ['“', 5], // drawn half an em left: its blank left half is gone
      ['是', 6],
      ['”', 7],
      ['）', 7.5],
    ]);
  });

  it('compresses a line-end mark to pull a forbidden line-starter in', () => {
    // 10 ems of text + "。": the 。 cannot start the next line; the 。 at ½ em and the two commas at ¾ fit it in.
    const lines = set('一二，四，六七八九十。甲乙', 10);
    expect(lines[0].text).toBe('一二，四，六七八九十。');
    expect(lines[0].right).toBeCloseTo(10 * SIZE, 6);
    const xs = glyphXs(lines[0]).map(([, x]) => x);
    expect(xs[3] - xs[2]).toBeCloseTo(0.75, 6);
  });

  it('squeezes a lone mark below ¾ em only where pushing a character down would spread a line visibly', () => {
    // A 30-em line: 十 goes down with the 。 and the line is spread by 1/28 em a junction, which no one sees;
    // the comma keeps its full em.
    const han = (n: number) => '乙'.repeat(n);
    const wide = set(`一二三，${han(25)}十。甲乙`, 30);
    expect(wide.map((l) => l.text)).toEqual([`一二三，${han(25)}`, '十。甲乙']);
    const wx = glyphXs(wide[0]).map(([, x]) => x);
    expect(wx[4] - wx[3]).toBeGreaterThanOrEqual(1);
    // A 10-em line: spreading 9 ems to 10 (⅛ em a junction) shows, so the comma gives its whole blank half.
    const narrow = set('一二三，五六七八九十。甲乙', 10);
    expect(narrow.map((l) => l.text)).toEqual(['一二三，五六七八九十。', '甲乙']);
    const nx = glyphXs(narrow[0]).map(([, x]) => x);
    expect(nx[4] - nx[3]).toBeCloseTo(0.5, 6);
    expect(narrow[0].right).toBeCloseTo(10 * SIZE, 6);
  });

  it('spreads the squeeze over all lone marks of the line, and never takes a pair below 1.5 em', () => {
    // 盆……。 cannot be broken: without it the line is 9 ems in 11.75 (0.34 em a junction). With it, 13 ems
    // must go to 11.75: 。 gives ½, the two commas ¼ each and then ⅛ more each.
    const [line] = set('一，二，三四五六七盆……。甲乙丙丁', 11.75);
    expect(line.text).toBe('一，二，三四五六七盆……。');
    const xs = glyphXs(line).map(([, x]) => x);
    expect(xs[2] - xs[1]).toBeCloseTo(0.625, 6);
    expect(xs[4] - xs[3]).toBeCloseTo(0.625, 6);
    // Two pairs and no lone mark: no pair goes below 1.5 em, so characters go down instead.
    const lines = set('一？”二？”三四五六七甲。', 10.5);
    expect(lines.length).toBe(2);
    for (const l of lines) {
      const g = glyphXs(l);
      for (let k = 0; k + 2 < g.length; k++) {
        if ('？”'.includes(g[k][0]) && '？”'.includes(g[k + 1][0])) expect(g[k + 2][1] - g[k][1]).toBeGreaterThanOrEqual(1.5 - 1e-6);
      }
    }
  });

  it('keeps an opening mark that starts a line at full width, so “ does not eat into the indent', () => {
    // Taking 七， in needs ½ em from the marks of the 8-em first line: the “ after the indent gives nothing, so
    // the comma inside gives all of its blank half (leaving 五六 spread by ⅓ em a junction would show).
    const [first] = set('“一二三，五六七，九。甲乙', 10, { indent: 2 * SIZE });
    expect(first.text).toBe('“一二三，五六七，');
    expect(glyphXs(first).slice(0, 2)).toEqual([['“', 2], ['一', 3]]);
  });

  it('sets ？ and ！ left like 。: ？” takes 1.5 em', () => {
    const [line] = set('是糖豆！”他问？”', 20);
    expect(glyphXs(line).map(([, x]) => x)).toEqual([0, 1, 2, 3, 3.5, 4.5, 5.5, 6.5, 7]);
  });

  it('pushes the previous character down when compression cannot make room', () => {
    const lines = set('一二三四五六七八九十。甲乙丙', 10);
    // No mark inside the line to compress: "十。" moves to the next line, the first line is spread.
    expect(lines.map((l) => l.text)).toEqual(['一二三四五六七八九', '十。甲乙丙']);
    const xs = glyphXs(lines[0]).map(([, x]) => x);
    expect(close(xs[8] * SIZE + SIZE, 10 * SIZE)).toBe(true);
    expect(xs[1] - xs[0]).toBeCloseTo(1.125, 6);
  });

  it('puts ¼ em between Chinese and Latin or digits, never at line edges or next to punctuation', () => {
    const [line] = set('用App查，2019年', 30);
    expect(glyphXs(line)).toEqual([
      ['用', 0],
      ['A', 1.25],
      ['p', 1.75],
      ['p', 2.25],
      ['查', 3],
      ['，', 4],
      ['2', 5],
      ['0', 5.5],
      ['1', 6],
      ['9', 6.5],
      ['年', 7.25],
    ]);
    const lines = set('一二三四五六七八九App', 10);
    expect(lines.map((l) => l.text)).toEqual(['一二三四五六七八九', 'App']);
    expect(glyphXs(lines[1])[0]).toEqual(['A', 0]);
  });

  it('never letter-spaces inside a Latin word; stretches word spaces first', () => {
    const lines = set('Hello world again甲', 8);
    expect(lines[0].text).toBe('Hello world');
    const xs = glyphXs(lines[0]);
    // "Hello" solid at ½ em per letter; the space takes the slack.
    expect(xs.slice(0, 5).map(([, x]) => x)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(lines[0].right).toBeCloseTo(8 * SIZE, 6);
  });

  it('never leaves a single character or only punctuation on the last line', () => {
    const lines = set('一二三四五六七八九十甲。', 10);
    expect(lines.map((l) => l.text)).toEqual(['一二三四五六七八九', '十甲。']);
    expect(lines[0].right).toBeCloseTo(10 * SIZE, 6);
  });

  it('takes a lone mark in the line to ½ em rather than leave a one-character last line and a spread line', () => {
    // 9 ems of text, a comma and 。: the 。 gives ½ em, the comma ¼ is not enough; its other ¼ saves 甲 from
    // standing alone on the last line, which would push 九甲。 down and letter-space the line above.
    const lines = set('一二三，五六七八九甲。', 10);
    expect(lines.map((l) => l.text)).toEqual(['一二三，五六七八九甲。']);
    const xs = glyphXs(lines[0]).map(([, x]) => x);
    expect(xs[4] - xs[3]).toBeCloseTo(0.5, 6);
    expect(lines[0].right).toBeCloseTo(10 * SIZE, 6);
  });

  it('pushes a character down rather than squeeze a lone mark when the spread left is invisible', () => {
    // 40 ems: 甲 alone on the last line is saved by sending 乙 down with it; the line above is spread by
    // 2 ems over 37 junctions (0.054 em each), and the comma keeps ¾ em at least.
    const body = '乙'.repeat(35);
    const lines = set(`一二三，${body}甲。`, 40);
    expect(lines.map((l) => l.text)).toEqual([`一二三，${body.slice(1)}`, '乙甲。']);
    const xs = glyphXs(lines[0]).map(([, x]) => x);
    expect(xs[4] - xs[3]).toBeGreaterThanOrEqual(0.75);
    expect(lines[0].right).toBeCloseTo(40 * SIZE, 6);
  });

  it('shares the pushing down between the lines before the last when one line would show the spread', () => {
    // 丙。 alone would end the paragraph; taking 乙丙。 down from one 23-em line spreads it by 2 ems (0.1 em a
    // junction). Instead each of the two lines before pushes one character down: 1/19 and 1/21 em a junction.
    const first = '甲'.repeat(21);
    const second = '乙'.repeat(22);
    const lines = set(`${first}${second}丙。`, 23, { indent: 2 * SIZE });
    expect(lines.map((l) => l.text)).toEqual([first.slice(1), `甲${second.slice(1)}`, '乙丙。']);
    for (const line of lines.slice(0, 2)) {
      const xs = glyphXs(line).map(([, x]) => x);
      expect(xs[1] - xs[0]).toBeLessThanOrEqual(1.07);
      expect(line.right).toBeCloseTo(23 * SIZE, 6);
    }
  });

  it('grows a Chinese–Latin space to ⅜ em at most and letter-spaces the rest of the line', () => {
    // 9 ems of text on a 10-em line (八 does not fit): the two ¼-em spaces give ⅛ em each, the other
    // junctions the rest.
    const [line] = set('一二三四App五六七八九', 10);
    expect(line.text).toBe('一二三四App五六七');
    const xs = glyphXs(line).map(([, x]) => x);
    const gap = (k: number) => xs[k + 1] - xs[k] - (k >= 4 && k <= 6 ? 0.5 : 1);
    expect(gap(3)).toBeCloseTo(0.375, 6);
    expect(gap(6)).toBeCloseTo(0.375, 6);
    expect(gap(0)).toBeGreaterThan(0);
    expect(gap(4)).toBeCloseTo(0, 6);
    expect(line.right).toBeCloseTo(10 * SIZE, 6);
  });

  it('never letter-spaces inside —— or ……', () => {
    // 9 ems of Chinese, then a word that does not fit: the line is spread, but not inside the marks.
    const [line] = set('一二——三四……五Apple', 10);
    expect(line.text).toBe('一二——三四……五');
    expect(line.right).toBeCloseTo(10 * SIZE, 6);
    const xs = new Map<number, number>(glyphXs(line).map(([, x], k) => [k, x]));
    expect(xs.get(3)! - xs.get(2)!).toBe(1);
    expect(xs.get(7)! - xs.get(6)!).toBe(1);
    expect(xs.get(1)! - xs.get(0)!).toBeGreaterThan(1);
  });

  it('cuts a word longer than the line rather than overflowing', () => {
    const lines = set('https://example.org/averyveryverylongpath', 6);
    for (const l of lines) expect(l.right).toBeLessThanOrEqual(6 * SIZE + 1e-6);
    expect(lines.map((l) => l.text).join('')).toBe('https://example.org/averyveryverylongpath');
  });

  it('sets the line before a hard break flush left', () => {
    const lines = set(
      [
        { kind: 'text', text: '第一行', style: {}, source: { file: 't.md', line: 1 } },
        { kind: 'break', source: { file: 't.md', line: 1 } },
        { kind: 'text', text: '第二行', style: {}, source: { file: 't.md', line: 2 } },
      ],
      10,
    );
    expect(lines.map((l) => [l.text, l.right / SIZE])).toEqual([
      ['第一行', 3],
      ['第二行', 3],
    ]);
  });
});

describe('emphasis without a Kai face', () => {
  it('puts a 着重号 dot under each emphasised Han character, none under punctuation', () => {
    const [line] = set(
      [
        { kind: 'text', text: '一定', style: {}, source: { file: 't.md', line: 1 } },
        { kind: 'text', text: '不能碰，', style: { italic: true }, source: { file: 't.md', line: 1 } },
      ],
      20,
    );
    const dots = line.items.filter((i) => i.kind === 'rect');
    expect(dots).toHaveLength(3);
    const xs = dots.map((d) => (d.kind === 'rect' ? Math.round(((d.x + d.width / 2) / SIZE) * 100) / 100 : 0));
    expect(xs).toEqual([2.5, 3.5, 4.5]);
  });
});
