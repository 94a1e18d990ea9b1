import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCY,
  NO_LINE_END,
  NO_LINE_START,
  NUMBER_UNITS,
  classOf,
  isChineseContext,
  isDigit,
  isHan,
  isLatinLetter,
  isSpace,
  punctuationKind,
} from '../../../src/typeset/text/classes.ts';
import { graphemes, segmentGraphemes, splitsByCodeUnit } from '../../../src/typeset/text/clusters.ts';

// Characters from every range the fast paths treat specially, and from just outside them.
const units = [
  ...'禁毒宣传村口的灯某中学教师志愿者〇々ぁァ가',
  ...'abcXYZ0123456789０９ \u00a0.,;:!?%$-/()[]{}\'"~@#^&*_+=<>|`',
  ...'。，、；：？！．“”‘’（）《》〈〉【】〔〕「」『』…⋯—⸺～·・‧／％‰℃°′″¥￥€£₩№',
  ...'éßĀǅαβЖж\u02ff\u2010\u2027\u2030\u205e\u3000\u3098\u309b\u9fff\uff00\uff9d',
];
const joining = ['\u0301', '\u200d', '\ufe0f', '\u{e0100}', '\u3099', '\u309a', '👍', '🏽', '𠀀', '\u{1f468}', '\r', '\n', '\t'];

describe('grapheme fast path', () => {
  it('splits by UTF-16 unit only where Intl.Segmenter finds one cluster per unit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units, ...joining), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(graphemes(text)).toEqual(segmentGraphemes(text));
        if (splitsByCodeUnit(text)) expect(segmentGraphemes(text)).toEqual(text.split(''));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cluster classes', () => {
  it('agree with the character predicates and 禁则 lists for every cluster', () => {
    const clusters = fc.oneof(fc.constantFrom(...units, ...joining, '……', '——', '👍🏽', '❤️', '葛\u{e0100}'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(clusters, (c) => {
        const cls = classOf(c);
        expect(cls).toBe(classOf(c)); // worked out once
        expect(cls.space).toBe(isSpace(c));
        expect(cls.digit).toBe(isDigit(c));
        expect(cls.latinLetter).toBe(isLatinLetter(c));
        expect(cls.chineseContext).toBe(isChineseContext(c));
        expect(cls.punctuation).toBe(punctuationKind(c));
        expect(cls.noLineStart).toBe(NO_LINE_START.has(c));
        expect(cls.noLineEnd).toBe(NO_LINE_END.has(c));
        expect(cls.numberUnit).toBe(NUMBER_UNITS.has(c));
        expect(cls.currency).toBe(CURRENCY.has(c));
        const kind = isSpace(c) ? 'space' : isHan(c) ? 'han' : isLatinLetter(c) ? 'latin' : isDigit(c) ? 'digit' : punctuationKind(c) ? 'punct' : 'other';
        expect(cls.kind).toBe(kind);
        expect(cls.alphanumeric).toBe(kind === 'latin' || kind === 'digit' || (kind === 'other' && /^[\x21-\x7e]$/.test(c)));
      }),
      { numRuns: 3000 },
    );
  });
});
