/**
 * Pinyin typed instead of characters ("jindu", "jin du", initials "jdxc") read as the Chinese words of the
 * site it most likely means, before anything reaches Pagefind. The build ships a small list of the words
 * of the site's titles with their pinyin (src/build/search-pinyin.ts); the search page fetches it only
 * when a query is all Latin letters.
 */

/** The list's name in the Pagefind bundle folder. */
export const PINYIN_FILE = 'pinyin.json';

/** As shipped: [word, syllables separated by spaces], most frequent first. */
export type PinyinWords = Array<[string, string]>;

export interface PinyinReader {
  /** The Chinese words the pinyin may stand for, likeliest first; empty when none is known. */
  read(query: string): string[];
}

/** How many readings of one pinyin query are searched at most. */
const MAX_READINGS = 3;
/** Initials only from three letters on: two (jd) stand for too many words to guess from. */
const MIN_INITIALS = 3;

/** The letters of a query made of Latin letters, spaces and apostrophes only, lower case; else undefined. */
export function pinyinLetters(query: string): string | undefined {
  const trimmed = query.normalize('NFKC').trim().toLowerCase();
  if (!/^[a-zü][a-zü\s'’]*$/u.test(trimmed)) return undefined;
  return trimmed.replace(/[\s'’]+/g, '').replace(/ü/g, 'v');
}

export function pinyinReader(words: PinyinWords): PinyinReader {
  const byKey = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(word)) list.push(word);
    byKey.set(key, list);
  };
  for (const [word, syllables] of words) {
    const parts = syllables.split(' ');
    add(parts.join(''), word);
    if (parts.length >= MIN_INITIALS) add(parts.map((p) => p[0]).join(''), word);
  }
  const lookup = (letters: string) => (byKey.get(letters) ?? []).slice(0, MAX_READINGS);
  return {
    read(query) {
      const letters = pinyinLetters(query);
      if (!letters) return [];
      const whole = lookup(letters);
      if (whole.length > 0) return whole;
      // Several words typed apart ("jindu xuanchuan"): each read on its own, all of them searched together.
      const parts = query.trim().split(/\s+/).map((part) => lookup(pinyinLetters(part) ?? '')[0]);
      return parts.length > 1 && parts.every(Boolean) ? [parts.join(' ')] : [];
    },
  };
}
