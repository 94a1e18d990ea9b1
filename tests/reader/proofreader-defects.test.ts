// What a proofreader saw on the printed editions, read back through poppler from the built PDFs.
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { pageLines } from '../typeset/pdf-geometry.ts';
import { pdfPages } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const MM = 72 / 25.4;
const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

let editions: Map<string, EditionEntry>;
beforeAll(async () => {
  editions = new Map((await loadEditions(root)).map((e) => [e.id, e]));
});

describe('小学版: the gap between lines meets GB 40070-2021 for grades 1–2', () => {
  test('consecutive body baselines on story pages are at least 16 pt + 5.0 mm apart', () => {
    const file = pdfOf('xiaoxue');
    const size = editions.get('xiaoxue')!.edition.bodySize;
    const pages = pdfPages(file);
    const story = pages.findIndex((p) => p.includes('思考与讨论')) + 1;
    // Body lines: poppler boxes them about 1.44 × their size high (the running head and folio are smaller).
    const lines = pageLines(file, story - 1).filter((l) => l.yMax - l.yMin > size * 1.2 && l.yMax - l.yMin < size * 1.6);
    const steps = lines.slice(1).map((l, i) => l.yMax - lines[i].yMax).filter((d) => d < size * 2.5);
    expect(steps.length).toBeGreaterThan(5);
    for (const d of steps) expect((d - size) / MM).toBeGreaterThanOrEqual(5);
  });
});
