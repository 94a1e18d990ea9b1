// Runs of three or more punctuation marks (”，“  。”“  ）、（  ！”（ …): set with a fixed-width measurer, and as
// MuPDF reads the glyphs of the built editions.
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decodeXml, stextXml } from '../../reader/mupdf.ts';
import { SIZE, glyphXs, set } from './inline-helpers.ts';

/** Ems from the first mark of `cluster` in `text` to the character after it, and the x of each of its marks. */
function clusterIn(line: ReturnType<typeof set>[number], cluster: string): { width: number; xs: number[] } {
  const g = glyphXs(line);
  const at = g.findIndex((_, k) => g.slice(k, k + cluster.length).map(([t]) => t).join('') === cluster);
  expect(at, `${cluster} in ${line.text}`).toBeGreaterThanOrEqual(0);
  const next = g[at + cluster.length];
  const end = next ? next[1] : line.right / SIZE;
  return { width: end - g[at]![1], xs: g.slice(at, at + cluster.length).map(([, x]) => x) };
}

describe('runs of three or more marks', () => {
  it.each(['”，“', '。”“', '）、（', '！”（', '？”《', '。”）', '“《（'])('%s takes 2 em: every blank but one goes', (cluster) => {
    const [line] = set(`他说${cluster}好的`, 30);
    expect(clusterIn(line, cluster).width).toBeCloseTo(2, 6);
  });

  it('”，“ is set closing ½, comma ½ + the ½ em before the opening quote, which draws in its right half', () => {
    const [line] = set('提神”，“抽了', 30);
    expect(glyphXs(line)).toEqual([
      ['提', 0],
      ['神', 1],
      ['”', 2],
      ['，', 2.5],
      ['“', 3], // its ink from 3.5: the ½ em after the comma's ink is the space between the two
      ['抽', 4],
      ['了', 5],
    ]);
  });

  it('three opening marks lose the blanks between them: “《（ is 1 + ½ + ½', () => {
    const [line] = set('他读“《（示', 30);
    expect(glyphXs(line).slice(2, 6)).toEqual([
      ['“', 2],
      ['《', 2.5],
      ['（', 3],
      ['示', 4],
    ]);
  });

  it('keeps a run at 2 em in a line that must shrink, while lone marks give up their quarter em', () => {
    // 11.5 ems in 10.5 that cannot break before ”。: the 。 gives ½ em, the lone comma and the lone “ the
    // rest. Before this rule the run's “ gave its share with them (the run at 1.83 em).
    const lines = set('东，西“提神”，“抽了”。甲乙丙', 10.5);
    expect(lines[0].text).toBe('东，西“提神”，“抽了”。');
    expect(lines[0].right).toBeCloseTo(10.5 * SIZE, 6);
    expect(clusterIn(lines[0], '”，“').width).toBeCloseTo(2, 6);
    const xs = glyphXs(lines[0]).map(([, x]) => x);
    expect(xs[2] - xs[1]).toBeLessThan(1); // the lone comma gave some of its blank
  });

  it('a run broken at a line end still starts the next line with the opening mark at full width', () => {
    const lines = set('一二三四五六七八”，“九十', 10);
    expect(lines.map((l) => l.text)).toEqual(['一二三四五六七八”，', '“九十']);
    expect(glyphXs(lines[1])[0]).toEqual(['“', 0]);
    expect(glyphXs(lines[1])[1]).toEqual(['九', 1]);
  });

  it('pairs take 1.5 em', () => {
    for (const pair of ['”，', '，“', '。”', '“《', '），']) {
      const [line] = set(`他说${pair}好的`, 30);
      expect(clusterIn(line, pair).width, pair).toBeCloseTo(1.5, 6);
    }
  });

  it.each(['”，', '，“', '。”', '“《', '），'])('a pair %s stays at 1.5 em in a line that must shrink: characters go down instead', (pair) => {
    // 10.5 ems that cannot break before 。: the 。 gives ½ em, and the last ¼ em would have come from the pair
    // (1.25 em). No mark of a pair gives more than the pair's own ½ em, so 八。 goes down and the line is spread.
    const lines = set(`一二${pair}三四五六七八。甲乙`, 9.75);
    expect(lines.map((l) => l.text)).toEqual([`一二${pair}三四五六七`, '八。甲乙']);
    expect(lines[0].right).toBeCloseTo(9.75 * SIZE, 6);
    const spread = glyphXs(lines[0])[1]![1] - glyphXs(lines[0])[0]![1] - 1;
    expect(clusterIn(lines[0], pair).width - 2 * spread).toBeCloseTo(1.5, 6);
  });
});

/** Every line of `page` as MuPDF reads it: each character with its x and font size. */
function stextLines(file: string, pages: string): Array<Array<{ c: string; x: number; size: number }>> {
  return stextXml(file, pages)
    .split('<line ')
    .slice(1)
    .map((line) => {
      const chars: Array<{ c: string; x: number; size: number }> = [];
      let size = 0;
      for (const m of line.matchAll(/<font [^>]*size="([\d.]+)"|<char [^>]* x="([\d.]+)"[^>]* c="([^"]*)"/g)) {
        if (m[1]) size = Number(m[1]);
        else chars.push({ c: decodeXml(m[3]!), x: Number(m[2]), size });
      }
      return chars;
    });
}

const MARK = /^[。，、；：？！”’」』）》〉】〕〗］｝“‘「『（《〈【〔〖［｛]$/u;
const HAN = /^\p{Script=Han}$/u;

describe.each(['quanxian', 'cunmin', 'xiaoxue'])('%s edition: runs of marks where MuPDF reads the glyphs', (id) => {
  it('every pair of marks inside a line spans 1.5 em and every run of three or more 2 em, plus the letter-spacing of its line', () => {
    const file = path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);
    let pairs = 0;
    let runs = 0;
    for (const line of stextLines(file, '1-N')) {
      const steps = line.slice(1).map((ch, k) => ({ step: ch.x - line[k]!.x, han: HAN.test(line[k]!.c) && HAN.test(ch.c) }));
      const hanSteps = steps.filter((s) => s.han).map((s) => s.step).sort((a, b) => a - b);
      for (let i = 0; i < line.length; i++) {
        let j = i;
        while (j + 1 < line.length && MARK.test(line[i]!.c) && MARK.test(line[j + 1]!.c)) j++;
        if (j - i >= 1 && j + 1 < line.length && hanSteps.length > 0) {
          const { size } = line[i]!;
          const spread = Math.max(0, hanSteps[Math.floor(hanSteps.length / 2)]! - size);
          const run = line.slice(i, j + 1).map((ch) => ch.c).join('');
          expect((line[j + 1]!.x - line[i]!.x - (j - i + 1) * spread) / size, `${run} in ${line.map((ch) => ch.c).join('')}`).toBeCloseTo(j - i >= 2 ? 2 : 1.5, 2);
          if (j - i >= 2) runs++;
          else pairs++;
        }
        i = j;
      }
    }
    // The sample stories quote “提神”，“抽了上班不累” in the 全县通用版 and the 村民版.
    if (id !== 'xiaoxue') expect(runs).toBeGreaterThan(0);
    expect(pairs).toBeGreaterThan(0);
  });
});
