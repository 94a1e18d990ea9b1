import { describe, expect, test } from 'vitest';
import {
  findDictionaryWords,
  findDoubledPunctuation,
  findHalfWidthPunctuation,
  findStraySpaces,
  findUnbalancedPairs,
} from '../../src/check/proofread/rules.ts';
import { findSuppressions } from '../../src/check/proofread/suppressions.ts';
import { DEFAULT_DICTIONARY } from '../../src/check/proofread/default-dictionary.ts';

const block = (text: string) => ({ text, offsets: [...text].map((_, i) => i) });
const at = (findings: { index: number }[]) => findings.map((f) => f.index);

describe('半角标点', () => {
  test('flags , ; : ? ! ( ) between Chinese characters', () => {
    expect(at(findHalfWidthPunctuation(block('你好,世界;再见:好吗?好!某村(示例)村医')))).toEqual([2, 5, 8, 11, 13, 16, 19]);
  });
  test('leaves numbers, Latin text and times alone', () => {
    expect(findHalfWidthPunctuation(block('共 3,000 人，Hello, world! 时间 9:30，比例 1:2。'))).toEqual([]);
  });
});

describe('重复标点', () => {
  test('flags ，， 。。 and mixed pairs, allows ？！', () => {
    expect(at(findDoubledPunctuation(block('好，，真的。。对，。真的？！')))).toEqual([2, 6, 9]);
  });
  test('ellipsis and dashes are not doubled punctuation', () => {
    expect(findDoubledPunctuation(block('他说……——然后走了。'))).toEqual([]);
  });
});

describe('标点不成对', () => {
  test('reports the unclosed opener and the stray closer', () => {
    expect(findUnbalancedPairs(block('学习《禁毒法，他说”好')).map((f) => [f.index, f.message])).toEqual([
      [2, '符号 《 没有对应的 》'],
      [9, '符号 ” 前面没有对应的 “'],
    ]);
  });
  test('nested pairs balance', () => {
    expect(findUnbalancedPairs(block('他说：“学习《禁毒法》（2007年）【重点】‘必读’。”'))).toEqual([]);
  });
});

describe('多余空格', () => {
  test('flags spaces between Chinese characters but not around Latin words or inside a quoted slogan', () => {
    expect(at(findStraySpaces(block('禁毒 宣传，使用 App 学习，“珍爱生命 远离毒品”')))).toEqual([2]);
  });
});

describe('错别字', () => {
  test('the default list has a few dozen pairs, including the ones from the brief', () => {
    expect(Object.keys(DEFAULT_DICTIONARY).length).toBeGreaterThanOrEqual(40);
    expect(DEFAULT_DICTIONARY['政确']).toBe('正确');
    expect(DEFAULT_DICTIONARY['不径而走']).toBe('不胫而走');
  });
  test('finds every occurrence', () => {
    const dictionary = new Map([['政确', '正确']]);
    expect(at(findDictionaryWords(block('政确，政确'), dictionary))).toEqual([0, 3]);
  });
});

describe('校对忽略 comments', () => {
  const locate = (offset: number) => ({ line: source.slice(0, offset).split('\n').length, column: 1 });
  const source = ['# 校对忽略全文: 多余空格', '<!-- 校对忽略: 错别字、半角标点 -->', '正文', '正文', '{/* 校对忽略 */}', '正文'].join('\n');
  const suppressions = findSuppressions(source, locate);
  test('a file-wide directive switches a rule off everywhere', () => {
    expect(suppressions.isOff('多余空格', 6)).toBe(true);
  });
  test('a line directive covers its own line and the next, for the rules it names', () => {
    expect([suppressions.isOff('错别字', 3), suppressions.isOff('半角标点', 3), suppressions.isOff('重复标点', 3)]).toEqual([true, true, false]);
    expect(suppressions.isOff('错别字', 4)).toBe(false);
  });
  test('without rule names every rule is off', () => {
    expect(suppressions.isOff('标点不成对', 6)).toBe(true);
  });
});
