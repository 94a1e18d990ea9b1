// An edition printed as an internal publication (内部资料性出版物): with a 准印证号 (colophon.permit) the cover
// and the 版本记录页 carry it and 内部资料　免费交流, and the 版本记录页 names the printer (colophon.printer).
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { colophonLines, coverLines } from '../../src/reader/assemble-book.ts';
import { loadEditions, parseEditionFile } from '../../src/reader/load-editions.ts';
import { editionYaml } from './edition-yaml.ts';
import { pdfPages } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FILE = '/content/editions/test.yaml';

/** An edition for 村民与家长 whose colophon ends with `extra` (from line 16). */
const parse = (extra: string) => parseEditionFile(editionYaml('stories: { ids: [tiaotiaotang] }', 'trim: A5\nbodySize: 14', '[村民与家长]', extra), FILE);

describe('colophon.permit and colophon.printer in the edition file', () => {
  test('are optional: an edition without them is no internal publication', () => {
    const entry = parse('');
    expect(entry.edition.colophon.permit).toBeUndefined();
    expect(colophonLines(entry, 1000).join('\n')).not.toContain('内部资料');
    expect(coverLines(entry)).toEqual(['适用对象：村民与家长', '测试单位', '2025 年']);
  });

  test('a permit and a printer put 内部资料　免费交流 and the 准印证号 on the cover and the 版本记录页, with the printer', () => {
    const entry = parse('  permit: 湘（示例）准印字 0000 号\n  printer: 某印刷厂（示例）\n');
    const lines = colophonLines(entry, 1000);
    expect(lines).toContain('准印证号：湘（示例）准印字 0000 号');
    expect(lines).toContain('印刷单位：某印刷厂（示例）');
    expect(lines).toContain('内部资料　免费交流');
    // An internal publication is not offered for reprinting.
    expect(lines.join('\n')).not.toContain('欢迎翻印');
    expect(coverLines(entry)).toEqual(['内部资料　免费交流', '适用对象：村民与家长', '测试单位', '2025 年', '准印证号：湘（示例）准印字 0000 号']);
  });

  test('a printer alone is named on the 版本记录页, with no 内部资料 line', () => {
    const lines = colophonLines(parse('  printer: 某印刷厂（示例）\n'), 1000);
    expect(lines).toContain('印刷单位：某印刷厂（示例）');
    expect(lines.join('\n')).not.toContain('内部资料');
  });

  test('a permit without a printer is a Chinese error naming file, line, field and the line to add', () => {
    expect(() => parse('  permit: 湘（示例）准印字 0000 号\n')).toThrow(
      /\/content\/editions\/test\.yaml 第 16 行，字段 colophon\.permit：.*印刷单位.*请在 colophon 下面加一行 printer: /,
    );
  });

  test('a permit on an edition that is not free is an error on the line of free', () => {
    expect(() => parse('  free: false\n  permit: 湘（示例）准印字 0000 号\n  printer: 某印刷厂（示例）\n')).toThrow(
      /test\.yaml 第 16 行，字段 colophon\.free：内部资料只能免费交流.*请把 free 改为 true/,
    );
  });

  test.each(['0000', '湘（示例）准印字 0000'])('a permit number not written out in full (%s) is an error with an example', (value) => {
    expect(() => parse(`  permit: ${value}\n  printer: 某印刷厂（示例）\n`)).toThrow(
      /test\.yaml 第 16 行，字段 colophon\.permit：准印证号要按准印证上的写法完整照抄，以“号”结尾，例如 permit: 湘（示例）准印字 0000 号/,
    );
  });

  test('an empty printer is an error naming the field', () => {
    expect(() => parse('  printer: ""\n')).toThrow(/test\.yaml 第 16 行，字段 colophon\.printer：印刷单位（printer）不能为空/);
  });

  test('the sample values are invented and marked 示例', async () => {
    for (const { edition } of await loadEditions(root)) {
      const { permit, printer } = edition.colophon;
      if (permit) expect(permit).toContain('示例');
      if (printer) expect(printer).toContain('示例');
    }
  });
});

const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

describe('as built', () => {
  test('村民版 (with a sample permit): the cover and the 版本记录页 say 内部资料 免费交流 and give the 准印证号; the 版本记录页 names the printer', () => {
    const [cover, colophon] = pdfPages(pdfOf('cunmin')).map((p) => p.replace(/\s+/g, ''));
    for (const page of [cover, colophon]) {
      expect(page).toContain('内部资料免费交流');
      expect(page).toContain('准印证号：湘（示例）准印字0000号');
    }
    expect(colophon).toContain('印刷单位：邵阳县某印刷厂（示例）');
  });

  test('全县版 (no permit) says nothing of 内部资料', () => {
    expect(pdfPages(pdfOf('quanxian')).join('')).not.toContain('内部资料');
  });
});
