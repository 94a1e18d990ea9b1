import { describe, expect, it } from 'vitest';
import { buildExcerpt, matchRanges } from '../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../src/lib/search/query.ts';

const marked = (text: string, query: string, length?: number) => {
  const e = buildExcerpt(text, parseQuery(query).terms, length);
  return (e.cutStart ? '…' : '') + e.parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('') + (e.cutEnd ? '…' : '');
};

describe('excerpts', () => {
  it('marks every occurrence in the real text (touching matches as one), punctuation and width as written', () => {
    expect(marked('６.２６国际禁毒日前夕，国际禁毒日宣传。', '6.26国际 禁毒日')).toBe('[６.２６国际禁毒日]前夕，国际[禁毒日]宣传。');
  });

  it('cuts around the first match and says so', () => {
    const text = `${'甲'.repeat(200)}三衔接${'乙'.repeat(200)}`;
    const out = marked(text, '三衔接', 40);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[三衔接]');
    expect(out.replace(/[…[\]]/g, '')).toHaveLength(40);
  });

  it('marks a number typed only where it stands whole, not inside a longer number such as a date', () => {
    expect(marked('发布时间：2025-06-26。“6·26”国际禁毒日，2026年。', '6.26')).toBe('发布时间：2025-06-26。“[6·26]”国际禁毒日，2026年。');
    expect(marked('第626号，1626年', '626')).toBe('第[626]号，1626年');
    expect(marked('2025年6月', '5年')).toBe('2025年6月');
    expect(marked('2025年6月', '年6')).toBe('2025[年6]月');
  });

  it('merges overlapping matches', () => {
    expect(matchRanges('禁毒禁毒', ['禁毒禁', '毒禁毒'])).toEqual([[0, 4]]);
  });

  it('skips the title shown above it, taking the first match after it, with no “…” where the title ended', () => {
    const text = '白仓镇工作站建成 正文说白仓镇的工作站今年建成。';
    const e = buildExcerpt(text, parseQuery('白仓').terms, 110, '白仓镇工作站建成');
    expect(e.cutStart).toBe(false);
    expect(e.parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')).toBe('正文说[白仓]镇的工作站今年建成。');
    // A text that does not start with the title is excerpted as before.
    expect(buildExcerpt(text, parseQuery('白仓').terms, 110, '别的标题').parts[0]).toEqual({ text: '白仓', match: true });
  });

  it('without terms shows the start of the text', () => {
    expect(marked('正文开始。后面还有。', '', 4)).toBe('正文开始…');
  });
});
