import { CATEGORIES } from './categories.ts';
import { publishedNews } from './news.ts';
import { paginate } from './paginate.ts';

export const NEWS_PAGE_SIZE = 20;

/** /news/page/2/ and on (page 1 is /news/ itself). */
export async function newsListPages() {
  return paginate(await publishedNews(), NEWS_PAGE_SIZE)
    .filter((page) => page.current > 1)
    .map((page) => ({ params: { page: String(page.current) }, props: { page } }));
}

/** Every page of every category list, page 1 included (an empty category still gets its page). */
export async function categoryListPages() {
  const all = await publishedNews();
  return CATEGORIES.flatMap(({ name, slug }) =>
    paginate(all.filter((e) => e.data.category === name), NEWS_PAGE_SIZE).map((page) => ({
      params: { category: slug, page: String(page.current) },
      props: { page, name, slug },
    })),
  );
}
