import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import {
  attribute, attributeValues, fileForUrl, htmlPages, isOffSite, listFiles, readPage, referencedUrls, searchPagePending, tags, textOf,
} from './helpers/built-site.ts';

const dist = inject('sampleDist');
const SITE = 'https://jdxh.example.cn';

/** The sample's news files (ids) — the build must show every one of them. */
async function newsIds(): Promise<string[]> {
  const files = await listFiles(path.resolve(import.meta.dirname, '../../content/news'));
  return files.filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, ''));
}

let pages: string[];
beforeAll(async () => {
  pages = await htmlPages(dist);
});

describe('every page', () => {
  test('is the production build, though vitest runs with NODE_ENV=test (no dev-only markup)', async () => {
    for (const page of pages) expect(await readPage(dist, page), page).not.toContain('data-image-component');
  });

  test('is Chinese, has a title, canonical URL, description and Open Graph tags', async () => {
    for (const page of pages) {
      const html = await readPage(dist, page);
      expect(html, page).toContain('<html lang="zh-CN"');
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(attributeValues(html, 'link', 'rel'), page).toContain('canonical');
      for (const prop of ['og:title', 'og:description', 'og:image', 'og:url']) {
        const meta = tags(html, 'meta').find((t) => attribute(t, 'property') === prop);
        expect(meta, `${page} ${prop}`).toBeDefined();
        if (prop === 'og:image' || prop === 'og:url') expect(attribute(meta!, 'content'), page).toMatch(/^https:\/\//);
      }
    }
  });

  test('every internal link, image and stylesheet resolves to a file in the build', async () => {
    const pending = searchPagePending(dist);
    const broken: string[] = [];
    for (const page of pages) {
      const html = await readPage(dist, page);
      for (const url of referencedUrls(html)) {
        if (isOffSite(url) || pending(url)) continue;
        const resolved = url.startsWith('/') ? url : new URL(url, `http://x/${page}`).pathname;
        if (!fileForUrl(dist, resolved)) broken.push(`${page} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every <img> has width, height and alt', async () => {
    for (const page of pages) {
      for (const img of tags(await readPage(dist, page), 'img')) {
        expect(attribute(img, 'width'), `${page} ${img}`).toMatch(/^\d+$/);
        expect(attribute(img, 'height'), `${page} ${img}`).toMatch(/^\d+$/);
        expect(attribute(img, 'alt'), `${page} ${img}`).toBeDefined();
      }
    }
  });

  test('every photo is a <picture>: WebP source first, a JPEG or PNG <img> as fallback for old browsers', async () => {
    let photos = 0;
    for (const page of pages) {
      const html = await readPage(dist, page);
      for (const img of tags(html, 'img').filter((t) => /\ssrc="[^"]*\/_astro\//.test(t))) {
        photos++;
        expect(attribute(img, 'src'), `${page} ${img}`).toMatch(/\.(jpg|png)$/);
        const before = html.slice(0, html.indexOf(img));
        const picture = before.slice(before.lastIndexOf('<picture>'));
        expect(before.lastIndexOf('<picture>'), `${page} ${img}`).toBeGreaterThan(before.lastIndexOf('</picture>'));
        expect(picture, `${page} ${img}`).toMatch(/^<picture><source srcset="[^"]+\.webp \d+w[^"]*" type="image\/webp"( sizes="[^"]+")?>$/);
      }
    }
    expect(photos).toBeGreaterThan(20);
  });

  test('asks nothing from another origin (no CDN, no web fonts, no third-party scripts)', async () => {
    for (const page of pages) {
      const html = await readPage(dist, page);
      const loaded = [
        ...attributeValues(html, 'img', 'src'),
        ...attributeValues(html, 'script', 'src'),
        ...tags(html, 'link').filter((t) => /rel="(stylesheet|preload|icon|modulepreload)"/.test(t)).map((t) => attribute(t, 'href') ?? ''),
      ];
      expect(loaded.filter((u) => /^(https?:)?\/\//.test(u)), page).toEqual([]);
      expect(html, page).not.toMatch(/@font-face|fonts\.googleapis/);
    }
  });

  test('has the header (logo, navigation, search form), a skip link and the footer with 备案 links', async () => {
    const html = await readPage(dist, 'index.html');
    expect(html).toMatch(/<a class="skip-link" href="#main"/);
    expect(html).toContain('id="main"');
    const form = tags(html, 'form').find((t) => attribute(t, 'role') === 'search');
    expect(form && attribute(form, 'action')).toBe('/search/');
    expect(attributeValues(html, 'input', 'name')).toContain('q');
    expect(html).toContain('湘ICP备');
    expect(html).toContain('公网安备');
    expect(attributeValues(html, 'a', 'href')).toEqual(expect.arrayContaining(['https://beian.miit.gov.cn/', 'https://beian.mps.gov.cn/']));
  });
});

describe('home page', () => {
  test('shows the latest news, the five work areas, key figures with year and source, and the reader', async () => {
    const html = await readPage(dist, 'index.html');
    const ids = await newsIds();
    const newest = ids.sort().at(-1)!;
    expect(html).toContain(`href="/news/${newest}/"`);
    for (const slug of ['bushu', 'peixun', 'yufang', 'shejie', 'duiwu']) expect(html).toContain(`href="/work/${slug}/"`);
    expect(textOf(html)).toMatch(/2025 年 · 来源：/);
    expect(html).toContain('href="/reader/"');
    // Each reader edition with its PDF, straight from the home page.
    const pdfs = attributeValues(html, 'a', 'href').filter((h) => /^\/downloads\/[^/]+\.pdf$/.test(h));
    const editions = (await listFiles(path.resolve(import.meta.dirname, '../../content/editions'))).filter((f) => f.endsWith('.yaml'));
    expect(pdfs.length).toBe(editions.length);
  });

  test('articles have a print stylesheet that hides header, navigation and footer', async () => {
    const html = await readPage(dist, 'news/2025-06-26-guoji-jinduri-xuanchuan/index.html');
    const css = await Promise.all(
      tags(html, 'link').filter((t) => attribute(t, 'rel') === 'stylesheet').map((t) => readFile(path.join(dist, attribute(t, 'href')!), 'utf8')),
    );
    const print = /@media print\{([^]*?)\}\}/.exec(css.join('\n'));
    expect(print?.[1]).toMatch(/\.site-header,\.site-footer[^{]*\{display:none!important/);
  });
});

describe('news', () => {
  test('the list pages show every article once, 20 to a page, newest first', async () => {
    const ids = await newsIds();
    const listPages = pages.filter((p) => /^news\/(index\.html|page\/\d+\/index\.html)$/.test(p));
    const seen: string[] = [];
    for (const page of listPages.sort()) {
      const html = await readPage(dist, page);
      const items = [...html.matchAll(/<h2 class="title"><a href="\/news\/([^"/]+)\/"/g)].map((m) => m[1]);
      expect(items.length, page).toBeLessThanOrEqual(20);
      seen.push(...items);
    }
    expect(seen.sort()).toEqual([...ids].sort());
    const first = await readPage(dist, 'news/index.html');
    const order = [...first.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([...order].sort().reverse());
  });

  test('each category has its list page with only its own articles', async () => {
    const categories = { xiehui: '协会动态', xuanchuan: '宣传教育', yufang: '预防教育', shejie: '社戒社康', duiwu: '队伍建设' };
    for (const [slug, name] of Object.entries(categories)) {
      const html = await readPage(dist, `news/category/${slug}/index.html`);
      expect(html).toContain(`<h1>${name}</h1>`);
      const metas = [...html.matchAll(/<p class="meta">([\s\S]*?)<\/p>/g)].map((m) => m[1]);
      expect(metas.length, slug).toBeGreaterThan(0);
      for (const meta of metas) expect(textOf(meta)).toContain(name);
      // The date and the category stand apart: a space on each side of the dot (the HTML minifier keeps only spaces written inline).
      for (const meta of metas) expect(meta).toMatch(/<\/time>\s+·\s+<a /);
    }
  });

  test('an article shows title, then 发布时间 · 来源 · 通讯员, then the body with captioned photos, then 责任编辑', async () => {
    const html = await readPage(dist, 'news/2025-06-26-guoji-jinduri-xuanchuan/index.html');
    const text = textOf(html);
    const order = [
      '县禁毒协会在塘渡口镇广场举办“6·26”国际禁毒日集中宣传活动（示例）',
      '发布时间：',
      '2025-06-26 10:30',
      '来源：邵阳县禁毒协会',
      '通讯员：协会宣传教育部、塘渡口镇分会',
      '6月26日是第三十八个国际禁毒日',
      '图为活动现场免费发放的禁毒宣传资料（示例图片）',
      '知识卡片：什么是新型毒品',
      '责任编辑：协会秘书处',
      '上一篇',
      '相关文章',
    ];
    const positions = order.map((s) => text.indexOf(s));
    positions.forEach((p, i) => expect(p, order[i]).toBeGreaterThan(-1));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Body photos go through the image pipeline: <picture> with WebP and a JPEG fallback, lazy below the fold.
    const figure = /<figure>([\s\S]*?)<\/figure>/.exec(html)![1];
    expect(figure).toMatch(/<source[^>]+type="image\/webp"/);
    expect(figure).toMatch(/<img[^>]+src="\/_astro\/ziliao-zhuo\.[^"]+\.jpg"/);
    expect(figure).toMatch(/loading="lazy"/);
    expect(figure).toMatch(/srcset="[^"]+ 360w, [^"]+ 720w/);
    expect(tags(html, 'meta').find((t) => attribute(t, 'property') === 'og:image')).toMatch(/content="https:\/\/jdxh\.example\.cn\/_astro\/guangchang-zhanban\.[^"]+\.jpg"/);
  });

  test('a Markdown (.md) article turns ![alt](src "图为…") into a captioned <picture>: WebP widths and a JPEG fallback in two widths', async () => {
    const source = await readFile(path.resolve(import.meta.dirname, '../../content/news/2026-01-20-zhiyuanzhe-peixun.md'), 'utf8');
    expect(source).toContain('![挂在横杆上的五件志愿者马甲，下方写着禁毒志愿服务队](./images/zhiyuanzhe-majia.jpg "图为培训班为学员准备的志愿服务马甲（示例图片）")');
    const html = await readPage(dist, 'news/2026-01-20-zhiyuanzhe-peixun/index.html');
    const figure = /<figure>([\s\S]*?)<\/figure>/.exec(html)![1];
    expect(figure).toMatch(/^<picture>[\s\S]*<\/picture><figcaption>图为培训班为学员准备的志愿服务马甲（示例图片）<\/figcaption>$/);

    const webp = tags(figure, 'source');
    expect(webp).toHaveLength(1);
    expect(attribute(webp[0], 'type')).toBe('image/webp');
    expect(attribute(webp[0], 'sizes')).toBeTruthy();
    const webpFiles = attribute(webp[0], 'srcset')!.split(',').map((c) => c.trim().split(/\s+/));
    expect(webpFiles.map(([, w]) => w)).toEqual(['360w', '720w', '960w', '1080w']);
    for (const [file] of webpFiles) expect(file, file).toMatch(/\.webp$/);

    const [img] = tags(figure, 'img');
    expect(attribute(img, 'alt')).toBe('挂在横杆上的五件志愿者马甲，下方写着禁毒志愿服务队');
    expect(attribute(img, 'src')).toMatch(/^\/_astro\/zhiyuanzhe-majia\.[\w-]+\.jpg$/);
    expect(attribute(img, 'width')).toBe('960');
    expect(attribute(img, 'height')).toBe('640');
    expect(attribute(img, 'loading')).toBe('lazy');
    expect(attribute(img, 'decoding')).toBe('async');
    // Only browsers without WebP load the fallback: a phone width and the column's own width (the src).
    const jpegCandidates = attribute(img, 'srcset')!.split(',').map((c) => c.trim().split(/\s+/));
    expect(jpegCandidates.map(([, w]) => w)).toEqual(['720w', '960w']);
    expect(jpegCandidates[1][0]).toBe(attribute(img, 'src'));
    const jpegFiles = jpegCandidates.map(([f]) => f);
    for (const file of [attribute(img, 'src')!, ...jpegFiles, ...webpFiles.map(([f]) => f)]) {
      expect(fileForUrl(dist, file), file).toBeDefined();
    }
    expect(jpegFiles.every((f) => f.endsWith('.jpg'))).toBe(true);
    // The JPEG really is a JPEG, at the size the page declares (no layout shift).
    const bytes = await readFile(fileForUrl(dist, attribute(img, 'src')!)!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const { width, height } = await sharp(bytes).metadata();
    expect([width, height]).toEqual([960, 640]);
  });

  test('a Markdown image, in .md or .mdx, comes out exactly as the same photo through <Figure>', async () => {
    const bodyFigure = async (page: string) => {
      const html = await readPage(dist, page);
      const [, picture, caption] = /<figure><picture>([\s\S]*?)<\/picture><figcaption>([^<]+)<\/figcaption><\/figure>/.exec(html)!;
      return { picture: picture.replace(/ alt="[^"]*"/, ''), caption };
    };
    // Same photo: .md ![…](…) and .mdx <Figure> (kangfu-gongzuozhan.jpg); .mdx ![…](…) and .mdx <Figure> (jiaoshi-heiban.jpg).
    const pairs = [
      ['2025-12-18-jiuye-bangfu', '2025-05-28-kangfu-gongzuozhan-jiepai'],
      ['2026-04-20-fangfan-xinxing-dupin', '2025-09-05-jindu-diyike'],
    ];
    for (const [markdown, figure] of pairs) {
      const fromMarkdown = await bodyFigure(`news/${markdown}/index.html`);
      expect(fromMarkdown.picture, markdown).toBe((await bodyFigure(`news/${figure}/index.html`)).picture);
      expect(fromMarkdown.caption, markdown).toMatch(/^图为.+（示例图片）$/);
    }
  });

  test('search indexes only the article body: header, nav, footer and related blocks stay outside data-pagefind-body', async () => {
    const html = await readPage(dist, 'news/2025-06-26-guoji-jinduri-xuanchuan/index.html');
    const start = html.indexOf('<div data-pagefind-body');
    expect(start).toBeGreaterThan(html.indexOf('</header>'));
    const end = html.indexOf('（责任编辑');
    const body = html.slice(start, html.indexOf('</div>', end));
    expect(body).toContain('6月26日是第三十八个国际禁毒日');
    for (const outside of ['<nav', '<footer', 'related-heading', 'prev-next']) expect(body).not.toContain(outside);
  });

  test('article and list pages carry no JavaScript beyond the header’s two small scripts every page has', async () => {
    for (const page of ['news/index.html', 'news/category/xuanchuan/index.html', 'news/2025-09-05-jindu-diyike/index.html']) {
      const scripts = tags(await readPage(dist, page), 'script');
      expect(scripts, page).toEqual([
        expect.stringMatching(/^<script src="\/_astro\/elder-mode\.[\w-]+\.js">$/),
        expect.stringMatching(/^<script type="module" src="\/_astro\/nav-menu\.[\w-]+\.js">$/),
      ]);
    }
  });
});

describe('content pages and branches', () => {
  test('about and work-area pages come from content/pages', async () => {
    for (const [page, title] of [
      ['about/gaikuang/index.html', '协会概况'], ['about/zuzhi/index.html', '组织机构'], ['about/lianxi/index.html', '联系我们'],
      ['work/bushu/index.html', '部署谋划'], ['work/peixun/index.html', '培训'], ['work/yufang/index.html', '预防管控'],
      ['work/shejie/index.html', '社戒帮扶'], ['work/duiwu/index.html', '队伍建设'],
    ]) {
      const html = await readPage(dist, page);
      expect(html, page).toContain(`<h1>${title}</h1>`);
      expect(html, page).toContain('data-pagefind-body');
    }
  });

  test('the branches page groups 乡镇分会 by township with village group counts, then 县直单位分会', async () => {
    const text = textOf(await readPage(dist, 'branches/index.html'));
    expect(text).toContain('塘渡口镇（村级禁毒小组 37 个）'); // 28 + 9: two branches in one township add up
    expect(text.indexOf('乡镇分会')).toBeLessThan(text.indexOf('县直单位分会 分会名称'));
    expect(text).toContain('县教育局禁毒协会分会（示例）');
  });

  test('the branches page counts what its directory lists, and does not claim them as the association’s totals', async () => {
    const text = textOf(await readPage(dist, 'branches/index.html'));
    // The home page's 工作数据 (content/site.yaml) give 22 乡镇分会 for the whole county; the directory lists 6.
    expect(text).toContain('本名录收录乡镇分会 6 个、县直单位分会 5 个，所列乡镇分会下设村级禁毒小组共 106 个。');
    expect(text).not.toContain('协会下设');
  });

  test('404 page is friendly and not indexed', async () => {
    const html = await readPage(dist, '404.html');
    expect(html).toContain('页面没有找到');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('feeds', () => {
  test('RSS is well-formed and lists every article with its absolute link', async () => {
    const xml = await readFile(path.join(dist, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser().parse(xml).rss.channel;
    const links = [channel.item].flat().map((i: { link: string }) => i.link).sort();
    expect(links).toEqual((await newsIds()).map((id) => `${SITE}/news/${id}/`).sort());
  });

  test('the sitemap lists every page except 404', async () => {
    const xml = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = [new XMLParser().parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc).sort();
    const expected = pages
      .filter((p) => p.endsWith('index.html'))
      .map((p) => `${SITE}/${p.replace(/index\.html$/, '')}`)
      .sort();
    expect(locs).toEqual(expected);
  });
});
