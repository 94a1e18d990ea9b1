import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEverything } from '../src/build/pipeline.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A full build of the sample content (site, search index, PDFs), made once per test run. */
    sampleDist: string;
  }
}

const projectRoot = path.resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'jdxh-sample-dist-'));
  await buildEverything(projectRoot, outDir);
  project.provide('sampleDist', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
