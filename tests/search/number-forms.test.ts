import { describe, expect, it } from 'vitest';
import { asMonthDays, monthDay } from '../../src/lib/search/number-forms.ts';
import { queryForms } from '../../src/lib/search/query-forms.ts';
import { pinyinReader } from '../../src/lib/search/pinyin.ts';

describe('numbers typed for a day', () => {
  it('read three or four digits, or Chinese numerals, as month.day', () => {
    expect(monthDay('626')).toBe('6.26');
    expect(monthDay('0626')).toBe('6.26');
    expect(monthDay('６２６')).toBe('6.26');
    expect(monthDay('六二六')).toBe('6.26');
    expect(monthDay('1231')).toBe('12.31');
    expect(monthDay('605')).toBe('6.5');
  });

  it('leave numbers that cannot be a day alone', () => {
    for (const number of ['2025', '1332', '26', '12345', '600', '三衔接', '六']) expect(monthDay(number), number).toBeUndefined();
  });

  it('read only the words of a query that are such numbers', () => {
    expect(asMonthDays('626 宣传')).toBe('6.26 宣传');
    expect(asMonthDays('禁毒 宣传')).toBeUndefined();
  });
});

describe('what is searched for a query', () => {
  const reader = pinyinReader([['禁毒', 'jin du']]);
  it('is the query, the query and its day, or the Chinese its pinyin reads as', () => {
    expect(queryForms('禁毒', reader)).toEqual(['禁毒']);
    expect(queryForms('626', reader)).toEqual(['626', '6.26']);
    expect(queryForms('jindu', reader)).toEqual(['禁毒']);
    expect(queryForms('jindu')).toEqual(['jindu']);
  });
});
