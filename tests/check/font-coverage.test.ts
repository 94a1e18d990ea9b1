import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { printFontCoverage } from '../../src/check/font-coverage.ts';

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'jdxh-glyphs-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

test('characters no print font has are found, and the answers are cached for the next run', async () => {
  const missing = await printFontCoverage(cacheDir).missing(['禁', '毒', '𠮷', 'A', '，', '😀']);
  expect([...missing].sort()).toEqual(['𠮷', '😀'].sort());
  const cache = JSON.parse(await readFile(path.join(cacheDir, 'glyph-coverage.json'), 'utf8'));
  expect(cache.missing.sort()).toEqual(['𠮷', '😀'].sort());
  expect([...cache.drawable].sort()).toEqual(['禁', '毒', 'A', '，'].sort());
  expect([...(await printFontCoverage(cacheDir).missing(['𠮷', '禁']))]).toEqual(['𠮷']);
});

test('a cache made for other font files is ignored, never trusted', async () => {
  await writeFile(path.join(cacheDir, 'glyph-coverage.json'), JSON.stringify({ key: 'other fonts', drawable: '𠮷', missing: ['禁'] }));
  expect([...(await printFontCoverage(cacheDir).missing(['禁', '𠮷']))]).toEqual(['𠮷']);
});
