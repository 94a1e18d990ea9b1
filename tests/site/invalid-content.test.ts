import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../src/build/astro-site.ts';
import { copyProject } from '../../scripts/lib/project-copy.ts';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'jdxh-invalid-out-'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const frontmatter = `---
title: 出错的示例新闻
date: 2026-07-01 09:00
source: 邵阳县禁毒协会
correspondents: 协会秘书处
editor: 协会秘书处
category: 协会动态
summary: 用来检查构建会不会拦下错误。
---
`;

/**
 * Writes one broken news file into a fresh copy of the project, builds, and returns the error message (the build
 * must fail). A copy per build: Astro saves its data store after a failed build returns, and two builds sharing a
 * cache folder would race on that file.
 */
async function failingBuild(name: string, source: string): Promise<string> {
  const project = await copyProject();
  await writeFile(path.join(project.root, 'content/news', name), source);
  try {
    await buildSite(project.root, outDir);
  } catch (error) {
    return (error as Error).message;
  } finally {
    await project.remove();
  }
  throw new Error(`构建没有失败：${name}`);
}

describe('invalid content stops the build with file and field', () => {
  test('a news file with an unknown category', async () => {
    const message = await failingBuild('zz-bad-category.md', frontmatter.replace('category: 协会动态', 'category: 工作动态') + '正文。\n');
    expect(message).toContain('content/news/zz-bad-category.md');
    expect(message).toContain('category');
    expect(message).toContain('"协会动态"|"宣传教育"|"预防教育"|"社戒社康"|"队伍建设"');
  });

  test('a <Figure> whose image does not exist', async () => {
    const message = await failingBuild(
      'zz-missing-image.mdx',
      `${frontmatter}第一段。\n\n<Figure src="./images/没有这张.jpg" alt="某处" caption="图为某处" />\n`,
    );
    expect(message).toMatch(/文件 content\/news\/zz-missing-image\.mdx 第 12 行：找不到图片 \.\/images\/没有这张\.jpg/);
  });

  test('a <Figure> without caption and alt', async () => {
    const message = await failingBuild('zz-no-caption.mdx', `${frontmatter}<Figure src="./images/huiyishi.jpg" />\n`);
    expect(message).toContain('content/news/zz-no-caption.mdx 第 10 行');
    expect(message).toContain('<Figure> 缺少 caption');
    expect(message).toContain('<Figure> 缺少 alt');
  });

  test('a Markdown image without caption', async () => {
    const message = await failingBuild('zz-md-image.md', `${frontmatter}![会议室](./images/huiyishi.jpg)\n`);
    expect(message).toContain('content/news/zz-md-image.md 第 10 行');
    expect(message).toContain('缺少图片说明');
  });

  test('a component that is not part of the contract', async () => {
    const message = await failingBuild('zz-component.mdx', `${frontmatter}<Video src="./x.mp4" />\n`);
    expect(message).toContain('content/news/zz-component.mdx 第 10 行');
    expect(message).toContain('不认识的组件 <Video>');
  });
});
