import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What an Astro build of the site reads; the packages in node_modules are linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/**
 * A throw-away copy of the project, so a test can break content or change settings without touching ours. Under
 * vitest it goes in the run's scratch folder (JDXH_SCRATCH, made and removed by tests/global-setup.ts).
 */
export async function copyProject(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(process.env.JDXH_SCRATCH ?? os.tmpdir(), 'jdxh-project-'));
  for (const name of PROJECT_FILES) {
    await cp(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  await linkPackages(root);
  return { root, remove: () => removeKeepingAstroCache(root) };
}

/**
 * After a failed build Astro still saves its data store on a timer (500 ms debounce); were its folder gone, the
 * save would throw where nobody can catch it. So the copy goes now but for that folder, which goes at exit (or,
 * in a vitest worker, which ends without 'exit' handlers, with the scratch folder).
 */
async function removeKeepingAstroCache(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    if (name !== 'node_modules') await rm(path.join(root, name), { recursive: true, force: true });
  }
  const modules = path.join(root, 'node_modules');
  for (const name of await readdir(modules)) {
    if (name !== '.astro') await rm(path.join(modules, name), { recursive: true, force: true });
  }
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
}

const CACHE_FOLDERS = new Set(['.astro', '.vite', '.cache']);

/**
 * Astro, Vite and our content check keep caches inside node_modules (.astro holds every rendered Markdown body).
 * Linking each package rather than the whole folder gives the copy caches of its own: a copy starts cold, as CI
 * does, and never writes its synthetic entries into the project's cache.
 */
async function linkPackages(root: string): Promise<void> {
  const modules = path.join(root, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (CACHE_FOLDERS.has(name)) continue;
    await symlink(path.join(projectRoot, 'node_modules', name), path.join(modules, name), 'dir');
  }
}
