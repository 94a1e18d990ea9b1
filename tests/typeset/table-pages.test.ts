// Tables that cross a page, checked on the real PDF through poppler: the header row is set again over the
// continued part under a 续表 label, never left alone at a page foot, and a row taller than a page is split, not lost.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameOf } from '../../src/typeset/layout/frame.ts';
import { defaultFontConfig, parseStory, typesetBook, type Section } from '../../src/typeset/index.ts';
import { A5 } from './layout/book-helpers.ts';
import { pageLines } from './pdf-geometry.ts';
import { pdfPages } from '../reader/poppler.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'table-pages-'));
const frame = frameOf(A5);
const textBottom = frame.top + frame.lines * frame.pitch;
const HEADER = '序号活动名称人数';
/** Our tables carry no number or caption (GFM has none), so a continued part is labelled plainly 续表. */
const CONTINUED = '续表';
const ROWS = Array.from({ length: 40 }, (_, i) => [String(i + 1), `第${'一二三四五六七八九十'[i % 10]}次入户走访宣传`, String(10 + i)]);
const LONG = Array.from({ length: 900 }, (_, i) => '社区戒毒康复工作小组定期走访谈心帮扶'[i % 17]).join('');

function story(id: string, markdown: string): Section {
  const file = path.join(dir, `${id}.mdx`);
  return { kind: 'story', story: { id, title: id, blocks: parseStory(markdown, file).blocks, source: file }, startOn: 'right', inContents: true };
}

const LONG_TABLE = `村里开展禁毒宣传活动，志愿者走进农家讲解毒品危害。

| 序号 | 活动名称 | 人数 |
|--:|:--|--:|
${ROWS.map((r) => `| ${r.join(' | ')} |`).join('\n')}

活动结束以后，大家都说这样的活动要常办。
`;
// The same table in a callout box: the box goes on over pages with it.
const BOXED_TABLE = `<Callout title="活动记录">

| 序号 | 活动名称 | 人数 |
|--:|:--|--:|
${ROWS.map((r) => `| ${r.join(' | ')} |`).join('\n')}

</Callout>
`;
const TALL_ROW = `| 项目 | 说明 |
|:--|:--|
| 甲 | 短的一行 |
| 乙 | ${LONG} |
| 丙 | 又一行 |
`;

let file: string;
let pages: string[];
const opener = (title: string) => pages.findIndex((p) => p.trimStart().split('\n')[0] === title) + 1;
/** 1-based pages from the opener of `id` to the page before the next story (or the end). */
function storyPages(id: string, next?: string): number[] {
  const last = next ? opener(next) - 1 : pages.length;
  return Array.from({ length: last - opener(id) + 1 }, (_, k) => opener(id) + k).filter((p) => pages[p - 1].trim() !== '');
}

beforeAll(async () => {
  const result = await typesetBook({
    meta: { title: '表格测试', author: '县禁毒协会', publisher: '县禁毒协会', subject: '示例', keywords: [], date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
    page: A5,
    fonts: defaultFontConfig(),
    sections: [story('long', LONG_TABLE), story('tall', TALL_ROW), story('boxed', BOXED_TABLE)],
  });
  file = path.join(dir, 'tables.pdf');
  writeFileSync(file, result.pdf);
  pages = pdfPages(file);
});

describe('a table that crosses a page', () => {
  it('sets the header row again at the top of every continued part, and every row once, in order', () => {
    const rowText = new Set(ROWS.map((r) => r.join('')));
    const seen: string[] = [];
    const parts = storyPages('long', 'tall').filter((p) => pageLines(file, p).some((l) => rowText.has(l.text)));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) {
      const lines = pageLines(file, p).map((l) => l.text);
      const first = lines.findIndex((t) => t === HEADER || rowText.has(t));
      expect(lines[first], `page ${p}`).toBe(HEADER);
      expect(lines.filter((t) => t === HEADER)).toHaveLength(1);
      seen.push(...lines.filter((t) => rowText.has(t)));
    }
    expect(seen).toEqual(ROWS.map((r) => r.join('')));
  });

  it('labels every continued part 续表 right above its repeated header, in the caption style, and never the first part', () => {
    const rowText = new Set(ROWS.map((r) => r.join('')));
    const parts = storyPages('long', 'tall').filter((p) => pageLines(file, p).some((l) => rowText.has(l.text)));
    const first = pageLines(file, parts[0]).map((l) => l.text);
    expect(first).not.toContain(CONTINUED);
    const prose = pageLines(file, parts[0]).find((l) => l.text.startsWith('村里开展禁毒宣传活动'))!;
    const bodyHeight = prose.yMax - prose.yMin;
    for (const p of parts.slice(1)) {
      const lines = pageLines(file, p);
      const at = lines.findIndex((l) => l.text === CONTINUED);
      expect(at, `page ${p}`).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1].text).toBe(HEADER);
      const label = lines[at];
      const header = lines[at + 1];
      // One slot above the header, on the grid; in the caption style (body face at 0.9 of the body size), centred.
      expect(header.yMax - label.yMax).toBeGreaterThan(0.9 * frame.pitch);
      expect(header.yMax - label.yMax).toBeLessThan(1.1 * frame.pitch);
      expect((label.yMax - label.yMin) / bodyHeight).toBeCloseTo(0.9, 2);
      const centre = (label.xMin + label.xMax) / 2;
      const left = p % 2 === 1 ? frame.leftRecto : frame.leftVerso;
      expect(Math.abs(centre - (left + frame.measure / 2))).toBeLessThan(1);
    }
  });

  it('never leaves the header alone at the foot of a page', () => {
    for (const p of storyPages('long', 'tall')) {
      const lines = pageLines(file, p).map((l) => l.text);
      const at = lines.indexOf(HEADER);
      if (at < 0) continue;
      expect(ROWS.map((r) => r.join(''))).toContain(lines[at + 1]);
    }
  });

  it('splits a row taller than a page across pages, under a repeated header, losing nothing', () => {
    const tall = storyPages('tall', 'boxed');
    expect(tall.length).toBeGreaterThanOrEqual(3);
    let text = '';
    for (const p of tall) {
      const lines = pageLines(file, p);
      const body = lines.filter((l) => l.text !== 'tall' && l.text !== '表格测试' && !/^\d+$/.test(l.text));
      if (p !== tall[0]) expect(body.shift()!.text, `page ${p}`).toBe(CONTINUED);
      expect(body[0].text, `page ${p}`).toBe('项目说明');
      // Nothing is drawn below the text block.
      for (const l of body) expect(l.yMax, `page ${p}: ${l.text.slice(0, 8)}`).toBeLessThanOrEqual(textBottom + 2);
      text += body.slice(1).map((l) => l.text).join('');
    }
    expect(text).toBe(`甲短的一行乙${LONG}丙又一行`);
  });
});

describe('a table in a callout box that crosses a page', () => {
  it('opens every continued part with the box’s title and （续）, then 续表 and the header, every row once, in order', () => {
    const rowText = new Set(ROWS.map((r) => r.join('')));
    const parts = storyPages('boxed').filter((p) => pageLines(file, p).some((l) => rowText.has(l.text)));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    parts.forEach((p, k) => {
      const lines = pageLines(file, p).map((l) => l.text);
      const top = lines.findIndex((t) => t.startsWith('活动记录'));
      expect(lines.slice(top, top + 3), `page ${p}`).toEqual(k === 0 ? ['活动记录', HEADER, '1第一次入户走访宣传10'] : ['活动记录（续）', CONTINUED, HEADER]);
      seen.push(...lines.filter((t) => rowText.has(t)));
    });
    expect(seen).toEqual(ROWS.map((r) => r.join('')));
  });
});
