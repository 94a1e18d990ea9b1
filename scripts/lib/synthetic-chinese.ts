/**
 * Synthetic Chinese text for the benchmarks: the 3,755 GB 2312 level-1 characters drawn with a Zipf distribution
 * (s = 1), in a fixed order unrelated to GB 2312's, from a seeded generator: the same text on every run.
 */

const GB2312_LEVEL_1 = (() => {
  const gbk = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe && !(hi === 0xd7 && lo > 0xf9); lo++) out.push(gbk.decode(new Uint8Array([hi, lo])));
  }
  return out;
})();

/** A linear congruential generator: deterministic numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export const GB2312_LEVEL_1_SIZE = GB2312_LEVEL_1.length;

/** Picks characters by Zipf's law from the `alphabetSize` most frequent of that fixed order (all 3,755 unless told). */
export function zipfCharacterPicker(rand: () => number, alphabetSize = GB2312_LEVEL_1.length): () => string {
  // 7919 is prime to 3,755, so this is a permutation and frequency does not follow GB 2312 order.
  const order = GB2312_LEVEL_1.map((_, i) => GB2312_LEVEL_1[(i * 7919) % GB2312_LEVEL_1.length]).slice(0, alphabetSize);
  const cdf: number[] = [];
  let total = 0;
  order.forEach((_, i) => cdf.push((total += 1 / (i + 1))));
  return () => {
    const r = rand() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return order[lo];
  };
}
