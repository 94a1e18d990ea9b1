import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseEditionFile } from '../../src/reader/load-editions.ts';
import { loadStories, parseStoryFile, type StoryEntry } from '../../src/reader/load-stories.ts';
import { resolveEdition } from '../../src/reader/resolve-edition.ts';
import { editionYaml } from './edition-yaml.ts';

const root = path.resolve(import.meta.dirname, '../..');
let stories: StoryEntry[];
beforeAll(async () => {
  stories = await loadStories(root);
});

const FILE = '/content/editions/test.yaml';

describe('edition resolution', () => {
  test('a filter on audiences keeps every matching story, ordered by date then id', () => {
    const e = parseEditionFile(editionYaml('stories:\n  filter: { audiences: [初中] }\n  order: date', 'trim: A4\nbodySize: 12', '[初中]'), FILE);
    const got = resolveEdition(e, stories);
    const expected = stories.filter((s) => s.data.audiences.includes('初中'));
    expect(got.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    const times = got.map((s) => s.data.date.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test('date-desc reverses, title sorts by Chinese collation', () => {
    const desc = resolveEdition(parseEditionFile(editionYaml('stories:\n  filter: { audiences: [小学低年级] }\n  order: date-desc'), FILE), stories);
    const asc = resolveEdition(parseEditionFile(editionYaml('stories:\n  filter: { audiences: [小学低年级] }\n  order: date'), FILE), stories);
    expect(desc.map((s) => s.id)).toEqual(asc.map((s) => s.id).reverse());
    const byTitle = resolveEdition(parseEditionFile(editionYaml('stories:\n  filter: { audiences: [小学低年级] }\n  order: title'), FILE), stories);
    const titles = byTitle.map((s) => s.data.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  test('a tag filter matches any of the tags', () => {
    const e = parseEditionFile(editionYaml('stories:\n  filter: { tags: [罂粟, 社区戒毒] }', 'trim: A5\nbodySize: 14', '[村民与家长]'), FILE);
    expect(resolveEdition(e, stories).map((s) => s.id).sort()).toEqual(['huijia-de-lu', 'shanpo-shang-de-hua']);
  });

  test('an ids list keeps the written order', () => {
    const e = parseEditionFile(editionYaml('stories:\n  ids: [lubian-xiaodaizi, tiaotiaotang]'), FILE);
    expect(resolveEdition(e, stories).map((s) => s.id)).toEqual(['lubian-xiaodaizi', 'tiaotiaotang']);
  });

  test('an unknown story id is a Chinese error naming the edition file, line and id', () => {
    const e = parseEditionFile(editionYaml('stories:\n  ids:\n    - tiaotiaotang\n    - no-such-story'), FILE);
    expect(() => resolveEdition(e, stories)).toThrow(/\/content\/editions\/test\.yaml 第 9 行.*stories\.ids.*找不到故事“no-such-story”/);
  });

  test('an edition that selects no story is an error', () => {
    const e = parseEditionFile(editionYaml('stories:\n  filter: { tags: [没有这个标签] }'), FILE);
    expect(() => resolveEdition(e, stories)).toThrow(/test\.yaml 第 6 行.*没有选中任何故事/);
  });

  test('a story whose frontmatter is wrong names file, line and field', () => {
    const src = '---\ntitle: 测试\nplace: 某村\ndate: 2025-02-30\naudiences: [大学]\nsummary: 摘要\nquestions: [问题]\nauthor: 某人\n---\n正文';
    expect(() => parseStoryFile(src, '/content/stories/x.mdx')).toThrow(/x\.mdx 第 4 行，字段 date：日期格式/);
    expect(() => parseStoryFile(src, '/content/stories/x.mdx')).toThrow(/x\.mdx 第 5 行，字段 audiences\.0/);
  });
});

describe('body size against audience (GB 40070-2021)', () => {
  const sized = (audience: string, size: number) =>
    () => parseEditionFile(editionYaml('stories:\n  ids: [tiaotiaotang]', `trim: A5\nbodySize: ${size}\nlinePitch: 2.2`, audience), FILE);

  test.each([
    ['[小学低年级]', 14, 16],
    ['[小学低年级, 小学高年级]', 15, 16],
    ['[小学高年级]', 12, 14],
    ['[初中, 高中]', 11, 12],
  ])('%s at %i pt is refused with the floor %i pt and the line of bodySize', (audience, size, floor) => {
    expect(sized(audience, size)).toThrow(new RegExp(`test\\.yaml 第 9 行，字段 bodySize：正文字号 ${size} pt 小于 GB 40070-2021.*下限 ${floor} pt`));
  });

  test.each([
    ['[小学低年级]', 16],
    ['[小学高年级]', 14],
    ['[初中, 高中]', 12],
    ['[村民与家长]', 10.5],
  ])('%s at %i pt is accepted', (audience, size) => {
    expect(sized(audience, size)().edition.bodySize).toBe(size);
  });

  test('the sample editions respect their floors', async () => {
    const { loadEditions } = await import('../../src/reader/load-editions.ts');
    const editions = await loadEditions(root);
    expect(Object.fromEntries(editions.map((e) => [e.id, e.edition.bodySize]))).toEqual({ cunmin: 14, quanxian: 12, xiaoxue: 16 });
  });
});

describe('gap between lines against audience (GB 40070-2021)', () => {
  const pitched = (audience: string, size: number, pitch: number) =>
    () => parseEditionFile(editionYaml('stories:\n  ids: [tiaotiaotang]', `trim: A5\nbodySize: ${size}\nlinePitch: ${pitch}`, audience), FILE);

  test.each([
    // 16 pt on 1.8: 12.8 pt ≈ 4.5 mm, the 小学版 the proofreader measured.
    ['[小学低年级]', 16, 1.8, '4.5', '5.0', '1.89'],
    ['[小学高年级, 小学低年级]', 16, 1.85, '4.8', '5.0', '1.89'],
    ['[小学高年级]', 14, 1.75, '3.7', '4.0', '1.81'],
    ['[初中, 高中]', 12, 1.6, '2.5', '3.0', '1.71'],
  ])('%s at %i pt on %s is refused, naming the line of linePitch, the gap, the floor and the pitch that passes', (audience, size, pitch, gap, floor, fix) => {
    expect(pitched(audience, size, pitch)).toThrow(
      new RegExp(`test\\.yaml 第 10 行，字段 linePitch：行距 ${pitch} 倍（linePitch）使 ${size} pt 正文的行间空白只有 ${gap} mm，小于 GB 40070-2021 对“[^”]+”读者的下限 ${floor} mm，请把 linePitch 改为 ${fix} 或更大`),
    );
  });

  test('without a linePitch the default 1.75 is checked, and the error points at bodySize, where the line goes', () => {
    const unpitched = () => parseEditionFile(editionYaml('stories:\n  ids: [tiaotiaotang]', 'trim: A5\nbodySize: 16'), FILE);
    expect(unpitched).toThrow(/test\.yaml 第 9 行，字段 bodySize：没有填写行距（linePitch），按默认的 1\.75 倍，16 pt 正文的行间空白只有 4\.2 mm.*请在 bodySize 下面加一行 linePitch: 1\.89/);
    const adults = parseEditionFile(editionYaml('stories:\n  ids: [tiaotiaotang]', 'trim: A5\nbodySize: 14', '[村民与家长]'), FILE);
    expect(adults.edition.linePitch).toBe(1.75);
  });

  test('the suggested pitch itself passes', () => {
    expect(pitched('[小学低年级]', 16, 1.89)().edition.linePitch).toBe(1.89);
    expect(pitched('[小学高年级]', 14, 1.81)().edition.linePitch).toBe(1.81);
  });

  test('adult readers have no floor on the gap', () => {
    expect(pitched('[村民与家长]', 10.5, 1.4)().edition.linePitch).toBe(1.4);
  });

  test('every sample edition leaves at least the gap its audiences need', async () => {
    const { loadEditions } = await import('../../src/reader/load-editions.ts');
    const gaps = Object.fromEntries((await loadEditions(root)).map(({ id, edition: e }) => [id, ((e.bodySize * e.linePitch - e.bodySize) * 25.4) / 72]));
    expect(gaps.xiaoxue).toBeGreaterThanOrEqual(5);
    expect(gaps.quanxian).toBeGreaterThanOrEqual(3);
  });
});
