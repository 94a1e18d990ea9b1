import { NEWS_CATEGORIES, type NewsCategory } from '../schemas/index.ts';

/** URL slugs of the news categories: /news/category/<slug>/. */
export const CATEGORY_SLUG: Record<NewsCategory, string> = {
  协会动态: 'xiehui',
  宣传教育: 'xuanchuan',
  预防教育: 'yufang',
  社戒社康: 'shejie',
  队伍建设: 'duiwu',
};

export const CATEGORIES = NEWS_CATEGORIES.map((name) => ({ name, slug: CATEGORY_SLUG[name] }));

export function categoryPath(category: NewsCategory): string {
  return `/news/category/${CATEGORY_SLUG[category]}/`;
}
