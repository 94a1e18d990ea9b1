import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { branchSchema, newsSchema, pageSchema } from '../../src/schemas/index.ts';
import { parseSite } from '../../src/lib/site.ts';
import { describeIssues } from '../../src/lib/zod-message.ts';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const fixture = (name: string) => path.join(here, 'fixtures', name);
const shown = (file: string) => path.relative(root, file);

async function frontmatter(file: string): Promise<unknown> {
  const source = await readFile(file, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]);
}

/** What an editor would read for a file: "" when valid. */
async function newsMessage(file: string): Promise<string> {
  const result = newsSchema().safeParse(await frontmatter(file));
  return result.success ? '' : describeIssues(shown(file), result.error);
}

describe('news frontmatter', () => {
  test('a complete article passes; one name becomes a list; dates are Beijing time', async () => {
    const data = newsSchema().parse(await frontmatter(fixture('news-valid.md')));
    expect(data.correspondents).toEqual(['协会宣传教育部', '某乡镇分会']);
    expect(data.date.toISOString()).toBe('2025-06-26T01:30:00.000Z');
  });

  test('every sample article in content/news passes', async () => {
    const { readdir } = await import('node:fs/promises');
    const dir = path.join(root, 'content/news');
    const files = (await readdir(dir)).filter((f) => /\.mdx?$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const f of files) expect(await newsMessage(path.join(dir, f)), f).toBe('');
  });

  test.each([
    ['news-bad-category.md', 'category', '"协会动态"|"宣传教育"|"预防教育"|"社戒社康"|"队伍建设"'],
    ['news-bad-date.md', 'date', 'YYYY-MM-DD'],
    ['news-cover-without-alt.md', 'coverAlt', '封面说明'],
    ['news-missing-editor.md', 'editor', '缺少此项，请填写文字'],
  ])('%s: the message names the file, the field %s and what was expected', async (name, field, expected) => {
    const message = await newsMessage(fixture(name));
    expect(message).toContain(`文件 tests/site/fixtures/${name}`);
    expect(message).toContain(`字段 ${field}：`);
    expect(message).toContain(expected);
  });
});

describe('content/site.yaml', () => {
  test('the sample is valid and keeps each key figure with its year and source', async () => {
    const site = parseSite(await readFile(path.join(root, 'content/site.yaml'), 'utf8'));
    expect(site.figures.length).toBeGreaterThan(0);
    for (const f of site.figures) {
      expect(f.year).toBeGreaterThan(2000);
      expect(f.source).not.toBe('');
    }
  });

  test('a broken file lists every problem with file and field', async () => {
    const source = await readFile(fixture('site-bad.yaml'), 'utf8');
    expect(() => parseSite(source, 'tests/site/fixtures/site-bad.yaml')).toThrowError(
      /文件 tests\/site\/fixtures\/site-bad\.yaml，字段 postcode：邮政编码应为 6 位数字/,
    );
    let message = '';
    try {
      parseSite(source, 'site-bad.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('字段 email：电子邮箱格式不正确');
    expect(message).toContain('字段 figures.0.year：');
  });

  test('YAML syntax errors name the file', () => {
    expect(() => parseSite('name: [未闭合', 'content/site.yaml')).toThrowError(/文件 content\/site\.yaml 不是有效的 YAML/);
  });
});

describe('branches and pages', () => {
  test('乡镇分会 needs township and village group count; kinds and ids are checked', async () => {
    const [first, second] = parse(await readFile(fixture('branches-bad.yaml'), 'utf8')) as unknown[];
    const a = branchSchema.safeParse(first);
    expect(a.success).toBe(false);
    expect(describeIssues('branches-bad.yaml', a.error!)).toContain('字段 township：乡镇分会须填写所属乡镇');
    const b = branchSchema.safeParse(second);
    const message = describeIssues('branches-bad.yaml', b.error!);
    expect(message).toContain('字段 id：id 只能使用小写字母、数字和连字符');
    expect(message).toContain('字段 kind：');
    expect(message).toContain('"乡镇分会"|"县直单位分会"');
  });

  test('the sample branches and pages are valid', async () => {
    for (const b of parse(await readFile(path.join(root, 'content/branches.yaml'), 'utf8'))) {
      expect(branchSchema.safeParse(b).success, b.id).toBe(true);
    }
    const { readdir } = await import('node:fs/promises');
    const pages = (await readdir(path.join(root, 'content/pages'))).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBe(8);
    for (const f of pages) expect(pageSchema.safeParse(await frontmatter(path.join(root, 'content/pages', f))).success, f).toBe(true);
  });

  test('a page in an unknown section is refused, naming the allowed ones', () => {
    const result = pageSchema.safeParse({ title: '某页', summary: '某', section: 'news' });
    expect(describeIssues('content/pages/x.md', result.error!)).toMatch(/字段 section：.*"about"\|"work"/);
  });
});
