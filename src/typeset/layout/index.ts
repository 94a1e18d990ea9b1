import type { BookInput, FontConfig, LaidOutDocument, Measurer } from '../model/index.ts';
import { BLACK, type BookFonts, type FlowContext, type ImageSize } from './flow/context.ts';
import { cachedMeasurer } from './cached-measurer.ts';
import { frameOf } from './frame.ts';
import { finalizeDocument } from './pages/finalize.ts';
import { pageLabel, runUntilSettled } from './pages/run.ts';

export type { ImageSize } from './flow/context.ts';

export interface LayoutResult {
  doc: LaidOutDocument;
  /** Story id → the number printed on its first page. */
  storyPages: Record<string, number>;
  /** Story id → index of its first page. */
  storyPageIndex: Record<string, number>;
}

export function bookFonts(config: FontConfig): BookFonts {
  const roles = config.roles as FontConfig['roles'] & { bold?: string };
  const quote = roles.quote ?? roles.body;
  return {
    body: roles.body,
    bold: roles.bold ?? roles.heading,
    heading: roles.heading,
    quote,
    code: roles.code ?? roles.body,
    hasKai: quote !== roles.body,
  };
}

/** The book model → laid-out pages (the only thing the PDF writer sees). */
export function layoutBook(input: BookInput, measurer: Measurer, images: Map<string, ImageSize>): LayoutResult {
  const ctx: FlowContext = {
    measurer: cachedMeasurer(measurer),
    frame: frameOf(input.page),
    fonts: bookFonts(input.fonts),
    images,
    color: BLACK,
    grayscale: input.page.grayscale,
    footnoteNumbers: new Map(),
  };
  const bookRun = runUntilSettled(input.sections, ctx);
  const storyPages: Record<string, number> = {};
  const storyPageIndex: Record<string, number> = {};
  for (const [id, index] of bookRun.storyStart) {
    const label = pageLabel(index, bookRun);
    storyPages[id] = /^\d+$/.test(label) ? Number(label) : index + 1;
    storyPageIndex[id] = index;
  }
  return { doc: finalizeDocument(bookRun, input.meta, ctx), storyPages, storyPageIndex };
}
