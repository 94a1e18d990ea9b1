import type { BookMeta, LaidOutDocument, LaidOutPage, OutlineEntry, PageItem, PageLabelRange } from '../../model/index.ts';
import { GRAY, type FlowContext } from '../flow/context.ts';
import { setLines } from '../flow/text-lines.ts';
import { moveItemsInPlace, shiftItems } from '../items.ts';
import { boxFramesByPage } from './box-frames.ts';
import { pageLabel, type BookPage, type BookRun } from './run.ts';

export const CREATOR = '邵阳县禁毒协会读本排版引擎';

function textLine(value: string, ctx: FlowContext, size: number, baseline: number, left: number): PageItem[] {
  const [line] = setLines([{ kind: 'text', text: value, style: {}, source: { file: '(书眉)', line: 1 } }], ctx, ctx.frame.measure, {
    size,
    font: ctx.fonts.body,
    justify: false,
    align: 'center',
    indent: 0,
    color: ctx.grayscale ? ctx.color : GRAY,
  });
  return line ? shiftItems(line.items, left, baseline) : [];
}

/**
 * Pages in page coordinates (the units' items are moved in place: call once per layout): margins by side, callout boxes, and — now that physical page numbers are
 * known — running heads (book title on left-hand pages, story title on right-hand pages) and folios, none on
 * openers, plain or blank pages.
 */
export function finalizePages(bookRun: BookRun, meta: BookMeta, ctx: FlowContext): LaidOutPage[] {
  const { frame } = ctx;
  const boxFrames = boxFramesByPage(bookRun.pages, ctx);
  return bookRun.pages.map((page, index) => {
    const recto = index % 2 === 0;
    const left = recto ? frame.leftRecto : frame.leftVerso;
    const items: PageItem[] = [...page.page.pageItems];
    items.push(...shiftItems([...boxFrames[index], ...page.page.items], left, frame.top));
    for (const { unit, slot } of page.page.placed) items.push(...moveItemsInPlace(unit.items, left, frame.top + slot * frame.pitch));
    if (!page.blank && page.page.kind === 'body') {
      const headSize = frame.size * 0.75;
      const ruleY = frame.top - frame.pitch * 0.35;
      const head = recto ? (page.section.runningTitle ?? meta.title) : meta.title;
      items.push(...textLine(head, ctx, headSize, ruleY - headSize * 0.45, left));
      items.push({ kind: 'rule', x1: left, y1: ruleY, x2: left + frame.measure, y2: ruleY, width: 0.4, color: ctx.color });
      const folioY = frame.top + frame.lines * frame.pitch + frame.pitch * 0.9;
      items.push(...textLine(pageLabel(index, bookRun), ctx, frame.size * 0.8, folioY, left));
    }
    return { width: frame.pageWidth, height: frame.pageHeight, items };
  });
}

/** Outline: every section with a title (stories, contents, pages with `outline`) and the stories' headings. */
export function outlineOf(bookRun: BookRun, ctx: FlowContext): OutlineEntry[] {
  const { frame } = ctx;
  const roots: OutlineEntry[] = [];
  let stack: Array<{ depth: number; entry: OutlineEntry }> = [];
  let previous: BookPage['section'] | undefined;
  bookRun.pages.forEach((page, index) => {
    const section = page.section.section;
    const starts = !page.blank && page.section !== previous;
    if (!page.blank) previous = page.section;
    if (starts && section.kind === 'page' && section.outline) {
      roots.push({ title: section.outline, page: index, y: frame.top, children: [] });
      stack = [];
    }
    for (const { unit, slot } of page.page.placed) {
      if (!unit.anchor) continue;
      const entry: OutlineEntry = { title: unit.anchor.title, page: index, y: frame.top + slot * frame.pitch, children: [] };
      if (unit.anchor.depth === 0) {
        roots.push(entry);
        stack = [{ depth: 0, entry }];
        continue;
      }
      while (stack.length > 0 && stack[stack.length - 1].depth >= unit.anchor.depth) stack.pop();
      if (stack.length === 0) roots.push(entry);
      else stack[stack.length - 1].entry.children.push(entry);
      stack.push({ depth: unit.anchor.depth, entry });
    }
  });
  return roots;
}

export function pageLabelsOf(bookRun: BookRun): PageLabelRange[] {
  const ranges: PageLabelRange[] = [];
  if (bookRun.firstBodyPage > 0) ranges.push({ startPage: 0, style: 'roman', first: 1 });
  if (bookRun.firstBodyPage < bookRun.pages.length) ranges.push({ startPage: bookRun.firstBodyPage, style: 'decimal', first: 1 });
  return ranges;
}

export function finalizeDocument(bookRun: BookRun, meta: BookMeta, ctx: FlowContext): LaidOutDocument {
  return {
    pages: finalizePages(bookRun, meta, ctx),
    outline: outlineOf(bookRun, ctx),
    pageLabels: pageLabelsOf(bookRun),
    info: { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: CREATOR, date: meta.date, language: meta.language },
    grayscale: ctx.grayscale,
  };
}
