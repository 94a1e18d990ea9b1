// The pages of each edition that are not prose, as poppler reads them: the 版本记录页's lines flush left
// (no 2-em paragraph indent), the 前言's signature flush right, the back cover's lines centred.
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { pageSettings } from '../../src/reader/page-settings.ts';
import { frameOf, type Frame } from '../../src/typeset/layout/frame.ts';
import { pageLines } from '../typeset/pdf-geometry.ts';
import { pdfPages } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe.each(['quanxian', 'xiaoxue', 'cunmin'])('edition %s: pages that are not prose', (id) => {
  let entry: EditionEntry;
  let frame: Frame;
  let file: string;
  let pages: string[];
  beforeAll(async () => {
    entry = (await loadEditions(root)).find((e) => e.id === id)!;
    frame = frameOf(pageSettings(entry.edition));
    file = path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);
    pages = pdfPages(file);
  });

  test('every line of the 版本记录页 starts at the left edge of the text block (a value carried over: under the values)', () => {
    const lines = pageLines(file, 2); // a left-hand page
    expect(lines.map((l) => l.text).join('')).toContain('编印单位：');
    expect(lines.length).toBeGreaterThanOrEqual(8);
    const valueColumn = frame.leftVerso + 5 * frame.size; // after a label of four characters and a colon
    for (const line of lines) {
      const at = [frame.leftVerso, valueColumn].find((x) => Math.abs(line.xMin - x) < 0.5);
      expect(at, line.text).toBeDefined();
      if (at === valueColumn) expect(lines[lines.indexOf(line) - 1].text, line.text).toMatch(/^.{2,4}：/);
    }
  });

  test('the 前言 is signed flush right with the publisher and the month', () => {
    const first = pages.findIndex((p) => p.trimStart().startsWith('前言')) + 1;
    // The signature ends the foreword, on its first page or the next.
    const page = [first, first + 1].find((p) => pageLines(file, p).some((l) => l.text === entry.edition.colophon.publisher))!;
    const lines = pageLines(file, page);
    const right = (page % 2 === 1 ? frame.leftRecto : frame.leftVerso) + frame.measure;
    const publisher = lines.find((l) => l.text === entry.edition.colophon.publisher)!;
    expect(publisher.xMax).toBeCloseTo(right, 0);
    const month = lines[lines.indexOf(publisher) + 1];
    expect(month.text).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(month.xMax).toBeCloseTo(right, 0);
    // The foreword's paragraphs keep their indent: only the signature (and a letter's 称呼, foreword-letter.test) is set flush.
    const opening = pageLines(file, first).slice(1).find((l) => !l.text.endsWith('：'))!;
    expect(opening.xMin).toBeCloseTo(frame.leftRecto + 2 * frame.size, 0);
  });

  test('the back cover’s lines are centred', () => {
    const lines = pageLines(file, pages.length);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect((line.xMin + line.xMax) / 2, line.text).toBeCloseTo(frame.leftVerso + frame.measure / 2, 0);
  });
});
