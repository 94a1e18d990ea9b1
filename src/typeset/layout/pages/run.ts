import type { Section } from '../../model/index.ts';
import type { FlowContext } from '../flow/context.ts';
import { contentsPages, type ContentsEntry } from './contents.ts';
import { coverPage } from './cover.ts';
import type { SectionLayout, SectionPage } from './section-pages.ts';
import { freePages, storyPages } from './story.ts';

/** One physical page of the book before finalizing. */
export interface BookPage {
  page: SectionPage;
  section: SectionLayout;
  /** An intentional blank page inserted so the next section starts on the side it asks for. */
  blank: boolean;
}

export interface BookRun {
  pages: BookPage[];
  /** Index of the first page numbered in decimal (the first story that is not front matter). */
  firstBodyPage: number;
  /** Story id → index of its first page. */
  storyStart: Map<string, number>;
}

/** Stories count as front matter (roman folios) when marked so, or by default when left out of the contents (a foreword). */
function isBodyStory(section: Section): boolean {
  return section.kind === 'story' && !(section.frontMatter ?? !section.inContents);
}

/** Lays out every section except the contents (which depends on page numbers), once. */
export function layoutSections(sections: Section[], ctx: FlowContext): Array<SectionLayout | undefined> {
  return sections.map((section) => {
    switch (section.kind) {
      case 'cover':
        return { section, pages: [coverPage(section, ctx)] };
      case 'page':
        return { section, pages: freePages(section.blocks, section.align, ctx) };
      case 'story':
        return { section, pages: storyPages(section.story, ctx, !isBodyStory(section)), runningTitle: section.story.title };
      case 'contents':
        return undefined;
    }
  });
}

/**
 * Puts the sections' pages in order, with blank pages where a section must start on a right- (or left-)
 * hand page. Page index 0 is a right-hand page. The first body story always starts on a right-hand page so
 * that odd folios fall on right-hand pages.
 */
export function run(sections: Section[], laidOut: Array<SectionLayout | undefined>, ctx: FlowContext, entries: ContentsEntry[]): BookRun {
  const pages: BookPage[] = [];
  const storyStart = new Map<string, number>();
  let firstBodyPage = -1;
  sections.forEach((section, i) => {
    const layout: SectionLayout = laidOut[i] ?? {
      section,
      pages: contentsPages((section as Extract<Section, { kind: 'contents' }>).title, entries, ctx),
      runningTitle: (section as Extract<Section, { kind: 'contents' }>).title,
    };
    let side = section.kind === 'cover' ? 'new' : section.startOn;
    if (firstBodyPage < 0 && isBodyStory(section)) side = 'right';
    const wantsRight = side === 'right';
    if ((side === 'right' || side === 'left') && pages.length % 2 === (wantsRight ? 1 : 0)) {
      pages.push({ page: { kind: 'plain', placed: [], items: [], pageItems: [] }, section: layout, blank: true });
    }
    if (section.kind === 'story') storyStart.set(section.story.id, pages.length);
    if (firstBodyPage < 0 && isBodyStory(section)) firstBodyPage = pages.length;
    for (const page of layout.pages) pages.push({ page, section: layout, blank: false });
  });
  return { pages, firstBodyPage: firstBodyPage < 0 ? pages.length : firstBodyPage, storyStart };
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** The number printed on page `index`: roman in the front matter, decimal from the first body story. */
export function pageLabel(index: number, bookRun: Pick<BookRun, 'firstBodyPage'>): string {
  return index >= bookRun.firstBodyPage ? String(index - bookRun.firstBodyPage + 1) : toRoman(index + 1);
}

/** Contents entries from a run: every story in the contents with its real page. */
export function contentsEntries(sections: Section[], bookRun: BookRun): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const s of sections) {
    if (s.kind !== 'story' || !s.inContents) continue;
    const page = bookRun.storyStart.get(s.story.id) ?? 0;
    entries.push({ title: s.story.title, label: pageLabel(page, bookRun), page });
  }
  return entries;
}

/**
 * Runs layout until the contents' page numbers stop changing (the contents' own length can move every
 * story after it).
 */
export function runUntilSettled(sections: Section[], ctx: FlowContext): BookRun {
  const laidOut = layoutSections(sections, ctx);
  let entries = sections
    .filter((s) => s.kind === 'story' && s.inContents)
    .map((s) => ({ title: (s as Extract<Section, { kind: 'story' }>).story.title, label: '0', page: 0 }));
  for (let attempt = 0; attempt < 8; attempt++) {
    const bookRun = run(sections, laidOut, ctx, entries);
    const next = contentsEntries(sections, bookRun);
    if (JSON.stringify(next) === JSON.stringify(entries)) return bookRun;
    entries = next;
  }
  throw new Error('目录页码在 8 次排版后仍不稳定，请把这本书的配置发给技术人员。');
}
