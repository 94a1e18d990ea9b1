// npm run bench:editions: the PDF editions stage on the sample content — wall time, peak memory, and
// for each edition its pages and file sizes (reading PDF, 2-up booklet, print shop's file).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { produceEditions } from '../src/build/editions.ts';
import { formatBytes } from '../src/reader/downloads-manifest.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-editions-'));
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
const manifest = await produceEditions(projectRoot, path.join(dir, 'downloads'), path.join(dir, 'qr'));
const elapsed = performance.now() - started;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await rm(dir, { recursive: true, force: true });

console.log(`读本 PDF 生成（示例内容，${Object.keys(manifest.editions).length} 个版本）：${(elapsed / 1000).toFixed(2)} s，峰值内存 ${formatBytes(peak)}`);
for (const e of Object.values(manifest.editions)) {
  const booklet = e.booklet ? `；小册子 ${e.booklet.pages} 面，${formatBytes(e.booklet.bytes)}` : '';
  const print = e.print ? `；印厂版 ${formatBytes(e.print.bytes)}` : '';
  console.log(`  ${e.id}：${e.stories.length} 个故事，${e.pdf.pages} 页，${formatBytes(e.pdf.bytes)}${booklet}${print}`);
}
console.log(`  机器：${os.cpus().length} 核，负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
