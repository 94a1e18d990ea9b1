// One representative page of every page type the sample site has. A type is listed once its pages
// exist on main; the paths are those of the sample content (articles and stories with photos).
export interface PageType {
  name: string;
  path: string;
  /** Expected HTTP status of the document (the 404 page is served with 404). */
  status?: number;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'news-list', path: '/news/' },
  { name: 'article', path: '/news/2025-06-26-guoji-jinduri-xuanchuan/' },
  { name: 'category', path: '/news/category/xuanchuan/' },
  { name: 'about', path: '/about/gaikuang/' },
  { name: 'work', path: '/work/' },
  { name: 'work-area', path: '/work/yufang/' },
  { name: 'branches', path: '/branches/' },
  { name: 'reader', path: '/reader/' },
  { name: 'edition', path: '/reader/quanxian/' },
  { name: 'story', path: '/reader/stories/zhiyuanzhe-ketang/' },
  { name: 'search', path: '/search/?q=%E7%A6%81%E6%AF%92' },
  { name: 'subscribe', path: '/subscribe/' },
  { name: 'sitemap', path: '/sitemap/' },
  { name: '404', path: '/no-such-page/', status: 404 },
];
