import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from './corpus.ts';
import { didYouMean } from './edit-distance.ts';
import type { Problem } from './problem.ts';
import { referencesOf } from './references.ts';
import { contentUrls, siteRoutes } from './site-routes.ts';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Internal links resolve: to news, pages, stories, editions, downloads, files in public/ or content files. */
export function checkLinks(corpus: Corpus): Problem[] {
  const urls = contentUrls(corpus);
  const routes = siteRoutes(corpus.projectRoot);
  const known = [...urls.keys(), ...routes.exact];
  const problems: Problem[] = [];
  for (const entry of corpus.entries) {
    for (const ref of referencesOf(entry)) {
      if (ref.kind !== 'link') continue;
      const message = brokenLink(ref.url, entry.absolutePath, corpus, urls, routes, known);
      if (message) problems.push({ file: entry.file, ...entry.lines.locate(ref.offset), level: 'error', rule: 'link', ...message });
    }
  }
  problems.push(...checkSiteNav(corpus, urls, routes, known), ...checkEditionStories(corpus));
  return problems;
}

type Routes = ReturnType<typeof siteRoutes>;

function brokenLink(
  url: string,
  fromFile: string,
  corpus: Corpus,
  urls: Map<string, string>,
  routes: Routes,
  known: string[],
): { message: string; fix?: string } | undefined {
  if (EXTERNAL.test(url) || url.startsWith('#') || url === '') return undefined;
  const target = decodeURI(url.split('#')[0].split('?')[0]);
  if (!target) return undefined;
  if (!target.startsWith('/')) {
    const file = path.resolve(path.dirname(fromFile), target);
    if (existsSync(file)) return undefined;
    return addressWithoutScheme(url) ?? { message: `链接指向的文件“${url}”不存在`, fix: '请检查文件名和相对路径（./ 表示本文件所在的文件夹，../ 表示上一级）' };
  }
  const withSlash = /\.[a-z0-9]+$/i.test(target) || target.endsWith('/') ? target : `${target}/`;
  if (urls.has(withSlash) || routes.exact.has(withSlash)) return undefined;
  if (routes.prefixes.some((p) => withSlash.startsWith(p) && withSlash.length > p.length)) return undefined;
  const publicFile = path.join(corpus.projectRoot, 'public', target);
  if (existsSync(publicFile) && statSync(publicFile).isFile()) return undefined;
  const guess = didYouMean(withSlash, known);
  return {
    message: `站内链接“${url}”指向的页面或文件不存在`,
    fix: guess ? `是不是想链接到“${guess}”？` : '请检查网址；新闻的网址是 /news/文件名/，页面是 /about/文件名/ 或 /work/文件名/',
  };
}

const EMAIL = /^[^@\s/]+@[^@\s/]+\.[a-z]{2,}$/i;
/** A host name as typed into a browser: www.example.gov.cn, example.com/x (not a file such as x.md or a.pdf). */
const HOST = /^(?:www\.[^\s/]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|gov|edu|info))(?:[/:?#]|$)/i;

/** A web or mail address written without https:// or mailto:, which the site would take for a file next to the article. */
function addressWithoutScheme(url: string): { message: string; fix: string } | undefined {
  if (EMAIL.test(url)) {
    return { message: `链接“${url}”是电子邮箱地址，但没有写 mailto:，网站会把它当成一个文件`, fix: `请写成 mailto:${url}` };
  }
  if (HOST.test(url)) {
    return { message: `链接“${url}”是网址，但没有写 https://，网站会把它当成本站的一个文件，点开是“找不到页面”`, fix: `请写成完整网址 https://${url}（对方网站只支持 http 时写 http://）` };
  }
  return undefined;
}

/** Navigation links in site.yaml must resolve too. */
function checkSiteNav(corpus: Corpus, urls: Map<string, string>, routes: Routes, known: string[]): Problem[] {
  const site = corpus.data.find((d) => d.collection === 'site');
  const nav = (site?.yaml.data as { nav?: { href?: unknown }[] } | undefined)?.nav;
  if (!site || !Array.isArray(nav)) return [];
  return nav.flatMap((item, i) => {
    if (typeof item?.href !== 'string') return [];
    const broken = brokenLink(item.href, site.absolutePath, corpus, urls, routes, known);
    return broken ? [{ file: site.file, ...site.where.value(['nav', i, 'href']), level: 'error' as const, rule: 'link', ...broken }] : [];
  });
}

/** An edition that lists story ids must list existing stories. */
function checkEditionStories(corpus: Corpus): Problem[] {
  const storyIds = corpus.entries.filter((e) => e.collection === 'stories').map((e) => e.id);
  return corpus.data
    .filter((d) => d.collection === 'editions')
    .flatMap((edition) => {
      const ids = (edition.yaml.data as { stories?: { ids?: unknown } } | undefined)?.stories?.ids;
      if (!Array.isArray(ids)) return [];
      return ids.flatMap((id, i) => {
        const first = ids.indexOf(id);
        if (typeof id === 'string' && first < i) {
          // The reader refuses the edition at build time; say so here, at the line.
          return [{
            file: edition.file,
            ...edition.where.value(['stories', 'ids', i]),
            level: 'error' as const,
            rule: 'link',
            message: `“stories.ids”（故事编号）第 ${i + 1} 项“${id}”和第 ${first + 1} 项重复：一个故事在一本读本里只能收录一次`,
            fix: '请删去其中一项',
          }];
        }
        if (typeof id !== 'string' || storyIds.includes(id)) return [];
        const guess = didYouMean(id, storyIds);
        return [{
          file: edition.file,
          ...edition.where.value(['stories', 'ids', i]),
          level: 'error' as const,
          rule: 'link',
          message: `“stories.ids”（故事编号）第 ${i + 1} 项“${id}”找不到对应的故事（content/stories/${id}.mdx）`,
          fix: guess ? `是不是想写“${guess}”？` : `现有的故事：${storyIds.join('、') || '（还没有）'}`,
        }];
      });
    });
}
