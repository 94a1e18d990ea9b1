// What a proofreader saw on the printed editions, read back through poppler from the built PDFs.
import { execFileSync } from 'node:child_process';
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

/** The colour of every character on pages first..last as MuPDF reads it (mutool draw -F stext). */
function characterColours(file: string, first: number, last: number): Map<string, string> {
  const xml = execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', file, `${first}-${last}`], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const colours = new Map<string, string>();
  for (const m of xml.matchAll(/color="(#[0-9a-f]{6})" c="([^"]*)"/g)) colours.set(m[1], (colours.get(m[1]) ?? '') + m[2]);
  return colours;
}

describe.each(['quanxian', 'xiaoxue', 'cunmin'])('%s: text prints solid on a black-and-white laser', (id) => {
  test('every character after the cover (heads, folios, bylines, captions, QR notes) is solid black', () => {
    const file = pdfOf(id);
    const colours = characterColours(file, 2, pdfPages(file).length);
    expect(colours.get('#000000')?.length).toBeGreaterThan(1000);
    expect([...colours.keys()]).toEqual(['#000000']);
  });
});
