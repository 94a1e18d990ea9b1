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

  it('merges overlapping matches', () => {
    expect(matchRanges('禁毒禁毒', ['禁毒禁', '毒禁毒'])).toEqual([[0, 4]]);
  });

  it('without terms shows the start of the text', () => {
    expect(marked('正文开始。后面还有。', '', 4)).toBe('正文开始…');
  });
});
