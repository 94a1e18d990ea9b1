import { describe, expect, it } from 'vitest';
import { pinyinWords } from '../../src/build/search-pinyin.ts';
import { pinyinLetters, pinyinReader } from '../../src/lib/search/pinyin.ts';

describe('pinyin queries', () => {
  it('are told from other queries: Latin letters, spaces and apostrophes only', () => {
    expect(pinyinLetters(' Jin du ')).toBe('jindu');
    expect(pinyinLetters("xi'an")).toBe('xian');
    expect(pinyinLetters('ｊｉｎｄｕ')).toBe('jindu');
    expect(pinyinLetters('lü')).toBe('lv');
    expect(pinyinLetters('禁毒')).toBeUndefined();
    expect(pinyinLetters('626')).toBeUndefined();
    expect(pinyinLetters('jin禁')).toBeUndefined();
  });

  const reader = pinyinReader([
    ['禁毒', 'jin du'],
    ['进度', 'jin du'],
    ['禁毒宣传', 'jin du xuan chuan'],
    ['宣传', 'xuan chuan'],
    ['绿色', 'lv se'],
  ]);

  it('are read as the site’s words, most frequent first, by full pinyin with or without spaces', () => {
    expect(reader.read('jindu')).toEqual(['禁毒', '进度']);
    expect(reader.read('Jin Du')).toEqual(['禁毒', '进度']);
    expect(reader.read('jinduxuanchuan')).toEqual(['禁毒宣传']);
    expect(reader.read('lüse')).toEqual(['绿色']);
  });

  it('are read by initials from three letters on', () => {
    expect(reader.read('jdxc')).toEqual(['禁毒宣传']);
    expect(reader.read('jd')).toEqual([]);
  });

  it('read words typed apart one by one when the whole is no word', () => {
    expect(reader.read('xuanchuan lvse')).toEqual(['宣传 绿色']);
    expect(reader.read('xuanchuan kafei')).toEqual([]);
    expect(reader.read('kafei')).toEqual([]);
  });
});

describe('the pinyin word list built from titles', () => {
  const titles = ['县禁毒协会举办禁毒宣传活动', '全民禁毒宣传月', '禁毒读本', '爷爷的药盒', '我们的禁毒手抄报', '身边的禁毒故事', '县禁毒协会召开二〇二五年度工作部署会'];
  const words = pinyinWords(titles, ['三衔接']);
  const list = words.map(([word]) => word);

  it('gives each word its toneless pinyin, ü as v', () => {
    expect(Object.fromEntries(words)['禁毒']).toBe('jin du');
    expect(Object.fromEntries(pinyinWords(['绿色家园'], []))['绿色']).toBe('lv se');
  });

  it('keeps the words of the titles, terms of two words shared by two titles, and the suggestions, most frequent first', () => {
    expect(list).toEqual(expect.arrayContaining(['禁毒', '协会', '药盒', '爷爷', '读本', '年度', '禁毒宣传', '禁毒协会', '三衔接']));
    expect(list[0]).toBe('禁毒');
  });

  it('drops pieces of two words and years in Chinese numerals', () => {
    for (const piece of ['的禁', '县禁', '毒协', '毒宣', '传活', '的药', '爷爷的药', '二〇', '五年', '〇二五']) expect(list, piece).not.toContain(piece);
  });

  it('is the same for the same titles', () => {
    expect(JSON.stringify(pinyinWords([...titles].reverse(), ['三衔接']))).toBe(JSON.stringify(words));
  });
});
