import { describe, expect, it } from 'vitest';
import { layoutBook } from '../../../src/typeset/layout/index.ts';
import { paginate } from '../../../src/typeset/layout/pages/paginate.ts';
import type { FlowUnit } from '../../../src/typeset/layout/flow/units.ts';
import { fixedMeasurer } from '../fixed-measurer.ts';
import { frameOf } from '../../../src/typeset/layout/frame.ts';
import { A5, book, pageLines, sampleParagraph, storySection } from './book-helpers.ts';
import { parseStory } from '../../../src/typeset/parse/index.ts';
import type { Block, PageItem, Section } from '../../../src/typeset/model/index.ts';

const measurer = fixedMeasurer();

function lines(n: number, keepFirst = true): FlowUnit[] {
  return Array.from({ length: n }, (_, i) => ({
    slots: 1,
    items: [],
    bodyLine: true,
    keepWithNext: (keepFirst && i === 0 && n > 1) || (i === n - 2 && n > 1),
  }));
}

describe('paginate', () => {
  it('fills pages and never leaves an orphan or a widow', () => {
    // 8 lines, then a 5-line paragraph: only 2 slots would remain for it, 1 line at page end is an orphan…
    const units = [...lines(8), ...lines(5)];
    const pages = paginate(units, 10);
    expect(pages.map((p) => p.length)).toEqual([10, 3]);
    const widowCase = paginate([...lines(6), ...lines(5)], 10);
    // 4 + 1 would strand the last line: the break moves up so the next page opens with two lines.
    expect(widowCase.map((p) => p.length)).toEqual([9, 2]);
  });

  it('drops space at the top of a page', () => {
    const space: FlowUnit = { slots: 2, items: [], keepWithNext: false, space: true };
    const pages = paginate([...lines(10), space, ...lines(3)], 10);
    expect(pages[1].map((p) => p.unit)).not.toContain(space);
    expect(pages[1][0].slot).toBe(0);
  });
});

describe('book layout with the fixed measurer', () => {
  const sections = [
    { kind: 'cover' as const, title: '讲好身边的禁毒故事', lines: ['县禁毒协会（示例）'], background: { r: 0.7, g: 0.1, b: 0.1 }, foreground: { r: 1, g: 1, b: 1 } },
    storySection('foreword', '前言', sampleParagraph(6), false),
    { kind: 'contents' as const, title: '目录', startOn: 'right' as const },
    storySection('one', '村口的灯', `${sampleParagraph(30)}\n\n## 第二天\n\n${sampleParagraph(40, 1)}\n`),
    storySection('two', '一封家书', `${sampleParagraph(12, 2)}\n\n<Callout title="知识卡片">\n${sampleParagraph(3)}\n</Callout>\n\n${sampleParagraph(50, 3)}`),
    storySection('three', '操场上的课', sampleParagraph(5)),
  ];
  const result = layoutBook(book(sections), measurer, new Map());
  const { doc } = result;

  it('starts every story on a right-hand page and numbers from the first story in the contents', () => {
    for (const id of ['foreword', 'one', 'two', 'three']) expect(result.storyPageIndex[id] % 2).toBe(0);
    expect(result.storyPages.one).toBe(1);
    expect(doc.pageLabels).toEqual([
      { startPage: 0, style: 'roman', first: 1 },
      { startPage: result.storyPageIndex.one, style: 'decimal', first: 1 },
    ]);
  });

  it('fills the contents with true page numbers', () => {
    const contentsPage = doc.pages.find((p) => pageLines(p).some((l) => l.text === '目录'))!;
    const entries = pageLines(contentsPage).filter((l) => /\d$/.test(l.text));
    expect(entries.map((l) => l.text.replace(/·+/, '……'))).toEqual([
      `村口的灯……${result.storyPages.one}`,
      `一封家书……${result.storyPages.two}`,
      `操场上的课……${result.storyPages.three}`,
    ]);
    const links = contentsPage.items.filter((i) => i.kind === 'link');
    expect(links.map((l) => (l.kind === 'link' && 'page' in l.target ? l.target.page : -1))).toEqual([
      result.storyPageIndex.one,
      result.storyPageIndex.two,
      result.storyPageIndex.three,
    ]);
  });

  it('puts the book title over left-hand pages, the story title over right-hand pages, none on openers or blanks', () => {
    const start = result.storyPageIndex.one;
    const end = result.storyPageIndex.two;
    for (let i = start; i < end; i++) {
      const page = doc.pages[i];
      const head = pageLines(page)[0];
      if (i === start) expect(head.text).toBe('村口的灯'); // the opener's title, no running head above it
      else if (page.items.length === 0) continue; // an intentional blank page
      else expect(head.text).toBe(i % 2 === 0 ? '村口的灯' : '讲好身边的禁毒故事');
    }
    const blanks = doc.pages.filter((p) => p.items.length === 0);
    expect(blanks.length).toBeGreaterThan(0);
  });

  it('prints folios: roman in the front matter, decimal from the first story, odd on right-hand pages', () => {
    const start = result.storyPageIndex.one;
    const second = doc.pages[start + 1];
    const folio = pageLines(second).at(-1)!;
    expect(folio.text).toBe('2');
    const third = doc.pages[start + 2];
    expect(pageLines(third).at(-1)!.text).toBe('3');
  });

  it('keeps headings with two body lines and never opens a page with a paragraph’s last line', () => {
    for (const page of doc.pages) {
      const ls = pageLines(page);
      const body = ls.filter((l) => l.size === 12);
      if (body.length === 0) continue;
      expect(body.at(-1)!.text).not.toBe('第二天');
    }
  });

  it('gives every story and heading an outline entry', () => {
    const titles = doc.outline.map((e) => e.title);
    expect(titles).toEqual(['前言', '目录', '村口的灯', '一封家书', '操场上的课']);
    expect(doc.outline[2].children.map((c) => c.title)).toEqual(['第二天']);
    expect(doc.outline[2].page).toBe(result.storyPageIndex.one);
  });

  it('loses no text: every paragraph character is on some page, in order', () => {
    const all = doc.pages.map((p) => pageLines(p).map((l) => l.text).join('')).join('');
    expect(all).toContain(sampleParagraph(30).slice(0, 40));
    const story = doc.pages
      .slice(result.storyPageIndex.three)
      .map((p) => pageLines(p).filter((l) => l.size === 12).map((l) => l.text).join(''))
      .join('');
    expect(story).toContain(sampleParagraph(5));
  });
});

describe('page geometry and annotations', () => {
  it('makes the measure a whole number of ems and the text block a whole number of lines', () => {
    const frame = frameOf(A5);
    expect(frame.measure / A5.bodySize).toBe(Math.floor(frame.measure / A5.bodySize));
    expect(frame.measure / A5.bodySize).toBe(27);
    expect(frame.lines).toBe(Math.floor((A5.height - A5.margins.top - A5.margins.bottom) / (A5.bodySize * A5.linePitch)));
    // The spare width goes to both sides: the text block stays inside the margins.
    expect(frame.leftRecto).toBeGreaterThanOrEqual(A5.margins.inner);
    expect(frame.leftRecto + frame.measure).toBeLessThanOrEqual(A5.width - A5.margins.outer + 1e-9);
  });

  it('turns Markdown links into link annotations over the linked words', () => {
    const { doc } = layoutBook(book([storySection('a', '链接', '详见[县禁毒协会网站](https://example.org/jindu)的通知。')]), measurer, new Map());
    const links = doc.pages.flatMap((p) => p.items).filter((i) => i.kind === 'link');
    expect(links).toHaveLength(1);
    const link = links[0] as Extract<(typeof links)[number], { kind: 'link' }>;
    expect(link.target).toEqual({ url: 'https://example.org/jindu' });
    expect(link.width).toBeCloseTo(7 * 12, 6); // 县禁毒协会网站: seven characters of 1 em
  });

  it('draws a callout box around its lines on every page it spans, padded alike at its ends and at the breaks, open where it breaks', () => {
    const long = `<Callout title="知识卡片">\n${sampleParagraph(40)}\n</Callout>`;
    const { doc } = layoutBook(book([storySection('a', '卡片', long)]), measurer, new Map());
    const frame = frameOf(A5);
    const tinted = doc.pages.filter((p) => p.items.some((i) => i.kind === 'rect'));
    expect(tinted.length).toBeGreaterThanOrEqual(3);
    const edges = tinted.map((page) => {
      const rects = page.items.filter((i) => i.kind === 'rect');
      expect(rects).toHaveLength(1);
      const box = rects[0] as Extract<PageItem, { kind: 'rect' }>;
      const bottom = box.y + box.height;
      const inside = pageLines(page).filter((l) => l.y > box.y && l.y < bottom);
      // Each line sits in its slot with its baseline 15.06 pt down (a 12 pt line centred in 21 pt, 0.88 em up).
      const slotTop = (y: number) => y - (frame.pitch - 12) / 2 - 12 * 0.88;
      expect(box.y).toBeCloseTo(slotTop(inside[0].y) - frame.pitch / 2, 1); // pageLines rounds baselines to 0.1 pt
      expect(bottom).toBeCloseTo(slotTop(inside.at(-1)!.y) + frame.pitch * 1.5, 1);
      const rules = page.items.filter((i): i is Extract<PageItem, { kind: 'rule' }> => i.kind === 'rule');
      const across = (y: number) => !!box.stroke || rules.some((r) => Math.abs(r.y1 - y) < 1e-6 && Math.abs(r.y2 - y) < 1e-6 && r.x1 <= box.x && r.x2 >= box.x + box.width);
      const side = (x: number) => !!box.stroke || rules.some((r) => Math.abs(r.x1 - x) < 1e-6 && Math.abs(r.x2 - x) < 1e-6 && r.y1 <= box.y && r.y2 >= bottom);
      expect(side(box.x) && side(box.x + box.width)).toBe(true);
      return [across(box.y) ? 'closed' : 'open', across(bottom) ? 'closed' : 'open'];
    });
    expect(edges).toEqual(edges.map((_, k) => [k === 0 ? 'closed' : 'open', k === edges.length - 1 ? 'closed' : 'open']));
  });
});

describe('space between blocks', () => {
  it('is one space, not two, between a box and the heading after it', () => {
    const markdown = ['第一段正文。', '<Callout title="知识卡片">\n卡片里的一句话。\n</Callout>', '## 小标题', '标题后的第一段。', '第二段正文。', '## 又一个标题', '最后一段。'].join('\n\n');
    const { doc } = layoutBook(book([storySection('a', '间距', markdown)]), measurer, new Map());
    const page = doc.pages.find((p) => p.items.some((i) => i.kind === 'rect'))!;
    const lines = pageLines(page);
    const y = (text: string) => lines.find((l) => l.text.startsWith(text))!.y;
    const { pitch } = frameOf(A5);
    // After a paragraph: one empty slot, then the heading. After a box: its padding slot, then the same.
    const afterParagraph = y('又一个标题') - y('第二段正文');
    expect(y('小标题') - y('卡片里的一句话')).toBeCloseTo(afterParagraph + pitch, 1);
  });
});

describe('paragraphs set flush (non-prose lines)', () => {
  const lineOf = (align?: 'left' | 'center' | 'right') => {
    const page: Section = {
      kind: 'page',
      blocks: [{ ...parseStory('书　　名：讲好身边的禁毒故事', '/book/colophon.md').blocks[0], align } as Block],
      align: 'top',
      startOn: 'new',
    };
    const { doc } = layoutBook(book([page]), measurer, new Map());
    const glyphs = doc.pages[0].items.flatMap((i) => (i.kind === 'glyphs' ? i.glyphs : []));
    return { left: glyphs[0].x, right: glyphs.at(-1)!.x + 12 };
  };
  const frame = frameOf(A5);

  it('sets prose with the 2-em first-line indent and flush lines without it, left, right or centred', () => {
    expect(lineOf().left).toBeCloseTo(frame.leftRecto + 24, 6);
    expect(lineOf('left').left).toBeCloseTo(frame.leftRecto, 6);
    expect(lineOf('right').right).toBeCloseTo(frame.leftRecto + frame.measure, 6);
    const centre = lineOf('center');
    expect((centre.left + centre.right) / 2).toBeCloseTo(frame.leftRecto + frame.measure / 2, 6);
  });
});

describe('contents pages', () => {
  /** The contents of a book of `n` one-paragraph stories: each contents page's entry lines and its leader dots. */
  function contentsOf(n: number) {
    const stories = Array.from({ length: n }, (_, i) => storySection(`s${i}`, `故事${i + 1}（示例）`, sampleParagraph(1, i)));
    const result = layoutBook(book([{ kind: 'contents', title: '目录', startOn: 'right' }, ...stories]), measurer, new Map());
    const first = result.doc.pages.findIndex((p) => pageLines(p).some((l) => l.text === '目录'));
    return result.doc.pages.slice(first, result.storyPageIndex.s0).map((page) => ({
      entries: pageLines(page).filter((l) => /^故事.*\d$/.test(l.text)),
      runs: page.items.filter((item): item is Extract<PageItem, { kind: 'glyphs' }> => item.kind === 'glyphs'),
    }));
  }

  /** The leader dots of a run: the glyphs its ActualText span covers. */
  const dotsOf = (run: Extract<PageItem, { kind: 'glyphs' }>) => (run.actualText ? run.glyphs.slice(run.actualText.start, run.actualText.end + 1) : []);

  it('never leaves the last entry alone on a page of its own', () => {
    let spilled = 0;
    for (let n = 10; n <= 40; n++) {
      const pages = contentsOf(n).filter((p) => p.entries.length > 0);
      expect(pages.reduce((sum, p) => sum + p.entries.length, 0)).toBe(n);
      if (pages.length > 1) spilled++;
      expect(pages.at(-1)!.entries.length, `${n} stories`).toBeGreaterThanOrEqual(2);
    }
    expect(spilled).toBeGreaterThan(0);
  });

  it('ends every row of leader dots at the same place, whatever the width of its page number', () => {
    const [page] = contentsOf(12);
    const ends = new Map<number, number>();
    for (const run of page.runs) for (const dot of dotsOf(run)) ends.set(Math.round(run.y), Math.max(ends.get(Math.round(run.y)) ?? 0, dot.x));
    expect(ends.size).toBe(12);
    expect(new Set([...ends.values()].map((x) => x.toFixed(3))).size).toBe(1);
  });

  it('draws each entry as one run: title, leader dots a half em apart (read as "……"), page number', () => {
    const [page] = contentsOf(12);
    const entries = page.runs.filter((run) => run.actualText);
    expect(entries).toHaveLength(12);
    entries.forEach((run, i) => {
      const text = run.glyphs.map((g) => g.text).join('');
      const { start, end } = run.actualText!;
      expect(run.actualText!.text).toBe('……');
      expect(text.slice(0, start)).toBe(`故事${i + 1}（示例）`);
      expect(text.slice(start, end + 1)).toMatch(/^·{4,}$/);
      expect(text.slice(end + 1)).toMatch(/^\d+$/);
      const dots = dotsOf(run);
      for (let k = 1; k < dots.length; k++) expect(dots[k].x - dots[k - 1].x).toBeCloseTo(run.size / 2, 6);
    });
  });
});

describe('front matter that runs a few lines over its page', () => {
  /** Pages with text that a story takes, set as front matter (a foreword) or as a story in the body. */
  function pagesOf(markdown: string, frontMatter: boolean): number {
    const sections = [storySection('fw', '前言', markdown, !frontMatter), storySection('next', '村口的灯', sampleParagraph(1))];
    const result = layoutBook(book(sections), measurer, new Map());
    return result.doc.pages.slice(result.storyPageIndex.fw, result.storyPageIndex.next).filter((p) => pageLines(p).length > 0).length;
  }

  it('sets a tighter opener so a foreword ends on its page, and leaves body stories alone', () => {
    let saved = 0;
    for (let n = 6; n <= 16; n++) {
      const markdown = Array.from({ length: n }, (_, i) => sampleParagraph(1, i)).join('\n\n');
      const asForeword = pagesOf(markdown, true);
      const asStory = pagesOf(markdown, false);
      expect(asForeword).toBeLessThanOrEqual(asStory);
      if (asForeword < asStory) saved++;
    }
    expect(saved).toBeGreaterThan(0);
  });
});
