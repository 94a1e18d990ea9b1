// npm run bench:site [N]   (or BENCH_N=N): builds the website with N extra synthetic news articles
// (default 1000) in a temporary copy of the project and prints pages/second, wall time and peak memory,
// twice: cold (no Astro caches, as CI builds a clean clone) and warm (the image and Markdown caches the first
// build left, as on an editor's machine). Each build runs in a child process, so maxRSS is the build's own.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from './lib/project-copy.ts';
import { writeSyntheticNews } from './lib/synthetic-news.ts';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  // Child: one Astro build of the site stage, then report its own peak memory.
  const { buildSite } = await import('../src/build/astro-site.ts');
  await buildSite(process.argv[3], process.argv[4]);
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(`\nBENCH ${JSON.stringify({ maxRssKiB: usage.maxRSS, cpuSeconds })}\n`);
} else {
  const count = Number(process.argv[2] ?? process.env.BENCH_N ?? 1000);
  if (!Number.isInteger(count) || count < 1) throw new Error(`文章数应为正整数，收到 ${process.argv[2] ?? process.env.BENCH_N}`);
  const project = await copyProject();
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'jdxh-bench-out-'));
  try {
    await writeSyntheticNews(path.join(project.root, 'content/news'), count);
    console.log(`生成 ${count} 篇合成新闻，构建两次（子进程）：先无缓存（如 CI 从干净的克隆构建），再用第一次留下的缓存…`);
    for (const run of ['无缓存（首次构建）', '有缓存（再次构建）']) {
      const loadBefore = os.loadavg()[0];
      const started = performance.now();
      const report = await runChild(project.root, outDir);
      const seconds = (performance.now() - started) / 1000;
      const pages = (await readdir(outDir, { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
      const rows = [
        ['生成页面数 (HTML)', String(pages)],
        ['总用时 (wall)', `${seconds.toFixed(1)} s`],
        ['页面/秒', (pages / seconds).toFixed(1)],
        ['峰值内存 (maxRSS)', `${(report.maxRssKiB / 1024).toFixed(0)} MB`],
        ['构建 CPU 时间', `${report.cpuSeconds.toFixed(1)} s`],
        ['页面/CPU 秒', (pages / report.cpuSeconds).toFixed(1)],
        ['机器负载 (1 分钟)', `${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}（${os.cpus().length} 核）`],
      ];
      console.log(`\n${run}，${count} 篇合成新闻：`);
      for (const [k, v] of rows) console.log(`  ${k}：${v}`);
    }
  } finally {
    await project.remove();
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Wall-clock figures depend on what else the machine runs; CPU time shows the build's own cost. */
function runChild(root: string, outDir: string): Promise<{ maxRssKiB: number; cpuSeconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, '--child', root, outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = /BENCH (\{.*\})/.exec(out);
      if (code !== 0 || !line) return reject(new Error(`构建失败（退出码 ${code}）\n${out.slice(-2000)}`));
      resolve(JSON.parse(line[1]));
    });
  });
}
