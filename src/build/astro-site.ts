import path from 'node:path';
import { build } from 'astro';

/** Runs Astro's static build of the website into `outDir`. */
export async function buildSite(projectRoot: string, outDir: string): Promise<void> {
  process.env.ASTRO_OUT_DIR = outDir;
  const restoreEnv = productionEnv();
  try {
    await build({ root: projectRoot, outDir, logLevel: 'warn' });
  } catch (error) {
    throw withFileName(error, projectRoot);
  } finally {
    restoreEnv();
  }
}

/**
 * Vite builds in development mode under any NODE_ENV but production, and vitest sets NODE_ENV=test and copies
 * import.meta.env (DEV, PROD, MODE, SSR, BASE_URL) onto process.env, where Astro reads it back. Without this the
 * site the tests check would not be the site we publish. Returns what puts the caller's environment back.
 */
function productionEnv(): () => void {
  const names = ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'];
  const saved = names.map((name) => [name, process.env[name]] as const);
  for (const name of names) delete process.env[name];
  process.env.NODE_ENV = 'production';
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** Astro knows which content file failed (error.loc.file) but leaves it out of the message: put it in front. */
function withFileName(error: unknown, projectRoot: string): unknown {
  const file = (error as { loc?: { file?: string } })?.loc?.file;
  if (!(error instanceof Error) || !file) return error;
  const shown = path.relative(projectRoot, file).split(path.sep).join('/');
  if (error.message.includes(shown)) return error;
  return new Error(`文件 ${shown}：${error.message}`, { cause: error });
}
