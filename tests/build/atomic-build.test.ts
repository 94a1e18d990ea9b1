import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

/**
 * `npm run build` (scripts/build.ts) on a throw-away copy of the project that already has a published
 * dist/: whatever goes wrong, dist/ stays exactly as it was and no staging folder is left behind.
 */
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const OLD_SITE = '<!doctype html><title>上一次发布的网站</title>';
let root: string;

async function makeProject(): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'jdxh-atomic-'));
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  // Copied, not linked: the Astro config and plugins locate content/ from their own file paths.
  for (const name of ['public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(projectRoot, name))) await cp(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  await cp(path.join(projectRoot, 'src'), path.join(root, 'src'), { recursive: true });
  await cp(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  await mkdir(path.join(root, 'dist'));
  await writeFile(path.join(root, 'dist', 'index.html'), OLD_SITE);
  return root;
}

/** Runs scripts/build.ts on `cwd`: this repository's, or (`ownCode`) the copy's, so that changes to its src/ count. */
function build(cwd: string, onStart?: (child: ReturnType<typeof spawn>) => void, ownCode = false) {
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ownCode ? cwd : projectRoot, 'scripts', 'build.ts'), '--root', cwd], { cwd });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
    onStart?.(child);
  });
}

/**
 * Puts `code` at the start of the exported function `name` in the copy's `file` (under src/), and the build
 * script beside it, so that build(root, undefined, true) runs a stage that fails in that way.
 */
async function injectIntoStage(file: string, name: string, code: string, imports = ''): Promise<void> {
  const stage = path.join(root, 'src', file);
  const source = await readFile(stage, 'utf8');
  const head = new RegExp(`^export async function ${name}\\(([^)]*)\\)[^{]*\\{`, 'm');
  if (!head.test(source)) throw new Error(`no function ${name} in ${file}`);
  await writeFile(stage, imports + source.replace(head, (line) => `${line}\n${code}`));
  await cp(path.join(projectRoot, 'scripts'), path.join(root, 'scripts'), { recursive: true });
}

/** The Chinese account comes first and the English technical detail after it, never a bare stack. */
function expectExplainedFailure(output: string, lines: string[]): void {
  for (const line of lines) expect(output).toContain(line);
  expect(output).toContain('请把这条信息（连同下面的技术细节）发给技术人员');
  expect(output).toContain('网站没有更新：dist/ 保持不变，里面还是上一次成功构建的网站。');
  const detail = output.indexOf('技术细节（给技术人员看）：');
  expect(detail).toBeGreaterThan(output.indexOf('构建失败：'));
  expect(output.slice(0, detail)).not.toMatch(/^\s+at /m);
}

async function expectBuildRefused(messages: string[]): Promise<void> {
  const { code, output } = await build(root);
  expect(code).toBe(1);
  for (const message of messages) expect(output).toContain(message);
  await expectPreviousSiteIntact();
}

async function expectPreviousSiteIntact(): Promise<void> {
  expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe(OLD_SITE);
  expect(await readdir(path.join(root, 'dist'))).toEqual(['index.html']);
  const left = (await readdir(root)).filter((n) => n.startsWith('.dist-staging-') || n === 'dist.previous');
  expect(left).toEqual([]);
}

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm run build is atomic', () => {
  test('a content error stops the build with the check report; dist/ untouched', async () => {
    await makeProject();
    await writeFile(
      path.join(root, 'content', 'news', 'zz-broken.md'),
      '---\ntitle: 示例\ndate: 2025-06-26\nsource: 邵阳县禁毒协会\ncorrespondents: 志愿者\neditor: 秘书处\ncategory: 禁毒新闻\nsummary: 示例。\n---\n正文。\n',
    );
    await expectBuildRefused([
      'content/news/zz-broken.md:7:11  错误  “category”（栏目）的值“禁毒新闻”不在可选范围内',
      '内容检查发现错误，没有构建。dist/ 保持不变。',
    ]);
  });

  test('a failure in a later stage (the site build) leaves dist/ untouched', async () => {
    await makeProject();
    await writeFile(path.join(root, 'src', 'pages', 'zz-injected-failure.astro'), "---\nthrow new Error('注入的故障：网站构建失败');\n---\n");
    await expectBuildRefused(['构建失败：“生成网站”这一步出错', '注入的故障：网站构建失败', '网站没有更新：dist/ 保持不变']);
  });

  test('a content mistake only the PDF engine finds is reported by file and line, without a stack trace', async () => {
    await makeProject();
    // Stands in for a mistake no content check knows: the editions stage throws the engine's content error.
    await injectIntoStage(
      'build/editions.ts',
      'buildEditions',
      "  throw new InjectedTypesetError('注入的排版错误：请改正这一行。', { file: 'content/stories/x.mdx', line: 7 });",
      "import { TypesetError as InjectedTypesetError } from '../typeset/index.ts';\n",
    );
    const { code: exit, output } = await build(root, undefined, true);
    expect(exit).toBe(1);
    expect(output).toContain('content/stories/x.mdx:7：注入的排版错误：请改正这一行。');
    expect(output).toContain('印刷版排版发现内容错误，没有构建。dist/ 保持不变。');
    expect(output).not.toMatch(/^\s+at /m);
    await expectPreviousSiteIntact();
  });

  test('the disk filling up while the PDFs are written: the step, the file, the cause and what to do in Chinese; dist/ untouched', async () => {
    await makeProject();
    // What Node throws when the disk is full: an English message, a code and the path it was writing.
    await injectIntoStage(
      'build/editions.ts',
      'buildEditions',
      "  throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', syscall: 'write', path: outDir + '/downloads/quanxian.pdf' });",
    );
    const { code, output } = await build(root, undefined, true);
    expect(code).toBe(1);
    expectExplainedFailure(output, [
      '构建失败：“生成 PDF 读本”这一步出错（文件：dist/downloads/quanxian.pdf）。',
      '原因：磁盘空间不够了。',
      '怎么办：请删除不需要的文件、清空回收站，腾出几百 MB 空间后重新运行 npm run build。',
      'Error: ENOSPC: no space left on device, write',
    ]);
    await expectPreviousSiteIntact();
  });

  test('a bug in a stage (an exception in English): named as the step that failed, with the detail after; dist/ untouched', async () => {
    await makeProject();
    await injectIntoStage('build/editions.ts', 'buildEditions', "  throw new TypeError(`Cannot read properties of undefined (reading 'pages')`);");
    const { code, output } = await build(root, undefined, true);
    expect(code).toBe(1);
    expectExplainedFailure(output, [
      '构建失败：“生成 PDF 读本”这一步出错。',
      '原因：构建程序内部出错，多半不是内容写错了。',
      "TypeError: Cannot read properties of undefined (reading 'pages')",
    ]);
    await expectPreviousSiteIntact();
  });

  test('an error thrown outside the awaited build (a crashed callback) is explained too, exit 1, no staging folder left', async () => {
    await makeProject();
    await injectIntoStage(
      'build/editions.ts',
      'buildEditions',
      "  setTimeout(() => { throw new Error('callback crashed'); }, 0);\n  await new Promise((resolve) => setTimeout(resolve, 60_000));",
    );
    const { code, output } = await build(root, undefined, true);
    expect(code).toBe(1);
    expectExplainedFailure(output, ['构建失败：程序意外出错。', 'Error: callback crashed']);
    await expectPreviousSiteIntact();
  });

  test('Ctrl-C during the build leaves dist/ untouched and removes the staging folder', async () => {
    await makeProject();
    const { code, output } = await build(root, (child) => {
      // Interrupt once the staging folder exists, i.e. the check passed and the site build is under way.
      const timer = setInterval(async () => {
        const staging = (await readdir(root)).some((n) => n.startsWith('.dist-staging-'));
        if (staging) {
          clearInterval(timer);
          setTimeout(() => child.kill('SIGINT'), 1500);
        }
      }, 50);
      child.on('exit', () => clearInterval(timer));
    });
    expect(output).toContain('构建被中断（SIGINT），dist/ 保持不变。');
    expect(code).toBe(130);
    await expectPreviousSiteIntact();
  });
});
