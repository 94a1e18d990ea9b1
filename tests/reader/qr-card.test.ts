// A story's end as printed: 思考与讨论, then the QR card. Read back through poppler (pdftotext -bbox) from
// the sample editions, and from editions of stories built to end at every line of a page, so the card meets
// every amount of room a page can leave it.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { assembleBook, type PreparedStory } from '../../src/reader/assemble-book.ts';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { loadStories, parseStoryFile, type StoryEntry } from '../../src/reader/load-stories.ts';
import { pageSettings } from '../../src/reader/page-settings.ts';
import { writeQrPng } from '../../src/reader/qr-code.ts';
import { resolveEdition } from '../../src/reader/resolve-edition.ts';
import { defaultFontConfig, parseStory, typesetBook } from '../../src/typeset/index.ts';
import { frameOf, type Frame } from '../../src/typeset/layout/frame.ts';
import { loadFontSet } from '../../src/typeset/render/index.ts';
import { pageLines } from '../typeset/pdf-geometry.ts';
import { pageCount, writeTemp } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const EDITIONS = ['quanxian', 'xiaoxue', 'cunmin'];
const squash = (t: string) => t.replace(/\s+/g, '');
const urlOf = (id: string) => `https://jdxh.example.cn/reader/stories/${id}/`;

interface PrintedPage {
  /** Lines in the text block (no running head, no folio), top to bottom, with their bottom edge. */
  lines: Array<{ text: string; yMax: number }>;
  /** The story whose QR address is on this page. */
  card?: string;
  /** The bottom edge of the address's last line. */
  cardBottom?: number;
  /** Lines that are not the card's caption (扫码阅读网页版 and the address). */
  others: string[];
}

function printedPages(file: string, frame: Frame): PrintedPage[] {
  const bottom = frame.top + frame.lines * frame.pitch;
  return Array.from({ length: pageCount(file) }, (_, i) => {
    const lines = pageLines(file, i + 1)
      .filter((l) => l.yMin > frame.top - 1 && l.yMax < bottom + 1)
      .map((l) => ({ text: squash(l.text), yMax: l.yMax }));
    // The address: a line that starts with https:// (after the prompt, on A4) and any lines that carry it on.
    const address: number[] = [];
    lines.forEach((l, k) => {
      const text = l.text.replace(/^扫码阅读网页版：/, '');
      if (text.startsWith('https://') || (address.at(-1) === k - 1 && /^[a-z0-9./-]+\/$/.test(text))) address.push(k);
    });
    const card = /\/reader\/stories\/([^/]+)\/$/.exec(address.map((k) => lines[k].text.replace(/^扫码阅读网页版：/, '')).join(''))?.[1];
    const caption = (t: string, k: number) => t.startsWith('扫码阅读网页版') || address.includes(k);
    const cardBottom = address.length > 0 ? lines[address.at(-1)!].yMax : undefined;
    return { lines, card, cardBottom, others: lines.filter((l, k) => !caption(l.text, k)).map((l) => l.text) };
  });
}

/** Printed side in mm of each QR code (the square images; photos are not square), from pdfimages -list. */
function qrSidesMm(file: string): number[] {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2);
  return rows
    .map((r) => r.trim().split(/\s+/))
    .filter((c) => c.length > 13 && c[3] === c[4])
    .map((c) => (Number(c[3]) / Number(c[12])) * 25.4);
}

/** The checks every edition must pass, on the pages of `file` for `stories`. */
function checkStoryEnds(file: string, frame: Frame, stories: StoryEntry[]): { carriedOver: string[] } {
  const bottom = frame.top + frame.lines * frame.pitch;
  const pages = printedPages(file, frame);
  for (const [i, page] of pages.entries()) {
    if (page.card) expect(page.others, `p${i + 1}: the QR card of ${page.card} alone on its page`).not.toEqual([]);
  }
  const carriedOver: string[] = [];
  for (const story of stories) {
    const at = pages.findIndex((p) => p.card === story.id);
    expect(at, `${story.id}: its QR address`).toBeGreaterThanOrEqual(0);
    const lastQuestion = squash(story.data.questions.at(-1)!);
    // The card never parts from the story's last question: it is on the page where that question ends.
    expect(pages[at].others.join(''), `${story.id} p${at + 1}: the end of the last question above its card`).toContain(lastQuestion.slice(-6));
    const before = pages[at - 1];
    const opensQuestion = (t: string) => story.data.questions.some((q, n) => t.startsWith(`${n + 1}.${squash(q).slice(0, 4)}`));
    if (!before || before.card || !before.others.some(opensQuestion)) continue;
    const empty = (bottom - before.lines.at(-1)!.yMax) / frame.pitch;
    if (empty < 1) continue;
    // Questions carried over from a page that is not full: only because the card, which goes with them,
    // could not be set in the room they left, so that room is smaller than what the card's page holds.
    carriedOver.push(story.id);
    const held = (pages[at].cardBottom! - frame.top) / frame.pitch;
    expect(empty, `${story.id} p${at}: ${empty.toFixed(1)} empty lines under the questions, the card’s page holds ${held.toFixed(1)}`).toBeLessThan(held);
  }
  // Set smaller to fit the room at a page's foot, a code still stays large enough for a phone to read.
  const qrSides = qrSidesMm(file);
  expect(qrSides).toHaveLength(stories.length);
  for (const side of qrSides) expect(side).toBeGreaterThan(19.9);
  return { carriedOver };
}

let editions: Map<string, EditionEntry>;
let stories: StoryEntry[];
beforeAll(async () => {
  editions = new Map((await loadEditions(root)).map((e) => [e.id, e]));
  stories = await loadStories(root);
});

describe.each(EDITIONS)('%s as built: the end of each story', (id) => {
  test('no page carries the QR card alone; the card is on the page of the last question; questions go over from a page that is not full only with the card', () => {
    const edition = editions.get(id)!;
    const file = path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);
    checkStoryEnds(file, frameOf(pageSettings(edition.edition)), resolveEdition(edition, stories));
  });
});

/**
 * A story of `k` one-line paragraphs before 思考与讨论: story k ends a line lower on its page than story
 * k − 1, so stories 0 … lines − 1 leave the card every amount of room a page has.
 */
function shiftedStory(template: StoryEntry, k: number, dir: string): StoryEntry {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(template.source)![0];
  const body = Array.from({ length: k }, (_, i) => `示例第 ${i + 1} 段。`).join('\n\n');
  return parseStoryFile(`${frontmatter}\n这是一个示例故事。\n\n${body}\n`, path.join(dir, `ending-${String(k).padStart(2, '0')}.mdx`));
}

describe.each(EDITIONS)('%s with stories that end on every line of a page', (id) => {
  test('no page carries the QR card alone, whatever room the questions leave it', async () => {
    const edition = editions.get(id)!;
    const frame = frameOf(pageSettings(edition.edition));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reader-qr-'));
    const template = stories.find((s) => s.id === 'shanpo-shang-de-hua')!;
    const built = Array.from({ length: frame.lines }, (_, k) => shiftedStory(template, k, dir));
    const prepared: PreparedStory[] = await Promise.all(
      built.map(async (entry) => ({ entry, blocks: parseStory(entry.source, entry.file).blocks, webUrl: urlOf(entry.id), qrPng: await writeQrPng(urlOf(entry.id), dir) })),
    );
    const fonts = defaultFontConfig();
    const book = assembleBook({ edition: edition, stories: prepared, foreword: [], backCover: [], fonts, measurer: await loadFontSet(fonts) });
    const file = writeTemp((await typesetBook(book)).pdf, `${id}-endings.pdf`);
    const { carriedOver } = checkStoryEnds(file, frame, built);
    // The hard case was met: some story's questions left too little room for even the smallest card.
    expect(carriedOver.length).toBeGreaterThan(0);
    expect(carriedOver.length).toBeLessThan(built.length / 2);
  }, 120_000);
});
