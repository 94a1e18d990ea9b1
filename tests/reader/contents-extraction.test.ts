// The contents pages (目录) of every edition as text readers read them: each entry "标题……页码" on one line, in
// order, in every pdftotext mode; MuPDF, which ignores ActualText, in the same order with the dots as written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { DownloadsManifest } from '../../src/reader/downloads-manifest.ts';
import { loadEditions } from '../../src/reader/load-editions.ts';
import { loadStories, type StoryEntry } from '../../src/reader/load-stories.ts';
import { resolveEdition } from '../../src/reader/resolve-edition.ts';
import { mupdfText } from './mupdf.ts';
import { pdfOutline, pdfPages, pdfText } from './poppler.ts';

const root = path.resolve(import.meta.dirname, '../..');
const MODES = { default: {}, raw: { raw: true }, layout: { layout: true } } as const;

describe.each(['quanxian', 'xiaoxue', 'cunmin'])('%s edition: the contents as text', (id) => {
  let file: string;
  let chosen: StoryEntry[];
  let printed: Record<string, number>;
  /** 1-based first and last page of the contents. */
  let first: number;
  let last: number;
  beforeAll(async () => {
    const downloads = path.join(inject('sampleDist'), 'downloads');
    file = path.join(downloads, `${id}.pdf`);
    const entry = (await loadEditions(root)).find((e) => e.id === id)!;
    chosen = resolveEdition(entry, await loadStories(root));
    printed = (JSON.parse(readFileSync(path.join(downloads, 'editions.json'), 'utf8')) as DownloadsManifest).editions[id].storyPages;
    const pages = pdfPages(file);
    first = pages.findIndex((p) => /^\s*目\s*录\s*$/m.test(p)) + 1;
    // The contents run until the first story's opening page (where its bookmark points).
    last = pdfOutline(file).find((o) => o.title === chosen[0].data.title)!.page - 1;
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThanOrEqual(first);
  });

  test.each(Object.keys(MODES) as Array<keyof typeof MODES>)('pdftotext (%s) reads every entry as 标题……页码 on one line, in order', (mode) => {
    const lines = pdfText(file, { first, last, ...MODES[mode] })
      .split(/[\n\f]/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^目\s*录$/.test(l) && !/^[ivxlc]+$/.test(l));
    expect(lines).toEqual(chosen.map((s) => `${s.data.title}……${printed[s.id]}`));
  });

  test('MuPDF reads each title, its leader dots and its page number in that order', () => {
    const text = mupdfText(file, `${first}-${last}`).replace(/\s+/g, '');
    let cursor = 0;
    for (const s of chosen) {
      const entry = new RegExp(`${s.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:·+|……)${printed[s.id]}`, 'y');
      entry.lastIndex = text.indexOf(s.data.title, cursor);
      expect(entry.test(text), `《${s.data.title}》`).toBe(true);
      cursor = entry.lastIndex;
    }
  });
});
