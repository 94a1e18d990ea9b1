import { describe, expect, it } from 'vitest';
import { findBreakOpportunities } from '../../../src/typeset/text/breaks.ts';
import { graphemes } from '../../../src/typeset/text/clusters.ts';

/** The text with `|` wherever a line may end. */
function marked(text: string): string {
  const { clusters, allowed } = findBreakOpportunities(graphemes(text));
  return clusters.map((c, i) => c + (allowed[i] && i < clusters.length - 1 ? '|' : '')).join('');
}

/** May a line break between the two halves? */
function canBreakBetween(before: string, after: string): boolean {
  const clusters = graphemes(before + after);
  const { allowed } = findBreakOpportunities(clusters);
  return allowed[graphemes(before).length - 1];
}

describe('break opportunities', () => {
  it('allows a break between any two Han characters', () => {
    expect(marked('禁毒宣传')).toBe('禁|毒|宣|传');
  });

  it.each([...'。，、；：？！．‼⁇⁈⁉', ...'”’」』', ...'）》〉】〕〗］｝', ...'～–-·・‧/／', '—', '…', '⋯', '⸺'])(
    'never starts a line with %s',
    (mark) => {
      expect(canBreakBetween('禁毒', `${mark}宣传`)).toBe(false);
    },
  );

  it.each([...'“‘「『（《〈【〔〖［｛'])('never ends a line with %s', (mark) => {
    expect(canBreakBetween(`禁毒${mark}`, '宣传')).toBe(false);
    expect(canBreakBetween('禁毒', `${mark}宣传`)).toBe(true);
  });

  it.each([...'$¥￥€£№'])('keeps the sign %s with its number', (sign) => {
    expect(canBreakBetween(`价格${sign}`, '100元')).toBe(false);
    expect(canBreakBetween('价格', `${sign}100元`)).toBe(true);
  });

  it('never splits …… or —— or ⸺, and keeps them off the line start', () => {
    expect(marked('走了……是的')).toBe('走|了……|是|的');
    expect(marked('走了——是的')).toBe('走|了——|是|的');
    expect(marked('走了⸺是的')).toBe('走|了⸺|是|的');
  });

  it('never splits digit runs, decimals or thousands', () => {
    expect(marked('共12345人')).toBe('共|12345|人');
    expect(marked('约3.14米')).toBe('约|3.14|米');
    expect(marked('有1,000人')).toBe('有|1,000|人');
  });

  it.each([...'%％‰℃°′″'])('keeps the unit %s with its number', (unit) => {
    expect(canBreakBetween('增长35', `${unit}以上`)).toBe(false);
  });

  it('never splits a Latin word, and breaks after spaces only', () => {
    expect(marked('使用App软件')).toBe('使|用|App|软|件');
    expect(marked('Hello world')).toBe('Hello |world');
    expect(marked('a  b')).toBe('a  |b');
  });

  it('keeps stacked ？！ together', () => {
    expect(marked('真的？！好')).toBe('真|的？！|好');
    expect(marked('真的！？好')).toBe('真|的！？|好');
  });

  it('never splits a surrogate pair, a variation sequence or an emoji sequence', () => {
    // 𠀀 is outside the BMP (a surrogate pair); 葛󠄀 carries an ideographic variation selector.
    expect(marked('甲𠀀乙')).toBe('甲|𠀀|乙');
    expect(marked('甲葛\u{E0100}乙')).toBe('甲|葛\u{E0100}|乙');
    expect(marked('好👍🏽👨‍👩‍👧乙')).toBe('好|👍🏽|👨‍👩‍👧|乙');
    expect(marked('❤️好')).toBe('❤️|好');
  });

  it('lets quotes in Chinese text break outside them, never inside', () => {
    expect(marked('他说：“你好。”然后')).toBe('他|说：|“你|好。”|然|后');
  });
});
