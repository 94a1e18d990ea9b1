import { build } from 'astro';

/** Runs Astro's static build of the website into `outDir`. */
export async function buildSite(projectRoot: string, outDir: string): Promise<void> {
  process.env.ASTRO_OUT_DIR = outDir;
  await build({ root: projectRoot, outDir, logLevel: 'warn' });
}
