import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { newsSource } from './news-fixture.ts';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const broken = path.join(import.meta.dirname, 'fixtures', 'broken');

async function check(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [path.join(projectRoot, 'scripts', 'check.ts'), ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

let warningsOnly: string;
beforeAll(async () => {
  warningsOnly = await mkdtemp(path.join(os.tmpdir(), 'jdxh-check-'));
  await mkdir(path.join(warningsOnly, 'content', 'news', 'images'), { recursive: true });
  await writeFile(path.join(warningsOnly, 'content', 'news', 'a.md'), newsSource('这个做法是政确的（示例）。\n\n![噪点图](./images/big.png "图为测试用的大图片")'));
  // Incompressible noise, stored without compression: over 10 MB on disk.
  await sharp({ create: { width: 2000, height: 1800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 80 } } })
    .png({ compressionLevel: 0 })
    .toFile(path.join(warningsOnly, 'content', 'news', 'images', 'big.png'));
});
afterAll(async () => {
  await rm(warningsOnly, { recursive: true, force: true });
});

describe('npm run check', () => {
  test('prints every problem grouped by file as path:line:column  级别  message, with the fix, and exits 1 on errors', async () => {
    const { code, stdout } = await check('--root', broken);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'content/news/category-typo.md\n' +
        '  content/news/category-typo.md:7:11  错误  “category”（栏目）的值“协会动太”不在可选范围内，可选值：协会动态、宣传教育、预防教育、社戒社康、队伍建设\n' +
        '    改法：是不是想写“协会动态”？\n',
    );
    expect(stdout).toContain('content/news/image-too-wide.md:10:1  警告  图片“./images/wide.png”尺寸为 8100×4 像素，超过 8000 像素');
    expect(stdout).toMatch(/共 \d+ 个错误、\d+ 个警告。请先改正错误，再构建或发布。/);
  });

  test('--format json gives the same problems as data', async () => {
    const { code, stdout } = await check('--root', broken, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { problems: unknown[]; errors: number; warnings: number };
    expect(report.problems).toEqual(JSON.parse(JSON.stringify(await checkContent(broken))));
    expect(report.errors + report.warnings).toBe(report.problems.length);
    expect(report.problems[0]).toMatchObject({ file: 'content/branches.yaml', line: 8, column: 7, level: 'error' });
  });

  test('only warnings (a typo, an image over 10 MB): reported, exit 0', async () => {
    const { code, stdout } = await check('--root', warningsOnly);
    expect(code).toBe(0);
    expect(stdout).toContain('content/news/a.md:10:6  警告  校对（错别字）：“政确”应为“正确”');
    expect(stdout).toMatch(/content\/news\/a\.md:12:1 {2}警告 {2}图片“\.\/images\/big\.png”有 1\d\.\d MB，超过 10 MB/);
    expect(stdout).toContain('共 0 个错误、2 个警告');
  });

  test('the sample content checks clean', async () => {
    const { code, stdout } = await check();
    expect(stdout).toContain('检查通过：没有发现问题。');
    expect(code).toBe(0);
  });
});
