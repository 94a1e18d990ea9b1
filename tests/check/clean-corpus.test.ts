import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/check/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

test('the clean fixture corpus (every field, Figure, Callout, links, suppressions) passes with no warnings', async () => {
  expect(await checkContent(path.join(import.meta.dirname, 'fixtures', 'clean'))).toEqual([]);
});

test('the real sample content passes with no errors and no warnings', async () => {
  expect(await checkContent(projectRoot)).toEqual([]);
});
