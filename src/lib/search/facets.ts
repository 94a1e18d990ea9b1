/**
 * The search filters and result metadata every indexed page declares (through SearchMeta.astro),
 * shared by the build (what pages emit) and the search page (how filters are shown).
 */
import { AUDIENCE_GROUP, NEWS_CATEGORIES, type Audience } from '../../schemas/vocabulary.ts';

export const SEARCH_KINDS = ['新闻', '读本故事', '页面'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const AUDIENCE_GROUPS = ['小学', '初中', '高中', '村民'] as const;

/** Filter keys as stored in the index, with the label the search page shows, in display order. */
export const FILTERS = [
  { key: 'kind', label: '类型' },
  { key: 'category', label: '栏目' },
  { key: 'year', label: '年份' },
  { key: 'audience', label: '读者' },
] as const;
export type FilterKey = (typeof FILTERS)[number]['key'];

/** Distinct audience groups of a story, in the fixed order 小学, 初中, 高中, 村民. */
export function audienceGroups(audiences: readonly Audience[]): string[] {
  const groups = new Set(audiences.map((a) => AUDIENCE_GROUP[a]));
  return AUDIENCE_GROUPS.filter((g) => groups.has(g));
}

/** Order in which a filter's values are offered: fixed lists first in their own order, years newest first. */
export function orderFilterValues(key: string, values: string[]): string[] {
  const fixed: readonly string[] =
    key === 'kind' ? SEARCH_KINDS : key === 'audience' ? AUDIENCE_GROUPS : key === 'category' ? NEWS_CATEGORIES : [];
  const rank = (v: string) => {
    const i = fixed.indexOf(v);
    return i === -1 ? fixed.length : i;
  };
  return [...values].sort((a, b) => {
    if (key === 'year') return b.localeCompare(a);
    return rank(a) - rank(b) || a.localeCompare(b, 'zh-CN');
  });
}
