import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What an Astro build of the site reads; the packages in node_modules are linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** A throw-away copy of the project, so a test can break content or change settings without touching ours. */
export async function copyProject(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'jdxh-project-'));
  for (const name of PROJECT_FILES) {
    await cp(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  await linkPackages(root);
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
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
