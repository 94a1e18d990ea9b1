// npm run bench:search [-- --pages 1000]: indexes a synthetic site of N Chinese articles the way our build
// stage does, next to plain Pagefind on the same pages, and prints time, memory, index size, recall and
// precision over sampled terms, and the bytes Chromium downloads for a first query on our search page.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
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
import { serveStatic } from '../tests/browser/static-server.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, terms: { type: 'string', default: '100' }, keep: { type: 'boolean' } },
});
const pageCount = Number(values.pages);
const termsPerLength = Number(values.terms);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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
  console.log(`  本站（字对）：  墙钟 ${ourSeconds.toFixed(1)} s，CPU ${(ourStats.cpuSeconds + nodeCpuSeconds).toFixed(1)} s（Pagefind ${ourStats.cpuSeconds.toFixed(1)} s + 准备页面 ${nodeCpuSeconds.toFixed(1)} s），Pagefind 进程峰值内存 ${mb(ourStats.peakBytes)}，索引 ${mb(ourSize.bytes)}，${ourSize.files} 个文件（${report.pages} 页）`);
  console.log(`  本 Node 进程峰值内存 ${mb(process.resourceUsage().maxRSS * 1024)}`);

  const truth = pages.map((p) => ({ url: `/${p.file.replace(/index\.html$/, '')}`, text: p.text }));
  const terms = sampleTerms(truth, termsPerLength);
  console.log(`\n召回率与准确率（${terms.length} 个 2、3、4 字词，取自文章正文）`);
  const ours = await measureOurSearch(await loadPagefind(siteDir), truth, terms);
  console.log(`  ${formatReport('本站', ours)}`);
  const plain = await measurePlainPagefind(await loadPagefind(plainDir), truth, terms);
  console.log(`  ${formatReport('普通 Pagefind', plain)}`);
  for (const miss of ours.misses.slice(0, 5)) console.log(`  本站漏检：${miss.term} → ${miss.missing.join(' ')}`);

  console.log('\n首次搜索在 Chromium 中下载的字节数（静态服务器不压缩；Pagefind 的索引文件本身已压缩）');
  const server = await serveStatic(siteDir, '/');
  const browser = await launchChromium();
  try {
    for (const query of ['禁毒', '社区康复', terms[terms.length - 1], '6.26国际禁毒日']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let searchBytes = 0;
      let pageBytes = 0;
      let gzippedTotal = 0;
      let requests = 0;
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        pending.push((async () => {
          const sizes = await request.sizes();
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          requests++;
          if (new URL(request.url()).pathname.includes('/pagefind/')) searchBytes += bytes;
          else pageBytes += bytes;
          // What a server sending text gzip-compressed (deploy/ serves the precompressed .gz) would transfer.
          const response = await request.response();
          const type = response?.headers()['content-type'] ?? '';
          const body = response ? await response.body() : Buffer.alloc(0);
          gzippedTotal += sizes.responseHeadersSize + (/text|javascript|json/.test(type) ? gzipSync(body, { level: 9 }).length : body.length);
        })());
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /条结果|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const status = await page.locator('#search-status').textContent();
      console.log(`  「${query}」：${status}；索引与片段 ${kb(searchBytes)}，页面本身（HTML/CSS/JS/缩略图）${kb(pageBytes)}，共 ${kb(searchBytes + pageBytes)}（文本 gzip 后 ${kb(gzippedTotal)}），${requests} 个请求`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  if (values.keep) console.log(`\n保留了 ${work}`);
  else await rm(work, { recursive: true, force: true });
}
