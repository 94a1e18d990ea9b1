/**
 * Build time: the words of the site's titles with their pinyin, for reading pinyin queries as Chinese
 * (src/lib/search/pinyin.ts). A word here is any run of two to four Chinese characters inside a title;
 * the segmenters at hand cut 禁毒 into 禁 and 毒, so words are not looked up in a dictionary but counted:
 * two-character words are all kept, longer ones when two titles or more share them (禁毒宣传, 国际禁毒日
 * is five and left to its parts), and the search page's suggestions always. Most frequent first.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { PINYIN_FILE, type PinyinWords } from '../lib/search/pinyin.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

function wordsOf(title: string): Set<string> {
  const words = new Set<string>();
  for (const [run] of title.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let length = 2; length <= 4; length++) {
      for (let i = 0; i + length <= chars.length; i++) words.add(chars.slice(i, i + length).join(''));
    }
  }
  return words;
}

function syllables(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).join(' ');
}

export function pinyinWords(titles: readonly string[], suggestions: readonly string[]): PinyinWords {
  const titleCount = new Map<string, number>();
  for (const title of titles) {
    for (const word of wordsOf(title)) titleCount.set(word, (titleCount.get(word) ?? 0) + 1);
  }
  const kept = [...titleCount].filter(([word, count]) => [...word].length === 2 || count >= 2);
  for (const word of suggestions) if (!titleCount.has(word)) kept.push([word, 0]);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return kept.map(([word]) => [word, syllables(word)]);
}

/** Writes the list into the Pagefind bundle folder; returns its size in bytes. */
export function writePinyinWords(bundleDir: string, words: PinyinWords): number {
  const json = JSON.stringify(words);
  writeFileSync(path.join(bundleDir, PINYIN_FILE), json);
  return Buffer.byteLength(json);
}
