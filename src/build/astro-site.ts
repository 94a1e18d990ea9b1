import path from 'node:path';
import { build } from 'astro';

/** Runs Astro's static build of the website into `outDir`. */
export async function buildSite(projectRoot: string, outDir: string): Promise<void> {
  process.env.ASTRO_OUT_DIR = outDir;
  try {
    await build({ root: projectRoot, outDir, logLevel: 'warn' });
  } catch (error) {
    throw withFileName(error, projectRoot);
  }
}

/** Astro knows which content file failed (error.loc.file) but leaves it out of the message: put it in front. */
function withFileName(error: unknown, projectRoot: string): unknown {
  const file = (error as { loc?: { file?: string } })?.loc?.file;
  if (!(error instanceof Error) || !file) return error;
  const shown = path.relative(projectRoot, file).split(path.sep).join('/');
  if (error.message.includes(shown)) return error;
  return new Error(`文件 ${shown}：${error.message}`, { cause: error });
}
