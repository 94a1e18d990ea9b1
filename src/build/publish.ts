import { mkdtemp, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds into a fresh temporary folder beside `dist/` and swaps it in only when `produce` succeeded,
 * so a failed build never leaves a half-written site behind.
 */
export async function publishAtomically(
  projectRoot: string,
  produce: (outDir: string) => Promise<void>,
  distName = 'dist',
): Promise<string> {
  const dist = path.join(projectRoot, distName);
  const staging = await mkdtemp(path.join(projectRoot, `.${distName}-staging-`));
  try {
    await produce(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${dist}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(dist)) await rename(dist, previous);
  await rename(staging, dist);
  await rm(previous, { recursive: true, force: true });
  return dist;
}
