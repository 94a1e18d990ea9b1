import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, test } from 'vitest';

test('the sample build has a Chinese home page', async () => {
  const html = await readFile(path.join(inject('sampleDist'), 'index.html'), 'utf8');
  expect(html).toContain('lang="zh-CN"');
});
