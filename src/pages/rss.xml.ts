import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { newsPath, publishedNews } from '../lib/news.ts';
import { site } from '../lib/site.ts';
import { url } from '../lib/url.ts';

/** Every published article, newest first. */
export async function GET(context: APIContext) {
  const news = await publishedNews();
  return rss({
    title: `${site.name} · 新闻动态`,
    description: site.description,
    site: new URL(url('/'), context.site).href,
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
    items: news.map((entry) => ({
      title: entry.data.title,
      pubDate: entry.data.date,
      description: entry.data.summary,
      link: url(newsPath(entry)),
      categories: [entry.data.category, ...entry.data.tags],
      author: entry.data.correspondents.join('、'),
    })),
  });
}
