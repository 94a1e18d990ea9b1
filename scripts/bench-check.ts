// npm run bench:check [-- N]: wall time of `npm run check` on the sample content, N cold runs (default 5),
// each a fresh Node process (fonts, parsers and schemas loaded from scratch), plus the in-process time.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/check/index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const script = path.join(projectRoot, 'scripts', 'check.ts');

const walls: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [script, '--format', 'json'], { stdio: 'pipe' });
  } catch {
    // Exit code 1 only means the content has errors; the timing still counts.
  }
  walls.push(performance.now() - started);
}
const started = performance.now();
const problems = await checkContent(projectRoot);
const inProcess = performance.now() - started;
const again = performance.now();
await checkContent(projectRoot);
const warm = performance.now() - again;

const sorted = [...walls].sort((a, b) => a - b);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`npm run check，示例内容（${problems.length} 个问题），${runs} 次冷启动：`);
console.log(`  最快 ${s(sorted[0])}  中位 ${s(sorted[Math.floor(sorted.length / 2)])}  最慢 ${s(sorted[sorted.length - 1])}`);
console.log(`  进程内首次检查 ${s(inProcess)}，再次检查 ${s(warm)}`);
console.log(`  机器：${os.cpus().length} 核，负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
