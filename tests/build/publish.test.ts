import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publishAtomically } from '../../src/build/publish.ts';

let root: string;
const dist = () => path.join(root, 'dist');
const leftovers = async () => (await readdir(root)).filter((name) => name !== 'dist').sort();

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'jdxh-publish-'));
  await mkdir(dist());
  await writeFile(path.join(dist(), 'index.html'), '旧版本');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('publishAtomically', () => {
  test('a successful build replaces dist/ and leaves nothing else behind', async () => {
    await publishAtomically(root, async (out) => writeFile(path.join(out, 'index.html'), '新版本'));
    expect(await readFile(path.join(dist(), 'index.html'), 'utf8')).toBe('新版本');
    expect(await leftovers()).toEqual([]);
  });

  test('a stage that throws after writing half the site: dist/ untouched, staging removed', async () => {
    const failing = publishAtomically(root, async (out) => {
      await writeFile(path.join(out, 'index.html'), '半成品');
      throw new Error('搜索索引失败');
    });
    await expect(failing).rejects.toThrow('搜索索引失败');
    expect(await readFile(path.join(dist(), 'index.html'), 'utf8')).toBe('旧版本');
    expect(await leftovers()).toEqual([]);
  });

  test('output without index.html is not published', async () => {
    await expect(publishAtomically(root, async (out) => writeFile(path.join(out, 'other.html'), 'x'))).rejects.toThrow(
      '构建结果不完整：缺少 index.html，dist/ 保持不变。',
    );
    expect(await readFile(path.join(dist(), 'index.html'), 'utf8')).toBe('旧版本');
    expect(await leftovers()).toEqual([]);
  });

  test('after a crash in the middle of the swap, the next run restores dist/ and clears stale staging folders', async () => {
    await rm(dist(), { recursive: true });
    await mkdir(path.join(root, 'dist.previous'));
    await writeFile(path.join(root, 'dist.previous', 'index.html'), '旧版本');
    await mkdir(path.join(root, '.dist-staging-stale'));
    await expect(publishAtomically(root, async () => { throw new Error('失败'); })).rejects.toThrow('失败');
    expect(await readFile(path.join(dist(), 'index.html'), 'utf8')).toBe('旧版本');
    expect(existsSync(path.join(root, 'dist.previous'))).toBe(false);
    expect(await leftovers()).toEqual([]);
  });
});
