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
  // Test workers inherit it: project copies (scripts/lib/project-copy.ts) go there, and go with it at the end.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'jdxh-test-scratch-'));
  process.env.JDXH_SCRATCH = scratch;
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'jdxh-sample-dist-'));
  // Every temporary folder a test, a build or a browser makes (os.tmpdir() reads TMPDIR) goes in the
  // scratch folder too, so a run leaves nothing behind in /tmp, even when a test stops half-way.
  process.env.TMPDIR = scratch;
  await buildEverything(projectRoot, outDir);
  project.provide('sampleDist', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  };
}
