import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadEditions } from '../../src/reader/load-editions.ts';
import { loadStories } from '../../src/reader/load-stories.ts';

/**
 * What editors are promised (编辑指南 §1): a file whose name starts with `_` is a draft and is not published —
 * the printed editions included. And a story saved by Notepad as “UTF-8 with BOM”, with Windows line ends,
 * passes `npm run check`, so the build must read it too.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(process.env.JDXH_SCRATCH ?? os.tmpdir(), 'jdxh-drafts-'));
  const stories = path.join(root, 'content', 'stories');
  await mkdir(stories, { recursive: true });
  const story = await readFile(path.join(projectRoot, 'content/stories/shanpo-shang-de-hua.mdx'), 'utf8');
  await writeFile(path.join(stories, 'shanpo-shang-de-hua.mdx'), story);
  await writeFile(path.join(stories, '_caogao.mdx'), story.replace(/^title: .*$/m, 'title: 还没写完的草稿'));
  await writeFile(path.join(stories, 'jishiben.mdx'), `\uFEFF${story.replace(/^title: .*$/m, 'title: 记事本保存的故事').replace(/\n/g, '\r\n')}`);
  await cp(path.join(projectRoot, 'content', 'editions'), path.join(root, 'content', 'editions'), { recursive: true });
  await cp(path.join(root, 'content/editions/cunmin.yaml'), path.join(root, 'content/editions/_cunmin-caogao.yaml'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test('a story whose file name starts with _ is a draft: no printed edition reads it', async () => {
  const ids = (await loadStories(root)).map((s) => s.id);
  expect(ids).toContain('shanpo-shang-de-hua');
  expect(ids).not.toContain('_caogao');
});

test('an edition whose file name starts with _ is a draft: no PDF is made for it', async () => {
  const ids = (await loadEditions(root)).map((e) => e.id);
  expect(ids).toContain('cunmin');
  expect(ids).not.toContain('_cunmin-caogao');
});

test('a story saved as UTF-8 with a byte order mark and CRLF line ends is read with its fields', async () => {
  const story = (await loadStories(root)).find((s) => s.id === 'jishiben');
  expect(story?.data.title).toBe('记事本保存的故事');
  expect(story?.data.audiences).toEqual(['村民与家长']);
});
