// npm run bench:search [-- --pages 1000]: indexes a synthetic site of N Chinese articles the way our build
// stage does, next to plain Pagefind on the same pages, and prints time, memory, index size, recall and
// precision over sampled terms, the bytes Chromium downloads for a first query on our search page, and the
// time to the first result on a slow mobile link (400 kbit/s, 400 ms round trip) with its waterfall.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { buildSite } from '../src/build/astro-site.ts';
import { indexSite, listHtmlFiles } from '../src/build/search-index.ts';
import { writeSyntheticSite } from './bench-search/synthetic-site.ts';
import { pagefindProcessStats, type ProcessStats } from './bench-search/pagefind-process.ts';
import { loadPagefind } from '../tests/search/pagefind-node.ts';
import { formatReport, measureOurSearch, measurePlainPagefind, sampleTerms } from '../tests/search/recall-measure.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { precompressDirectory } from '../src/build/precompress.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { formatWaterfall, measureHeaderSearch, measureSlowSearch } from '../tests/search/slow-link.ts';
import { nginxCacheControl } from '../tests/browser/nginx-cache-control.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, terms: { type: 'string', default: '100' }, keep: { type: 'boolean' } },
});
const pageCount = Number(values.pages);
const termsPerLength = Number(values.terms);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Which part of the first query a download is, for the breakdown. */
function downloadPart(pathname: string): string {
  if (pathname.includes('/pagefind/index/')) return '索引块';
  if (pathname.includes('/pagefind/fragment/')) return '结果片段';
  if (pathname.includes('/pagefind/filter/')) return '筛选数据';
  if (pathname.endsWith('.pf_meta')) return '索引目录';
  if (pathname.includes('/pagefind/wasm.')) return 'Pagefind wasm';
  if (pathname.includes('/pagefind/')) return pathname.slice(pathname.lastIndexOf('/') + 1);
  return '页面本身';
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

const work = await mkdtemp(path.join(os.tmpdir(), 'bench-search-'));
const siteDir = path.join(work, 'site');
const plainDir = path.join(work, 'plain');
try {
  console.log(`准备：构建网站（提供真实的搜索页），生成 ${pageCount} 篇合成文章……`);
  await buildSite(projectRoot, siteDir);
  const pages = await writeSyntheticSite(siteDir, pageCount);
  const chars = pages.reduce((n, p) => n + [...p.text].length, 0);
  console.log(`合成文章 ${pages.length} 篇，平均 ${Math.round(chars / pages.length)} 字`);

  // Plain Pagefind on the same articles, for comparison.
  let plainStats: ProcessStats = { peakBytes: 0, cpuSeconds: 0 };
  const plainStart = performance.now();
  {
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    const added = await index!.addDirectory({ path: siteDir, glob: 'bench/**/*.html' });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index!.writeFiles({ outputPath: path.join(plainDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    plainStats = await pagefindProcessStats();
    await pagefind.close();
  }
  const plainSeconds = (performance.now() - plainStart) / 1000;
  const plainSize = await folderSize(path.join(plainDir, 'pagefind'));

  // Ours: exactly the build stage's indexing.
  let ourStats: ProcessStats = { peakBytes: 0, cpuSeconds: 0 };
  const files = await listHtmlFiles(siteDir);
  const ourStart = performance.now();
  const nodeCpuStart = process.cpuUsage();
  const report = await indexSite(siteDir, files, { beforeClose: async () => { ourStats = await pagefindProcessStats(); } });
  const ourSeconds = (performance.now() - ourStart) / 1000;
  const nodeCpu = process.cpuUsage(nodeCpuStart);
  const nodeCpuSeconds = (nodeCpu.user + nodeCpu.system) / 1e6;
  const ourSize = await folderSize(report.outputPath);

  console.log('\n索引');
  console.log(`  机器负载（1 分钟平均）：${os.loadavg()[0].toFixed(1)}，${os.cpus().length} 核；墙钟时间受其他进程影响，CPU 时间更可比`);
  console.log(`  普通 Pagefind：墙钟 ${plainSeconds.toFixed(1)} s，CPU ${plainStats.cpuSeconds.toFixed(1)} s，Pagefind 进程峰值内存 ${mb(plainStats.peakBytes)}，索引 ${mb(plainSize.bytes)}，${plainSize.files} 个文件`);
  console.log(`  本站（字对）：  墙钟 ${ourSeconds.toFixed(1)} s，CPU ${(ourStats.cpuSeconds + nodeCpuSeconds).toFixed(1)} s（Pagefind ${ourStats.cpuSeconds.toFixed(1)} s + 本进程准备页面、改写片段 ${nodeCpuSeconds.toFixed(1)} s），Pagefind 进程峰值内存 ${mb(ourStats.peakBytes)}，索引 ${mb(ourSize.bytes)}，${ourSize.files} 个文件（${report.pages} 页）`);
  const ourCpu = ourStats.cpuSeconds + nodeCpuSeconds;
  console.log(`  本站与普通 Pagefind 之比：墙钟 ${(ourSeconds / plainSeconds).toFixed(2)}，CPU ${(ourCpu / plainStats.cpuSeconds).toFixed(2)}（目标：不慢于普通 Pagefind，即 ≤ 1）`);
  console.log(`  本 Node 进程峰值内存 ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`  拼音词表（只在查询全是字母时下载）：${kb(report.pinyinBytes)}，未压缩`);

  const truth = pages.map((p) => ({ url: `/${p.file.replace(/index\.html$/, '')}`, text: p.text }));
  const terms = sampleTerms(truth, termsPerLength);
  console.log(`\n召回率与准确率（${terms.length} 个 2、3、4 字词，取自文章正文）`);
  const ours = await measureOurSearch(await loadPagefind(siteDir), truth, terms);
  console.log(`  ${formatReport('本站', ours)}`);
  const plain = await measurePlainPagefind(await loadPagefind(plainDir), truth, terms);
  console.log(`  ${formatReport('普通 Pagefind', plain)}`);
  for (const miss of ours.misses.slice(0, 5)) console.log(`  本站漏检：${miss.term} → ${miss.missing.join(' ')}`);

  console.log('\n首次搜索在 Chromium 中传输的字节数（服务器像 deploy/nginx.conf 一样发送构建生成的 .br/.gz 预压缩文件）');
  await precompressDirectory(siteDir);
  const server = await serveStatic(siteDir, '/', { precompressed: true, cacheControl: nginxCacheControl() });
  const browser = await launchChromium();
  try {
    let largest = 0;
    for (const query of ['禁毒', '社区康复', terms[terms.length - 1], '6.26国际禁毒日', 'jindu']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const parts = new Map<string, { requests: number; bytes: number }>();
      let total = 0;
      let encoding = '';
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        pending.push((async () => {
          const sizes = await request.sizes();
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          const response = await request.response();
          encoding ||= response?.headers()['content-encoding'] ?? '';
          total += bytes;
          const part = downloadPart(new URL(request.url()).pathname);
          const sum = parts.get(part) ?? { requests: 0, bytes: 0 };
          sum.requests++;
          sum.bytes += bytes;
          parts.set(part, sum);
        })());
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /条结果|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const status = await page.locator('#search-status').textContent();
      const requests = [...parts.values()].reduce((n, p) => n + p.requests, 0);
      console.log(`  「${query}」：${status}；共传输 ${kb(total)}（文本以 ${encoding || '未压缩'} 发送），${requests} 个请求`);
      const detail = [...parts.entries()].sort((a, b) => b[1].bytes - a[1].bytes).map(([name, p]) => `${name} ${p.requests}×/${kb(p.bytes)}`);
      console.log(`      ${detail.join('，')}`);
      largest = Math.max(largest, total);
      await context.close();
    }
    console.log(`  最多的一次首次搜索传输 ${kb(largest)}（目标：低于 300 KB）`);

    console.log('\n慢速手机网络（360×640，400 kbit/s，往返 400 ms，不用缓存）：从打开 /search/?q=… 到第一条结果出现');
    for (const query of ['禁毒', terms[terms.length - 1]]) {
      const slow = await measureSlowSearch(browser, server.url, query);
      console.log(`  「${query}」：${slow.firstResult.toFixed(2)} s，${slow.status}；共传输 ${kb(slow.bytes)}，${slow.fetches.length} 个请求`);
      for (const line of formatWaterfall(slow)) console.log(`      ${line}`);
    }

    console.log('\n从首页的页头搜索框搜索（同样的慢速网络，缓存开启，按 deploy/nginx.conf 的缓存规则）：按回车到第一条结果');
    for (const query of ['禁毒', terms[terms.length - 1]]) {
      const cold = await measureHeaderSearch(browser, server.url, query, false);
      const warm = await measureHeaderSearch(browser, server.url, query, true);
      console.log(`  「${query}」：不预热 ${cold.firstResult.toFixed(2)} s（回车后传输 ${cold.kilobytesAfterSubmit.toFixed(1)} KB），聚焦时预热 ${warm.firstResult.toFixed(2)} s（${warm.kilobytesAfterSubmit.toFixed(1)} KB）`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  if (values.keep) console.log(`\n保留了 ${work}`);
  else await rm(work, { recursive: true, force: true });
}
