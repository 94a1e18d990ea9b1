import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { bookletSheets } from '../../src/reader/booklet.ts';
import type { DownloadsManifest } from '../../src/reader/downloads-manifest.ts';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { loadStories, type StoryEntry } from '../../src/reader/load-stories.ts';
import { resolveEdition } from '../../src/reader/resolve-edition.ts';
import { pageCount, pdfInfo, pdfOutline, pdfPages, pdfText, renderPage } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const downloads = () => path.join(inject('sampleDist'), 'downloads');
const squash = (t: string) => t.replace(/\s+/g, '');

let stories: StoryEntry[];
let editions: EditionEntry[];
let manifest: DownloadsManifest;
beforeAll(async () => {
  stories = await loadStories(root);
  editions = await loadEditions(root);
  manifest = JSON.parse(readFileSync(path.join(downloads(), 'editions.json'), 'utf8'));
});

/** The decoded content streams of every page, in page order. */
async function pageContents(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return doc.getPages().flatMap((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : contents ? [contents] : [];
    return streams.map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'));
  });
}

const CALLOUT = /<Callout[^>]*>([\s\S]*?)<\/Callout>/g;
const storyBody = (story: StoryEntry) => story.source.replace(/^---[\s\S]*?\n---\n/, '');

/** Paragraph openings of a story's MDX body outside its callouts, in order: what extraction must show in the same order. */
function paragraphOpenings(story: StoryEntry): string[] {
  return openings(storyBody(story).replace(CALLOUT, ''));
}

/** Paragraph openings in a story's callouts: print may float a callout whole past the text after it, as a figure. */
function calloutOpenings(story: StoryEntry): string[] {
  return [...storyBody(story).matchAll(CALLOUT)].flatMap((m) => openings(m[1]));
}

function openings(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('<') && !p.startsWith('#'))
    .map((p) => squash(p.replace(/^[*-]\s*/, '')).slice(0, 10));
}

describe.each(['quanxian', 'xiaoxue', 'cunmin'])('edition %s as poppler reads it', (id) => {
  let entry: EditionEntry;
  let chosen: StoryEntry[];
  let file: string;
  let pages: string[];
  /** Story id → physical page (1-based) its bookmark points at. */
  let physical: Record<string, number>;
  beforeAll(() => {
    entry = editions.find((e) => e.id === id)!;
    chosen = resolveEdition(entry, stories);
    file = path.join(downloads(), `${id}.pdf`);
    pages = pdfPages(file);
    const outline = pdfOutline(file);
    physical = Object.fromEntries(chosen.map((s) => [s.id, outline.find((o) => o.title === s.data.title)?.page ?? 0]));
  });

  test('the manifest tells the real page count and size', () => {
    const m = manifest.editions[id];
    expect(m.pdf.pages).toBe(pageCount(file));
    expect(m.pdf.pages).toBe(pages.length);
    expect(m.pdf.bytes).toBe(statSync(file).size);
    expect(m.stories).toEqual(chosen.map((s) => s.id));
  });

  test('trim size and document language', () => {
    const size = pdfInfo(file)['Page size'];
    expect(size).toMatch(entry.edition.trim === 'A4' ? /^595\.2\d x 841\.8\d pts/ : /^419\.5\d x 595\.2\d pts/);
  });

  test('every story has a bookmark pointing at its opening page, a right-hand page', () => {
    for (const s of chosen) {
      expect(physical[s.id], `《${s.data.title}》没有书签`).toBeGreaterThan(0);
      const start = squash(pages[physical[s.id] - 1]);
      expect(start).toContain(squash(s.data.title));
      expect(start).toContain(squash(s.data.author ?? s.data.narrator!));
      expect(physical[s.id] % 2, `《${s.data.title}》应从右手页（单数页）开始`).toBe(1);
    }
  });

  test('the contents list every story with the page number printed where it starts', () => {
    const contentsIndex = pages.findIndex((p) => /^\s*目\s*录\s*$/m.test(p));
    expect(contentsIndex).toBeGreaterThan(0);
    const contents = pdfText(file, { first: contentsIndex + 1, last: contentsIndex + 2, layout: true });
    // Front matter is numbered in roman; decimal folios start at 1 on the first story.
    const offset = physical[chosen[0].id] - 1;
    for (const s of chosen) {
      const line = contents.split('\n').find((l) => squash(l).startsWith(squash(s.data.title)));
      expect(line, `目录里缺少《${s.data.title}》`).toBeDefined();
      const printed = Number(/(\d+)\s*$/.exec(line!)![1]);
      expect(printed).toBe(manifest.editions[id].storyPages[s.id]);
      expect(physical[s.id]).toBe(printed + offset);
      // The folio printed at the foot of a later page of the story confirms the numbering.
      const follow = pages[physical[s.id]].trim().split('\n').at(-1)!.trim();
      if (/^\d+$/.test(follow)) expect(Number(follow)).toBe(printed + 1);
    }
  });

  test('the contents start on a right-hand page, or in a booklet right after the foreword (no blank side)', () => {
    const contentsIndex = pages.findIndex((p) => /^\s*目\s*录\s*$/m.test(p));
    const forewordIndex = pages.findIndex((p) => /^\s*前\s*言\s*$/m.test(p));
    expect(forewordIndex).toBeGreaterThan(0);
    const between = pages.slice(forewordIndex + 1, contentsIndex);
    if (entry.edition.booklet) {
      expect(between.filter((p) => !p.trim()), '小册子里前言和目录之间不应有空白页').toEqual([]);
    } else {
      expect((contentsIndex + 1) % 2, '目录应从右手页（单数页）开始').toBe(1);
    }
  });

  test('story text comes out in reading order, with 思考与讨论 and the QR address after each story', () => {
    const squashed = pages.map(squash);
    const offsets = squashed.map((_, i) => squashed.slice(0, i).join('').length);
    const all = squashed.join('');
    const starts = chosen.map((s) => physical[s.id]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    chosen.forEach((s, n) => {
      let cursor = offsets[starts[n] - 1];
      const end = n + 1 < chosen.length ? offsets[starts[n + 1] - 1] : all.length;
      expect(all.indexOf(squash(s.data.title), cursor), s.data.title).toBe(cursor + squashed[starts[n] - 1].indexOf(squash(s.data.title)));
      const expectNext = (needle: string, what: string) => {
        const at = all.indexOf(needle, cursor);
        expect(at >= cursor && at < end, `《${s.data.title}》：${what}`).toBe(true);
        cursor = at + needle.length;
      };
      for (const opening of calloutOpenings(s)) {
        const at = all.indexOf(opening, cursor);
        expect(at >= cursor && at < end, `《${s.data.title}》：${opening}`).toBe(true);
      }
      for (const opening of paragraphOpenings(s)) expectNext(opening, opening);
      expectNext('思考与讨论', '思考与讨论');
      for (const q of s.data.questions) expectNext(squash(q), q);
      // The prompt over the address, or before it on the same line (A4).
      const card = ['', '：'].map((sep) => `扫码阅读网页版${sep}https://jdxh.example.cn/reader/stories/${s.id}/`);
      expectNext(card.find((c) => all.indexOf(c, cursor) >= 0) ?? card[0], '二维码说明');
    });
  });

  test('the 版本记录页 is page 2 with computed 字数 and 免费发放 (an internal publication: 内部资料 免费交流); the back cover is last', () => {
    const colophon = squash(pages[1]);
    expect(colophon).toContain(squash(`编印单位：${entry.edition.colophon.publisher}`));
    expect(colophon).toMatch(/字数：\d+千字/);
    expect(colophon).toContain(squash('开　　本：' + entry.edition.trim));
    expect(colophon).toContain(entry.edition.colophon.permit ? '内部资料免费交流' : '免费发放');
    expect(squash(pages.at(-1)!)).toContain(squash(entry.edition.backCover.split('\n')[0]));
    expect(pages.length % 2).toBe(0);
  });

  test('colour matches the edition: grayscale editions print no colour at all', () => {
    const coverPixels = renderPage(file, 1);
    const figurePage = chosen.some((s) => s.source.includes('<Figure'))
      ? pages.findIndex((p) => p.includes('示例插图')) + 1
      : 1;
    const checks = [coverPixels, renderPage(file, figurePage)];
    const chroma = (img: { rgb: Buffer }) => {
      let max = 0;
      for (let i = 0; i + 2 < img.rgb.length; i += 3) {
        const [r, g, b] = [img.rgb[i], img.rgb[i + 1], img.rgb[i + 2]];
        max = Math.max(max, Math.abs(r - g), Math.abs(g - b), Math.abs(r - b));
      }
      return max;
    };
    if (entry.edition.grayscale) for (const img of checks) expect(chroma(img)).toBeLessThanOrEqual(2);
    else expect(chroma(coverPixels)).toBeGreaterThan(20);
  });

  test('every neutral colour (black text, gray rules, white) is DeviceGray, in colour editions too', async () => {
    const operators = (await pageContents(file)).join('\n');
    expect(operators).toMatch(/(^|\s)0 g\s/);
    const neutralRgb = [...operators.matchAll(/(?:^|\s)(\S+) (\S+) (\S+) (?:rg|RG)\s/g)].filter((m) => m[1] === m[2] && m[2] === m[3]);
    expect(neutralRgb.map((m) => m[0].trim())).toEqual([]);
    if (!entry.edition.grayscale) expect(operators).toMatch(/\srg\s/); // the cover's colour is still colour
  });

  test('the booklet (when on) puts every page on the right half of the right sheet', () => {
    const m = manifest.editions[id];
    if (!entry.edition.booklet) {
      expect(m.booklet).toBeNull();
      return;
    }
    const bookletFile = path.join(downloads(), `${id}-booklet.pdf`);
    const sheets = bookletSheets(pages.length, true);
    expect(pageCount(bookletFile)).toBe(sheets.length * 2);
    expect(m.booklet!.pages).toBe(sheets.length * 2);
    expect(m.booklet!.bytes).toBe(statSync(bookletFile).size);
    const [w, h] = pdfInfo(file)['Page size'].split(' ').filter((x) => /^\d/.test(x)).map(Number);
    const half = (sheet: number, x: number) =>
      squash(pdfText(bookletFile, { first: sheet, last: sheet, crop: { x, y: 0, w, h } }));
    sheets.forEach((sheet, k) => {
      for (const [side, slots] of [[2 * k + 1, sheet.front], [2 * k + 2, sheet.back]] as const) {
        slots.forEach((slot, i) => {
          const expected = slot === null ? '' : squash(pages[slot - 1]);
          expect(half(side, i === 0 ? 0 : w), `sheet page ${side}, ${i === 0 ? 'left' : 'right'}`).toBe(expected);
        });
      }
    });
  });
});

describe('the web reader shows the produced files', () => {
  const html = (p: string) => readFileSync(path.join(inject('sampleDist'), p, 'index.html'), 'utf8');

  test('download buttons carry the real size and page count of each PDF', () => {
    const page = html('reader');
    for (const e of editions) {
      const print = manifest.editions[e.id].print;
      const files = [`${e.id}.pdf`, ...(e.edition.booklet ? [`${e.id}-booklet.pdf`] : []), ...(print ? [print.file] : [])];
      for (const name of files) {
        const file = path.join(downloads(), name);
        const link = new RegExp(`href="/downloads/${name}" download data-bytes="(\\d+)" data-pages="(\\d+)"`).exec(page);
        expect(link, name).not.toBeNull();
        expect(Number(link![1])).toBe(statSync(file).size);
        expect(Number(link![2])).toBe(pageCount(file));
        const bytes = statSync(file).size;
        const shown = bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
        expect(page).toContain(name.includes('booklet') ? `${pageCount(file) / 2} 张纸（${pageCount(file)} 面）` : `${pageCount(file)} 页，`);
        expect(page).toContain(`${shown}`);
      }
      if (!e.edition.booklet) expect(page).not.toContain(`${e.id}-booklet.pdf`);
      if (!print) expect(page).not.toContain(`${e.id}-print.pdf`);
    }
  });

  test('the print shop’s file is offered, where there is one, with a plain word on what it is for', () => {
    const offered = editions.filter((e) => manifest.editions[e.id].print);
    expect(offered.length).toBeGreaterThan(0);
    for (const e of offered) {
      const print = manifest.editions[e.id].print!;
      for (const p of ['reader', `reader/${e.id}`]) {
        const button = new RegExp(`<a[^>]*href="/downloads/${print.file}"[^>]*>([\\s\\S]*?)</a>`).exec(html(p));
        expect(button, `${p}: ${print.file}`).not.toBeNull();
        const text = button![1].replace(/<[^>]+>/g, '');
        for (const words of ['印刷厂', '3 毫米出血', '裁切线', '自己打印请用上面的版本', `${print.pages} 页`]) expect(text).toContain(words);
      }
    }
  });

  test('contents pages show the printed page numbers of the PDF', () => {
    for (const e of editions) {
      const page = html(`reader/${e.id}`);
      for (const s of resolveEdition(e, stories)) {
        expect(page).toContain(`data-story="${s.id}">第 ${manifest.editions[e.id].storyPages[s.id]} 页`);
      }
    }
  });
});

describe('reproducible output', () => {
  test('typesetting the editions again gives byte-identical PDFs and manifest', async () => {
    const { produceEditions } = await import('../../src/build/editions.ts');
    const { mkdtemp } = await import('node:fs/promises');
    const os = await import('node:os');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reader-again-'));
    const again = await produceEditions(root, path.join(dir, 'downloads'), path.join(dir, 'qr'));
    for (const e of Object.values(again.editions)) {
      for (const f of [e.pdf, e.booklet, e.print].filter((x) => x !== null)) {
        const a = readFileSync(path.join(downloads(), f.file));
        const b = readFileSync(path.join(dir, 'downloads', f.file));
        expect(a.equals(b), f.file).toBe(true);
      }
    }
    expect(readFileSync(path.join(dir, 'downloads', 'editions.json'), 'utf8')).toBe(
      readFileSync(path.join(downloads(), 'editions.json'), 'utf8'),
    );
  });
});
