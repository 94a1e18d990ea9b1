import { pinyin } from 'pinyin-pro';

const MAX_SLUG_LENGTH = 60;

/**
 * A readable URL slug from a Chinese title: its pinyin without tones, words joined by hyphens,
 * Latin letters and digits kept ("6·26 国际禁毒日" → "6-26-guo-ji-jin-du-ri"), at most 60 characters.
 */
export function slugFromTitle(title: string): string {
  const words = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || 'wei-ming-ming';
}

/** The first of slug, slug-2, slug-3… that `taken` does not hold. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}
