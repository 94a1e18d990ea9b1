/**
 * Build time: the words of the site's titles with their pinyin, for reading pinyin queries as Chinese
 * (src/lib/search/pinyin.ts): the words and terms of title-terms.ts, and the search page's suggestions
 * always. Most frequent first.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { PINYIN_FILE, type PinyinWords } from '../lib/search/pinyin.ts';
import { titleTerms } from './title-terms.ts';

function syllables(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).join(' ');
}

export function pinyinWords(titles: readonly string[], suggestions: readonly string[]): PinyinWords {
  const titleCount = titleTerms(titles);
  const kept = [...titleCount];
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
