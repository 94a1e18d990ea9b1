/**
 * Pipeline stage: the Pagefind index of the built site, in outDir/pagefind/.
 * Every page with a data-pagefind-body element is indexed (as zh-cn) through Pagefind's Node API, with the
 * character-pair tokens of src/lib/search/grams.ts in place of its words (see index-page.ts for why).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexDocument, readIndexablePage } from '../lib/search/index-page.ts';

export const SEARCH_LANGUAGE = 'zh-cn';
export const PAGEFIND_DIR = 'pagefind';

export interface SearchIndexReport {
  pages: number;
  outputPath: string;
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

export async function indexSite(outDir: string, files: string[]): Promise<SearchIndexReport> {
  const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  check('创建索引', created.errors);
  const index = created.index;
  if (!index) throw new Error('搜索索引失败（创建索引）：Pagefind 没有返回索引');
  try {
    let pages = 0;
    for (const file of files) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      let page;
      try {
        page = readIndexablePage(html);
      } catch (error) {
        throw new Error(`搜索索引失败（${file}）：${error instanceof Error ? error.message : error}`);
      }
      if (!page) continue;
      const added = await index.addHTMLFile({ url: pageUrl(file), content: indexDocument(html, page) });
      check(`添加页面 ${file}`, added.errors);
      if (!added.file) throw new Error(`搜索索引失败（添加页面 ${file}）：Pagefind 没有返回页面信息`);
      pages++;
    }
    if (pages === 0) {
      throw new Error(
        '搜索索引失败：没有任何页面带 data-pagefind-body。新闻、读本故事和页面的正文元素应带此属性（见 src/components/search/SearchMeta.astro）。',
      );
    }
    const outputPath = path.join(outDir, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath });
    check('写入索引文件', written.errors);
    return { pages, outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** The stage: (projectRoot, outDir) like every stage; throws on any failure. */
export async function buildSearchIndex(_projectRoot: string, outDir: string): Promise<void> {
  await indexSite(outDir, await listHtmlFiles(outDir));
}
