import { buildSite } from './astro-site.ts';
import { buildSearchIndex } from './search-index.ts';
import { precompress } from './precompress.ts';

/**
 * Every stage of a full build, in order, writing into `outDir`.
 * Used by `npm run build` (through publishAtomically) and by the tests (into a temporary folder).
 */
export async function buildEverything(projectRoot: string, outDir: string): Promise<void> {
  await buildSite(projectRoot, outDir);
  await buildSearchIndex(projectRoot, outDir);
  // Last: every file the earlier stages wrote gets its .gz/.br.
  await precompress(projectRoot, outDir);
}
