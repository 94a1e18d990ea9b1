import { existsSync, globSync, rmSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { asStep } from './build-failure.ts';

/** Thrown when a build was interrupted (Ctrl-C); dist/ is untouched and the staging folder removed. */
export class BuildInterruptedError extends Error {
  constructor(signal: string) {
    super(`构建被中断（${signal}），dist/ 保持不变。`);
    this.name = 'BuildInterruptedError';
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Builds into a fresh staging folder beside `dist/` and swaps it in only when `produce` succeeded, so a
 * failed or interrupted build never leaves a half-written site, and never a staging folder, behind.
 *
 * - any error from `produce` (or output missing one of `requiredFiles`): staging removed (again as the process
 *   exits, after any writes still in flight, or when it is ended by an uncaught error), dist/ untouched;
 * - Ctrl-C / SIGTERM while building: staging removed synchronously, then the process exits with 130/143;
 * - a crash between the two renames of the swap: the next run puts the previous dist/ back first.
 */
export async function publishAtomically(
  projectRoot: string,
  produce: (outDir: string) => Promise<void>,
  distName = 'dist',
  requiredFiles: string[] = ['index.html'],
): Promise<string> {
  const dist = path.join(projectRoot, distName);
  const previous = `${dist}.previous`;
  await asStep('清理上次中断的构建', () => recoverFromEarlierCrash(projectRoot, distName, dist, previous));

  const staging = await asStep('准备临时文件夹', () => mkdtemp(path.join(projectRoot, `.${distName}-staging-`)));
  // However the process ends (a failed stage's writes still in flight, a crash reported by scripts/build.ts),
  // the staging folder goes with it: by then every write has ended. After a successful swap it no longer exists.
  process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(staging, { recursive: true, force: true });
    console.error(new BuildInterruptedError(signal).message);
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    await produce(staging);
    const missing = requiredFiles.filter((f) => !existsSync(path.join(staging, f)));
    if (missing.length) throw new Error(`构建结果不完整：缺少 ${missing.join('、')}，dist/ 保持不变。`);
    await asStep('用新网站替换 dist/', () => swapIn(staging, dist, previous));
    return dist;
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    // A failed stage may still have writes in flight (Astro renders several pages at once, and the others
    // carry on after one throws): one of them can make the folder again, hence the removal at exit above.
    await rm(staging, { recursive: true, force: true });
  }
}

async function swapIn(staging: string, dist: string, previous: string): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  const hadDist = existsSync(dist);
  if (hadDist) await rename(dist, previous);
  try {
    await rename(staging, dist);
  } catch (error) {
    if (hadDist) await rename(previous, dist);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

/** Leftovers of a build killed outright (kill -9, power cut): restore dist/ and remove stale staging folders. */
async function recoverFromEarlierCrash(projectRoot: string, distName: string, dist: string, previous: string): Promise<void> {
  if (existsSync(previous)) {
    if (existsSync(dist)) await rm(previous, { recursive: true, force: true });
    else await rename(previous, dist);
  }
  for (const stale of globSync(`.${distName}-staging-*`, { cwd: projectRoot })) {
    await rm(path.join(projectRoot, stale), { recursive: true, force: true });
  }
}
