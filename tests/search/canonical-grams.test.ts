import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalize, canonicalText } from '../../src/lib/search/canonical.ts';
import { charCode, decodeToken, documentTokens, queryTokens } from '../../src/lib/search/grams.ts';
import { MAX_QUERY_TOKENS, matchesTerms, parseQuery, selectTokens, spreadOrder } from '../../src/lib/search/query.ts';

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
  // containing it (pair for pair, or a single character's code as the prefix of one).
  it('a text containing a term holds every token of the term', () => {
    const hanzi = fc.constantFrom(...'社区康复戒毒禁毒宣传三衔接志愿者修车铺国际日6.2，。 “”abc'.split(''));
    fc.assert(
      fc.property(fc.array(hanzi, { maxLength: 40 }), fc.nat(40), fc.integer({ min: 1, max: 6 }), (chars, start, len) => {
        const text = chars.join('');
        const term = text.slice(start % (text.length + 1), (start % (text.length + 1)) + len);
        const canonicalTerm = canonicalText(term);
        fc.pre(canonicalTerm.length > 0);
        const indexed = documentTokens(canonicalText(text));
        for (const token of queryTokens(canonicalTerm)) {
          expect(indexed.some((t) => t.startsWith(token))).toBe(true);
        }
        expect(matchesTerms(canonicalText(text), [canonicalTerm])).toBe(true);
      }),
    );
  });
});

describe('query parsing', () => {
  it('splits terms on spaces (all must match) and keeps punctuation inside a term', () => {
    const { terms, pagefindQuery } = parseQuery(' 6.26国际禁毒日\u3000宣传 宣传 ');
    expect(terms).toEqual(['6 26国际禁毒日', '宣传']);
    expect(pagefindQuery.split(' ').map(decodeToken)).toEqual(['26', '宣传', '毒日', '国际', '6国']);
  });

  it('sends at most a few tokens, pairs spread over the term before single characters', () => {
    expect(spreadOrder(7)).toEqual([0, 6, 3, 1, 4, 2, 5]);
    const long = parseQuery('6.26国际禁毒日').pagefindQuery.split(' ').map(decodeToken);
    expect(long).toEqual(['26', '毒日', '国际', '6国', '际禁']);
    expect(long.length).toBe(MAX_QUERY_TOKENS);
    // Every term gets a turn before any gets a second token.
    const two = selectTokens([queryTokens('戒毒康复'), queryTokens('三衔接')], 3).map(decodeToken);
    expect(two).toEqual(['戒毒', '三衔', '康复']);
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
