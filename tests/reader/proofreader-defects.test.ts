// What a proofreader saw on the printed editions, read back through poppler from the built PDFs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { loadStories } from '../../src/reader/load-stories.ts';
import { resolveEdition } from '../../src/reader/resolve-edition.ts';
import { pageLines } from '../typeset/pdf-geometry.ts';
import { storyByline } from '../../src/reader/assemble-book.ts';
import { GB40070_MINIMUMS, strictestAudience } from '../../src/schemas/vocabulary.ts';
import { pdfOutline, pdfPages } from './poppler.ts';
import { decodeXml, stextXml } from './mupdf.ts';

const root = path.resolve(import.meta.dirname, '../..');
const MM = 72 / 25.4;
const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

let editions: Map<string, EditionEntry>;
beforeAll(async () => {
  editions = new Map((await loadEditions(root)).map((e) => [e.id, e]));
});

/** The size most of the characters on `page` are set in, as MuPDF reads it: the body size on a page of prose. */
function mainTextSize(file: string, page: number): number {
  const xml = stextXml(file, String(page));
  const counts = new Map<number, number>();
  for (const font of xml.split('<font ').slice(1)) {
    const size = Number(/size="([\d.]+)"/.exec(font)![1]);
    counts.set(size, (counts.get(size) ?? 0) + font.split('<char ').length - 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

describe.each(['xiaoxue', 'cunmin', 'quanxian'])('%s: body size and gap between lines meet GB 40070-2021 for its strictest audience', (id) => {
  test('the body is set at least at the floor size, and consecutive body baselines leave at least the floor gap', () => {
    const { audience } = editions.get(id)!.edition;
    const { bodyPt } = GB40070_MINIMUMS[strictestAudience(audience, 'bodyPt')];
    const { lineGapMm } = GB40070_MINIMUMS[strictestAudience(audience, 'lineGapMm')];
    const file = pdfOf(id);
    const pages = pdfPages(file);
    const story = pages.findIndex((p) => p.includes('思考与讨论')) + 1;
    const size = mainTextSize(file, story - 1);
    expect(size).toBeGreaterThanOrEqual(bodyPt);
    // Body lines: poppler boxes them about 1.44 × their size high (the running head and folio are smaller).
    const lines = pageLines(file, story - 1).filter((l) => l.yMax - l.yMin > size * 1.2 && l.yMax - l.yMin < size * 1.6);
    const steps = lines.slice(1).map((l, i) => l.yMax - lines[i].yMax).filter((d) => d < size * 2.5);
    expect(steps.length).toBeGreaterThan(5);
    for (const d of steps) expect((d - size) / MM).toBeGreaterThanOrEqual(lineGapMm);
  });
});

test('小学版 is held to the grades 1–2 row: 16 pt, 5.0 mm', () => {
  const { audience } = editions.get('xiaoxue')!.edition;
  expect(GB40070_MINIMUMS[strictestAudience(audience, 'bodyPt')]).toEqual({ bodyPt: 16, lineGapMm: 5 });
  expect(strictestAudience(audience, 'lineGapMm')).toBe('小学低年级');
});

/** Lines of page `page` as MuPDF reads them: each character with the x of its origin. */
function stextLines(file: string, page: number): Array<Array<{ c: string; x: number }>> {
  const xml = stextXml(file, String(page));
  return xml.split('<line ').slice(1).map((line) => [...line.matchAll(/ x="([\d.]+)"[^>]* c="([^"]*)"/g)].map((m) => ({ c: decodeXml(m[2]), x: Number(m[1]) })));
}

/** The colour of every character on pages first..last as MuPDF reads it (mutool draw -F stext). */
function characterColours(file: string, first: number, last: number): Map<string, string> {
  const xml = stextXml(file, `${first}-${last}`);
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

describe.each(['xiaoxue', 'cunmin', 'quanxian'])('%s: the 版本记录页 values stand in one column', (id) => {
  test('every value, and every continuation of one, starts at the same x: no squeezed colon or bracket pulls one left', () => {
    const lines = stextLines(pdfOf(id), 2).filter((l) => l.length > 0);
    // A label is four characters and a colon (spaces in 书　　名 may not be drawn as characters).
    const colon = (l: Array<{ c: string }>) => l.findIndex((ch) => ch.c === '：');
    const labelled = lines.filter((l) => colon(l) > 0 && colon(l) <= 4);
    expect(labelled.length).toBeGreaterThanOrEqual(7);
    const valueX = (l: Array<{ x: number }>) => l[colon(l as Array<{ c: string; x: number }>) + 1].x;
    const column = valueX(labelled[0]);
    for (const l of labelled) expect(valueX(l), l.map((ch) => ch.c).join('')).toBeCloseTo(column, 1);
    const ink = (l: Array<{ c: string; x: number }>) => l.find((ch) => ch.c.trim() !== '')!.x;
    const left = ink(labelled[0]);
    // Continuations (the 小学版's long address) start under the values; other lines at the margin.
    for (const l of lines.filter((l) => !labelled.includes(l))) expect([left, column].map((x) => Math.abs(ink(l) - x) < 0.1), l.map((ch) => ch.c).join('')).toContain(true);
    if (id === 'xiaoxue') expect(lines.some((l) => Math.abs(ink(l) - column) < 0.1)).toBe(true);
  });
});

/** Link annotations as poppler lists them (pdfinfo -url): page and URL. */
function pdfLinks(file: string): Array<{ page: number; url: string }> {
  const out = execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' });
  return [...out.matchAll(/^\s*(\d+)\s+Annotation\s+(\S+)$/gm)].map((m) => ({ page: Number(m[1]), url: m[2] }));
}

describe.each(['xiaoxue', 'cunmin', 'quanxian'])('%s: the web address under each QR code', (id) => {
  test('is printed in full in one size through the edition, broken only after a “/”; each of its lines links to the full address, on the page of its QR code', async () => {
    const file = pdfOf(id);
    const chosen = resolveEdition(editions.get(id)!, await loadStories(root));
    const links = pdfLinks(file);
    const layout = pdfPages(file).map((_, i) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
    const broken: string[] = [];
    for (const story of chosen) {
      const url = `https://jdxh.example.cn/reader/stories/${story.id}/`;
      const mine = links.filter((l) => l.url === url);
      expect(mine.length, story.id).toBeGreaterThanOrEqual(1);
      expect(new Set(mine.map((l) => l.page)).size, story.id).toBe(1);
      // On its own lines, or after the prompt where both fit on one (A4).
      const lines = layout[mine[0].page - 1]
        .split('\n')
        .map((l) => l.trim().replace(/^扫码阅读网页版：\s*/, ''))
        .filter((l) => l !== '');
      const first = lines.findIndex((l) => l.startsWith('https://') && url.startsWith(l));
      expect(first, story.id).toBeGreaterThanOrEqual(0);
      const printed = [lines[first]];
      while (printed.join('') !== url && url.startsWith(printed.join('') + lines[first + printed.length])) printed.push(lines[first + printed.length]);
      expect(printed.join(''), story.id).toBe(url);
      // A line ends only after a "/" that closes a path segment: no word is split, no hyphen is added.
      for (const line of printed.slice(0, -1)) expect(line, story.id).toMatch(/[^/:]\/$/);
      expect(mine, story.id).toHaveLength(printed.length);
      if (printed.length > 1) broken.push(story.id);
    }
    // No other links: each annotation is a line of some story's address.
    expect(links.filter((l) => !chosen.some((s) => l.url === `https://jdxh.example.cn/reader/stories/${s.id}/`))).toEqual([]);
    // At 12 pt (¾ of 小学版's 16 pt body) its longest sample address does not fit the A5 line.
    if (id === 'xiaoxue') expect(broken).toContain('zhiyuanzhe-ketang');
    // One size for every address of the edition: ¾ of the body size, none shrunk to fit its line.
    const address = /^(https:\/\/jdxh\.example\.cn\/)?[a-z0-9./-]*\/$/;
    const sizes = new Set([...stextXml(file).matchAll(/<font name="[^"]*" size="([\d.]+)">((?:\s*<char [^>]*\/>)+)/g)]
      .filter((m) => address.test([...m[2].matchAll(/ c="([^"]*)"/g)].map((c) => c[1]).join('').trim()))
      .map((m) => Number(m[1])));
    expect([...sizes]).toEqual([editions.get(id)!.edition.bodySize * 0.75]);
  });
});

describe.each(['xiaoxue', 'cunmin', 'quanxian'])('%s: story-opener bylines', (id) => {
  test('break only between their parts (no name or place split, no “（示例）” alone), set at full width', async () => {
    const file = pdfOf(id);
    const outline = pdfOutline(file);
    const chosen = resolveEdition(editions.get(id)!, await loadStories(root));
    const isHan = (c: string) => /\p{Script=Han}/u.test(c);
    for (const story of chosen) {
      const page = outline.find((o) => o.title === story.data.title)!.page;
      const lines = stextLines(file, page).map((l) => l.filter((ch) => ch.c.trim() !== ''));
      for (const part of storyByline(story)) {
        const line = lines.find((l) => l.map((ch) => ch.c).join('').includes(part));
        expect(line, `《${story.data.title}》：${part}`).toBeDefined();
        // Not squeezed to fit: a colon or bracket takes the full em a Han character takes on the same line.
        const steps = line!.slice(1).map((ch, i) => ({ from: line![i].c, to: ch.c, step: ch.x - line![i].x }));
        const em = Math.max(...steps.filter((s) => isHan(s.from) && isHan(s.to)).map((s) => s.step));
        for (const s of steps.filter((s) => /[：（]/.test(s.from))) expect(s.step, `《${story.data.title}》：${s.from}${s.to}`).toBeGreaterThan(em * 0.95);
      }
    }
  });
});
