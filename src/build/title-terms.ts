/**
 * Build time: the words and terms of the site's titles, for the pinyin word list (search-pinyin.ts).
 *
 * Words come from ICU's Chinese word segmenter (Intl.Segmenter, in Node): 社区, 戒毒, 宣传, 药盒. Its
 * dictionary lacks our field's own words and cuts 禁毒 into 禁 and 毒, so where it leaves single characters
 * side by side (县/禁/毒, 的/禁/毒), the pairs among them are ranked by how many titles hold them, and the
 * best placed pairs are taken that do not overlap: 禁毒 (in most titles) wins over 县禁 and 的禁, which are
 * only pieces of two words. Two words side by side that two titles or more share, four characters at most,
 * are a term too: 禁毒宣传, 社区康复, 禁毒协会. A pair never starts or ends with a grammatical character
 * (在塘 of 在塘渡口镇), and years written in Chinese numerals (二〇二六年) are no words (not 二〇, 六年).
 */

const HAN = /^\p{Script=Han}+$/u;
const MAX_TERM = 4;
/** Titles a pair of single characters or a two-word term must be in. */
const MIN_TITLES = 2;

/** Characters that join or mark words in a title and begin or end no term. */
const GRAMMATICAL = new Set([...'的地得了着过在和与及或为是把被于向到对从之']);
const CHINESE_NUMBER = /[〇零一二三四五六七八九十]{2,}(?:年(?!度))?/gu;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const length = (text: string) => [...text].length;

/** The Chinese segments of a title in order; a segment that is not Chinese is an empty string (a break). */
function segmentsOf(title: string): string[] {
  return [...segmenter.segment(title.replace(CHINESE_NUMBER, ' '))].map(({ segment }) => (HAN.test(segment) ? segment : ''));
}

/** Runs of single characters the segmenter left side by side, as arrays of characters. */
function singleRuns(segments: readonly string[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const segment of [...segments, '']) {
    if (length(segment) === 1) run.push(segment);
    else {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
  }
  return runs;
}

/** Each pair of neighbours in a run that may be a word, with the position of its first character. */
function pairsOf(run: readonly string[]): Array<{ pair: string; at: number }> {
  return run
    .slice(0, -1)
    .map((char, at) => ({ pair: char + run[at + 1], at }))
    .filter(({ pair }) => ![...pair].some((char) => GRAMMATICAL.has(char)));
}

/** Counts each key once per title. */
function countPerTitle(lists: ReadonlyArray<Iterable<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const key of new Set(list)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** A run of single characters cut into the pairs chosen, single characters where none is. */
function cutRun(run: readonly string[], pairTitles: ReadonlyMap<string, number>): string[] {
  const taken = new Array<boolean>(run.length).fill(false);
  const ranked = pairsOf(run)
    .map(({ pair, at }) => ({ pair, at, titles: pairTitles.get(pair) ?? 0 }))
    .filter(({ titles }) => titles >= MIN_TITLES)
    .sort((a, b) => b.titles - a.titles || a.at - b.at);
  const chosen = new Map<number, string>();
  for (const { pair, at } of ranked) {
    if (taken[at] || taken[at + 1]) continue;
    taken[at] = taken[at + 1] = true;
    chosen.set(at, pair);
  }
  const out: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const pair = chosen.get(i);
    out.push(pair ?? run[i]);
    if (pair) i++;
  }
  return out;
}

/** A title's segments with each run of single characters cut by cutRun. */
function wordsOf(segments: readonly string[], pairTitles: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const segment of [...segments, '']) {
    if (length(segment) === 1) {
      run.push(segment);
      continue;
    }
    out.push(...cutRun(run, pairTitles), segment);
    run = [];
  }
  return out;
}

/** Two words side by side (neither a single character, together four characters at most). */
function twoWordTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (length(a) >= 2 && length(b) >= 2 && length(a) + length(b) <= MAX_TERM) terms.push(a + b);
  }
  return terms;
}

/** Each word and term of the titles (two to four characters) with the number of titles holding it. */
export function titleTerms(titles: readonly string[]): Map<string, number> {
  const segmented = titles.map(segmentsOf);
  const pairTitles = countPerTitle(segmented.map((segments) => singleRuns(segments).flatMap((run) => pairsOf(run).map(({ pair }) => pair))));
  const words = segmented.map((segments) => wordsOf(segments, pairTitles).filter((w) => length(w) >= 2 && length(w) <= MAX_TERM));
  const terms = new Map(countPerTitle(words));
  const paired = countPerTitle(segmented.map((segments) => twoWordTerms(wordsOf(segments, pairTitles))));
  for (const [term, count] of paired) if (count >= MIN_TITLES && !terms.has(term)) terms.set(term, count);
  return terms;
}
