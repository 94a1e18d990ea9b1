// Every piece of reading text in an edition meets its readers' GB 40070-2021 floor, not only the body:
// the opener's 作者/地点 lines, figure captions and the QR card's prompt are read too. Read back from the
// sample editions with MuPDF (mutool draw -F stext): each character's size and baseline.
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadEditions, type EditionEntry } from '../../src/reader/load-editions.ts';
import { loadStories } from '../../src/reader/load-stories.ts';
import { pageSettings } from '../../src/reader/page-settings.ts';
import { resolveEdition } from '../../src/reader/resolve-edition.ts';
import { frameOf } from '../../src/typeset/layout/frame.ts';
import { GB40070_MINIMUMS, strictestAudience } from '../../src/schemas/vocabulary.ts';
import { decodeXml, stextXml } from './mupdf.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pdfOf = (id: string) => path.join(inject('sampleDist'), 'downloads', `${id}.pdf`);

interface Span {
  page: number;
  size: number;
  /** Baseline, pt from the top of the page. */
  y: number;
  text: string;
}

/** Runs of one font and size on each line, as MuPDF reads them, after the cover (page 1). */
function spans(file: string): Span[] {
  const xml = stextXml(file);
  return xml
    .split('<page ')
    .slice(2)
    .flatMap((page, i) =>
      page.split('<font ').slice(1).map((font) => {
        const chars = [...font.matchAll(/ y="([\d.]+)"[^>]* c="([^"]*)"/g)];
        return { page: i + 2, size: Number(/size="([\d.]+)"/.exec(font)![1]), y: Number(chars[0]?.[1] ?? 0), text: chars.map((c) => decodeXml(c[2])).join('') };
      }),
    )
    .filter((s) => s.text.trim() !== '');
}

let editions: Map<string, EditionEntry>;
beforeAll(async () => {
  editions = new Map((await loadEditions(root)).map((e) => [e.id, e]));
});

describe.each(['xiaoxue', 'quanxian', 'cunmin'])('%s: reading text at no less than its readers’ floor', (id) => {
  test('bylines, captions and the QR prompt too; only running heads, folios and the web address are smaller', async () => {
    const edition = editions.get(id)!;
    const floor = GB40070_MINIMUMS[strictestAudience(edition.edition.audience, 'bodyPt')].bodyPt;
    const frame = frameOf(pageSettings(edition.edition));
    const urls = resolveEdition(edition, await loadStories(root)).map((s) => `https://jdxh.example.cn/reader/stories/${s.id}/`);
    // Apparatus: the running head above the text block, the folio below it, the address under a QR code.
    const bottom = frame.top + frame.lines * frame.pitch;
    const inTextBlock = (s: Span) => s.y > frame.top && s.y < bottom + frame.pitch / 2;
    const isAddress = (s: Span) => s.text.trim().length >= 6 && urls.some((u) => u.includes(s.text.trim()));
    const reading = spans(pdfOf(id)).filter((s) => inTextBlock(s) && !isAddress(s));
    const seen = reading.map((s) => s.text).join('\n');
    for (const part of ['扫码阅读网页版', '图为', '地点：']) expect(seen, part).toContain(part);
    expect(seen).toMatch(/作者：|讲述人：/);
    const small = reading.filter((s) => s.size < floor - 0.01).map((s) => `p${s.page} ${s.size} pt：${s.text}`);
    expect(small).toEqual([]);
  });
});
