import { buildSite } from './astro-site.ts';
import { checkContentStage } from './content-check.ts';
import { buildEditions, installEditionDownloads } from './editions.ts';
import { buildSearchIndex } from './search-index.ts';
import { precompress } from './precompress.ts';

/** One build stage: reads the project, writes into `outDir`, throws on failure. */
export type Stage = (projectRoot: string, outDir: string) => Promise<void>;

/**
 * Every stage of a full build, in order (TEAM.md: checks → PDFs → site → search index → precompression).
 * Content checks come first so that a content error stops the build before anything is written.
 * The PDF editions come before the site, whose reader pages show their sizes and page counts; Astro
 * empties outDir, so the PDFs are staged aside and installed once the site is built.
 * Precompression is last: every file the earlier stages wrote gets its .gz/.br.
 */
export const STAGES: Stage[] = [
  checkContentStage,
  buildEditions,
  buildSite,
  installEditionDownloads,
  buildSearchIndex,
  precompress,
];

/**
 * Runs every stage into `outDir`.
 * Used by `npm run build` (through publishAtomically) and by the tests (into a temporary folder).
 */
export async function buildEverything(projectRoot: string, outDir: string, stages: Stage[] = STAGES): Promise<void> {
  for (const stage of stages) await stage(projectRoot, outDir);
}
