/**
 * Pipeline stage: the Pagefind index of the built site, in outDir/pagefind/.
 * Every page with a data-pagefind-body element is indexed (as zh-cn) through Pagefind's Node API, with the
 * character-pair tokens of src/lib/search/grams.ts in place of its words (see index-page.ts for why), and
 * each page's fragment file carrying the page's real text (see search-fragments.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexDocument, readIndexablePage } from '../lib/search/index-page.ts';
import { FRAGMENT_DIR, FRAGMENT_EXTENSION, rewriteFragmentFile } from './search-fragments.ts';
import { bundleUrlOf, SEARCH_PAGE, searchPageLinks, searchPreloads, withSearchPreloads, writeSearchWarmScript } from './search-preload.ts';
import { pinyinWords, writePinyinWords } from './search-pinyin.ts';
import { SEARCH_SUGGESTIONS } from '../lib/search/suggestions.ts';

export const SEARCH_LANGUAGE = 'zh-cn';
export const PAGEFIND_DIR = 'pagefind';

export interface SearchIndexReport {
  pages: number;
  outputPath: string;
  /** Size of the pinyin word list (src/build/search-pinyin.ts), uncompressed. */
  pinyinBytes: number;
}

function check(step: string, errors: string[] | undefined): void {
  if (errors && errors.length > 0) {
    throw new Error(`搜索索引失败（${step}）：${errors.join('；')}`);
  }
}

/** HTML files under outDir, sorted, so the same site always gives the same index. */
export async function listHtmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith(`${PAGEFIND_DIR}/`))
    .sort();
}

/** "news/x/index.html" → "/news/x/"; the search page adds the base path when it shows results. */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface IndexOptions {
  /** Called after the files are written, while Pagefind's service still runs (the benchmark reads its memory). */
  beforeClose?: () => void | Promise<void>;
}

export async function indexSite(outDir: string, files: string[], options: IndexOptions = {}): Promise<SearchIndexReport> {
  const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  check('创建索引', created.errors);
  const index = created.index;
  if (!index) throw new Error('搜索索引失败（创建索引）：Pagefind 没有返回索引');
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  try {
    // The documents Pagefind indexes go to a scratch folder mirroring the site, and Pagefind reads that
    // folder itself: in parallel, and in an order of its own, so the index is the same on every run.
    const textByUrl = new Map<string, string>();
    const titles: string[] = [];
    // Synchronous file calls: this loop is busy with the CPU anyway, and Pagefind only starts once it is
    // done; the asynchronous ones cost more processor time per small file than the reading itself.
    for (const dir of new Set(files.map((file) => path.dirname(path.join(scratch, file))))) {
      mkdirSync(dir, { recursive: true });
    }
    for (const file of files) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      let page;
      try {
        page = readIndexablePage(html);
      } catch (error) {
        throw new Error(`搜索索引失败（${file}）：${error instanceof Error ? error.message : error}`);
      }
      if (!page) continue;
      writeFileSync(path.join(scratch, file), indexDocument(html, page));
      textByUrl.set(pageUrl(file), page.text);
      if (page.title) titles.push(page.title);
    }
    const pages = textByUrl.size;
    if (pages === 0) {
      throw new Error(
        '搜索索引失败：没有任何页面带 data-pagefind-body。新闻、读本故事和页面的正文元素应带此属性（见 src/components/search/SearchMeta.astro）。',
      );
    }
    const added = await index.addDirectory({ path: scratch });
    check('读取页面', added.errors);
    if (added.page_count !== pages) {
      throw new Error(`搜索索引失败：准备了 ${pages} 个页面，Pagefind 只收录了 ${added.page_count} 个`);
    }
    const outputPath = path.join(outDir, PAGEFIND_DIR);
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    check('写入索引文件', written.errors);
    // Pagefind writes its files itself (faster than passing them through Node); then each fragment file
    // is rewritten in place to carry the page's real text.
    const fragmentDir = path.join(outputPath, FRAGMENT_DIR);
    const fragments = (await readdir(fragmentDir)).filter((name) => name.endsWith(FRAGMENT_EXTENSION));
    for (const name of fragments) {
      const file = path.join(fragmentDir, name);
      writeFileSync(file, rewriteFragmentFile(readFileSync(file), textByUrl, `${FRAGMENT_DIR}/${name}`));
    }
    const pinyinBytes = writePinyinWords(outputPath, pinyinWords(titles, SEARCH_SUGGESTIONS));
    if (files.includes(SEARCH_PAGE)) {
      const searchPage = path.join(outDir, SEARCH_PAGE);
      const html = readFileSync(searchPage, 'utf8');
      const links = searchPageLinks(html, bundleUrlOf(html), searchPreloads(outputPath, SEARCH_LANGUAGE));
      writeFileSync(searchPage, withSearchPreloads(html, links));
      writeSearchWarmScript(outputPath, links);
    }
    await options.beforeClose?.();
    return { pages, outputPath, pinyinBytes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** The stage: (projectRoot, outDir) like every stage; throws on any failure. */
export async function buildSearchIndex(_projectRoot: string, outDir: string): Promise<void> {
  await indexSite(outDir, await listHtmlFiles(outDir));
}
