// Lines with ideographic spaces (the 版本记录页's 书　　名：, a byline's separator) read back through poppler in
// each of its modes and through MuPDF: on one line, in order, the spaces kept (poppler) or as spaces (MuPDF).
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { defaultFontConfig, loadFontSet, writePdf } from '../../../src/typeset/render/index.ts';
import type { LaidOutDocument } from '../../../src/typeset/model/pages.ts';
import { A5, setLine } from './sample-document.ts';
import { poppler } from './poppler.ts';

const LINES = [
  '书　　名：讲好身边的禁毒故事（示例）',
  '编印单位：邵阳县禁毒协会（示例）',
  '地　　址：湖南省邵阳县',
  '内部资料　免费交流',
  '　　开头两个全角空格',
  '讲述人：某村村医（示例）　地点：某村（示例）',
];

const pdftotext = (file: string, mode: string[], pages: string[] = []) =>
  poppler('pdftotext', [...mode, ...pages, file, '-']).replace(/\f/g, '').split('\n').filter((l) => l.trim() !== '');
const mutoolText = (file: string, page?: string) =>
  execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file, ...(page ? [page] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .filter((l) => l.trim() !== '');

describe('a page of lines with ideographic spaces (engine fixture)', () => {
  let file: string;
  beforeAll(async () => {
    const fonts = await loadFontSet(defaultFontConfig());
    const doc: LaidOutDocument = {
      pages: [{ ...A5, items: LINES.map((line, i) => setLine(fonts, line, 'serif', 12, 56, 80 + i * 21)) }],
      outline: [],
      pageLabels: [],
      info: { title: '示例', author: '邵阳县禁毒协会', subject: '示例', keywords: [], creator: '示例', date: new Date('2026-06-26T00:00:00Z'), language: 'zh-CN' },
    };
    file = path.join(await mkdtemp(path.join(tmpdir(), 'ideographic-space-')), 'labels.pdf');
    await writeFile(file, await writePdf(doc, fonts));
  });

  test.each([[[]], [['-raw']], [['-layout']]])('pdftotext %j gives each line as written, U+3000 included', (mode) => {
    expect(pdftotext(file, mode).map((l) => (mode[0] === '-layout' ? l.trimEnd() : l))).toEqual(LINES);
  });

  test('MuPDF keeps each line whole, the ideographic spaces read as spaces', () => {
    expect(mutoolText(file)).toEqual(LINES.map((l) => l.replace(/　/g, ' ')));
  });
});

describe.each(['quanxian', 'xiaoxue', 'cunmin'])('%s edition: the 版本记录页 and bylines extract as written', (id) => {
  const pdfOf = () => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

  test('pdftotext (default, -raw, -layout) gives 书　　名：… and the other spaced labels on one line each', () => {
    for (const mode of [[], ['-raw'], ['-layout']]) {
      const lines = pdftotext(pdfOf(), mode, ['-f', '2', '-l', '2']).map((l) => l.trim());
      const label = lines.find((l) => l.startsWith('书'));
      expect(label, mode.join(' ')).toMatch(/^书　　名：讲好身边的禁毒故事（.+版）$/);
      for (const name of ['地　　址', '开　　本', '印　　数']) expect(lines.some((l) => l.startsWith(`${name}：`)), `${mode.join(' ')} ${name}`).toBe(true);
    }
  });

  test('MuPDF reads 书  名： on one line', () => {
    expect(mutoolText(pdfOf(), '2').find((l) => l.startsWith('书'))).toMatch(/^书 {2}名：讲好身边的禁毒故事/);
  });

  test('the parts of a byline joined by an ideographic space stay on one line; a byline too long for one breaks between parts', () => {
    const text = pdftotext(pdfOf(), []);
    const at = text.flatMap((l, i) => (/^(讲述人|作者)：/.test(l) ? [i] : []));
    expect(at.length).toBeGreaterThan(0);
    for (const i of at) {
      expect(text[i]).toMatch(/^(讲述人|作者)：[^　]+(　地点：[^　]+)?$/);
      if (!text[i]!.includes('地点')) expect(text[i + 1]).toMatch(/^地点：/);
    }
    // In the A4 edition every byline fits one line.
    if (id === 'quanxian') for (const i of at) expect(text[i]).toContain('　地点：');
  });
});
