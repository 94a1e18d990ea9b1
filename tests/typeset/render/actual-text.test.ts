import { describe, expect, test } from 'vitest';
import { actualTextSpans, beginActualText, ideographicSpaceSpans } from '../../../src/typeset/render/actual-text.ts';

const glyphs = (text: string) => [...text].map((ch) => ({ text: ch }));

describe('ActualText spans around ideographic spaces', () => {
  test('a line without U+3000 needs none', () => {
    expect(ideographicSpaceSpans(glyphs('编印单位：邵阳县禁毒协会'))).toEqual([]);
  });

  test('a run of spaces is spanned with the glyph before and after it', () => {
    expect(ideographicSpaceSpans(glyphs('书　　名：讲好'))).toEqual([{ start: 0, end: 3, text: '书　　名' }]);
    expect(ideographicSpaceSpans(glyphs('内部资料　免费交流'))).toEqual([{ start: 3, end: 5, text: '料　免' }]);
  });

  test('spaces at either end of the run take only the glyph on their inner side', () => {
    expect(ideographicSpaceSpans(glyphs('　　首行'))).toEqual([{ start: 0, end: 2, text: '　　首' }]);
    expect(ideographicSpaceSpans(glyphs('作者　'))).toEqual([{ start: 1, end: 2, text: '者　' }]);
    expect(ideographicSpaceSpans(glyphs('　'))).toEqual([{ start: 0, end: 0, text: '　' }]);
  });

  test('two space runs one character apart share one span; further apart, each has its own', () => {
    expect(ideographicSpaceSpans(glyphs('甲　乙　丙'))).toEqual([{ start: 0, end: 4, text: '甲　乙　丙' }]);
    expect(ideographicSpaceSpans(glyphs('甲　乙丙　丁'))).toEqual([
      { start: 0, end: 2, text: '甲　乙' },
      { start: 3, end: 5, text: '丙　丁' },
    ]);
  });

  test('the span operator carries the text as UTF-16BE with a byte-order mark, astral characters as pairs', () => {
    expect(beginActualText('书　名')).toBe('/Span <</ActualText <FEFF4E663000540D>>> BDC\n');
    expect(beginActualText('𰻝　')).toBe('/Span <</ActualText <FEFFD883DEDD3000>>> BDC\n');
  });
});

describe('the spans of a run that asks for one (a contents entry\'s leader dots)', () => {
  const dots = { start: 4, end: 9, text: '……' };

  test('a run without U+3000 gets just the span asked for', () => {
    expect(actualTextSpans(glyphs('回家的路······12'), dots)).toEqual([dots]);
    expect(actualTextSpans(glyphs('回家的路······12'), undefined)).toEqual([]);
  });

  test('ideographic-space spans elsewhere in the run stay, in order; one overlapping the asked-for span is left out', () => {
    expect(actualTextSpans(glyphs('甲　乙的······12'), dots)).toEqual([{ start: 0, end: 2, text: '甲　乙' }, dots]);
    expect(actualTextSpans(glyphs('甲乙丙　······12'), dots)).toEqual([dots]);
    const early = { start: 1, end: 2, text: '……' };
    expect(actualTextSpans(glyphs('甲··丁　戊'), early)).toEqual([early, { start: 3, end: 5, text: '丁　戊' }]);
  });
});

