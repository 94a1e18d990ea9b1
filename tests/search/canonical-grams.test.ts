import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalize, canonicalText, findTerm } from '../../src/lib/search/canonical.ts';
import { charCode, decodeToken, documentTokens, queryTokens } from '../../src/lib/search/grams.ts';
import { hasSpan, MAX_QUERY_TOKENS, matchesTerms, parseQuery, planTerm } from '../../src/lib/search/query.ts';

describe('canonical text', () => {
  it('keeps letters and digits, folds width and case, turns punctuation runs into one space', () => {
    expect(canonicalText('６·２６ 国际禁毒日！ABC')).toBe('6 26 国际禁毒日 abc');
    expect(canonicalText('“三衔接”工作')).toBe('三衔接 工作');
    expect(canonicalText('…，。')).toBe('');
  });

  it('maps every canonical character back to its place in the original', () => {
    const original = '前夕，６.２６国际';
    const { text, from, to } = canonicalize(original);
    const at = text.indexOf('6 26');
    expect(original.slice(from[at], to[at + 3])).toBe('６.２６');
  });
});

describe('finding a term in canonical text', () => {
  it('finds letters anywhere but numbers only whole', () => {
    expect(findTerm('2025 06 26 国际禁毒日', '6 26')).toBe(-1);
    expect(findTerm('2025 06 26 6 26国际禁毒日', '6 26')).toBe(11);
    expect(findTerm('禁毒禁毒', '禁毒', 1)).toBe(2);
    expect(findTerm('626号', '626')).toBe(0);
    expect(findTerm('1626号', '626')).toBe(-1);
    expect(findTerm('6260', '626')).toBe(-1);
    expect(matchesTerms('发布 2025 06 26', ['6 26'])).toBe(false);
    expect(matchesTerms('6 26国际禁毒日', ['6 26国际'])).toBe(true);
  });
});

describe('character-pair tokens', () => {
  it('encodes a character as four letters and back', () => {
    expect(charCode('社')).toMatch(/^[a-z]{4}$/);
    expect(decodeToken(charCode('社')! + charCode('区')!)).toBe('社区');
    expect(decodeToken(charCode('𠀋')!)).toBe('𠀋');
  });

  it('indexes each overlapping pair of a run and the run’s last character', () => {
    const tokens = documentTokens(canonicalText('社区康复，6.26')).map(decodeToken);
    expect(tokens).toEqual(['社区', '区康', '康复', '复', '6', '26', '6']);
  });

  it('queries the pairs of a term, or a lone character’s code', () => {
    expect(queryTokens(canonicalText('戒毒康复')).map(decodeToken)).toEqual(['戒毒', '毒康', '康复']);
    expect(queryTokens('毒').map(decodeToken)).toEqual(['毒']);
    expect(queryTokens(canonicalText('6.26')).map(decodeToken)).toEqual(['6', '26']);
  });

  // The property that makes recall complete: every token of a term is among the tokens of any text
  // containing it (pair for pair, or a single character's code as the prefix of one), and a term's two
  // tokens stand exactly its span apart (one token per character, so positions are character offsets).
  it('a text containing a term holds every token of the term, the planned two the span apart', () => {
    const hanzi = fc.constantFrom(...'社区康复戒毒禁毒宣传三衔接志愿者修车铺国际日6.2，。 “”abc'.split(''));
    fc.assert(
      fc.property(fc.array(hanzi, { maxLength: 40 }), fc.nat(40), fc.integer({ min: 1, max: 8 }), (chars, start, len) => {
        const text = chars.join('');
        const from = start % (text.length + 1);
        const term = text.slice(from, from + len);
        const to = from + term.length;
        const canonicalTerm = canonicalText(term);
        fc.pre(canonicalTerm.length > 0);
        const indexed = documentTokens(canonicalText(text));
        for (const token of queryTokens(canonicalTerm)) {
          expect(indexed.some((t) => t.startsWith(token))).toBe(true);
        }
        const plan = planTerm(canonicalTerm);
        for (const token of plan.tokens) expect(indexed.some((t) => t.startsWith(token))).toBe(true);
        if (plan.span !== undefined) {
          const [first, last] = plan.tokens;
          expect(indexed.some((t, p) => t === first && indexed[p + plan.span!] === last)).toBe(true);
        }
        // Found by the exact check too, unless the term cuts a number of the text (numbers match whole).
        const digit = (c: string | undefined) => c !== undefined && /\d/.test(c);
        const cutsNumber = (digit(text[from - 1]) && digit(text[from])) || (digit(text[to - 1]) && digit(text[to]));
        if (!cutsNumber) expect(matchesTerms(canonicalText(text), [canonicalTerm])).toBe(true);
      }),
    );
  });
});

describe('query parsing', () => {
  it('splits terms on spaces (all must match) and keeps punctuation inside a term', () => {
    const { terms, pagefindQuery } = parseQuery(' 6.26国际禁毒日\u3000宣传 宣传 ');
    expect(terms).toEqual(['6 26国际禁毒日', '宣传']);
    expect(pagefindQuery.split(' ').map(decodeToken)).toEqual(['26', '毒日', '宣传']);
  });

  it('plans at most two tokens a term: the first and last pair of its longest run, and their distance', () => {
    const decoded = (term: string) => {
      const plan = planTerm(canonicalText(term));
      return { tokens: plan.tokens.map(decodeToken), span: plan.span };
    };
    expect(decoded('社区康复')).toEqual({ tokens: ['社区', '康复'], span: 2 });
    expect(decoded('三衔接')).toEqual({ tokens: ['三衔', '衔接'], span: 1 });
    expect(decoded('禁毒')).toEqual({ tokens: ['禁毒'], span: undefined });
    expect(decoded('毒')).toEqual({ tokens: ['毒'], span: undefined });
    expect(decoded('6.26国际禁毒日')).toEqual({ tokens: ['26', '毒日'], span: 5 });
    expect(decoded('12.3%')).toEqual({ tokens: ['12'], span: undefined });
  });

  it('sends a bounded number of tokens, whatever is typed; terms beyond are left to the exact check', () => {
    const { terms, plans, pagefindQuery } = parseQuery('社区康复 戒毒康复 禁毒宣传 三衔接 国际禁毒日');
    expect(terms).toHaveLength(5);
    expect(plans.map((p) => p.term)).toEqual(['社区康复', '戒毒康复', '禁毒宣传']);
    expect(pagefindQuery.split(' ').length).toBeLessThanOrEqual(MAX_QUERY_TOKENS);
  });

  it('tells whether the second token follows the first at the given distance', () => {
    expect(hasSpan([3, 40], [42, 7], 2)).toBe(true);
    expect(hasSpan([3, 40], [41, 7], 2)).toBe(false);
    expect(hasSpan([], [2], 2)).toBe(false);
  });

  it('gives nothing to search for punctuation alone', () => {
    expect(parseQuery('，。！').pagefindQuery).toBe('');
  });

  it('checks terms as substrings of the canonical text', () => {
    const text = canonicalText('禁毒宣传，从娃娃抓起！');
    expect(matchesTerms(text, parseQuery('宣传，从娃娃').terms)).toBe(true);
    expect(matchesTerms(text, parseQuery('宣传从娃娃').terms)).toBe(false);
    expect(matchesTerms(text, parseQuery('娃娃 禁毒').terms)).toBe(true);
  });
});
