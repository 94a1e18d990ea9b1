/**
 * Laid-out pages: the only thing the PDF writer sees. Layout never touches pdf-lib; the writer never
 * breaks lines. Units are pt; x from the left edge, y from the TOP edge of the page (the writer flips it).
 */

export type Color = { r: number; g: number; b: number }; // 0..1

/** One glyph: the text it stands for (one grapheme cluster) and where its origin sits on the baseline. */
export interface PlacedGlyph {
  text: string;
  x: number;
}

/**
 * Glyphs `start` to `end` (inclusive, indices into a run's glyphs) that text extraction and screen readers read as
 * `text` instead of the glyphs' own (a marked-content ActualText span). Absent on nearly every run.
 */
export interface ReadAsSpan {
  start: number;
  end: number;
  text: string;
}

export type PageItem =
  | {
      kind: 'glyphs';
      /** Font id from the FontConfig, after fallback: the face that really has these glyphs. */
      font: string;
      size: number;
      color: Color;
      /** Baseline, from the top of the page. */
      y: number;
      glyphs: PlacedGlyph[];
      /** Glyphs that text extraction and screen readers read as other text: a contents entry's leader dots as "……". */
      actualText?: ReadAsSpan;
    }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; color: Color }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: Color; stroke?: Color; strokeWidth?: number }
  | { kind: 'image'; x: number; y: number; width: number; height: number; path: string; grayscale: boolean }
  | {
      kind: 'link';
      x: number;
      y: number;
      width: number;
      height: number;
      target: { url: string } | { page: number; y: number };
    };

export interface LaidOutPage {
  width: number;
  height: number;
  items: PageItem[];
}

export interface OutlineEntry {
  title: string;
  /** Index into pages and the y (from top) of the destination. */
  page: number;
  y: number;
  children: OutlineEntry[];
}

/** A page-label range: from page index `startPage`, pages are labelled style + number from `first`. */
export interface PageLabelRange {
  startPage: number;
  style: 'decimal' | 'roman' | 'none';
  first?: number;
  prefix?: string;
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  date: Date;
  language: 'zh-CN';
}

export interface LaidOutDocument {
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  pageLabels: PageLabelRange[];
  info: DocumentInfo;
  /** Black-and-white edition: the writer converts every colour (and image) to gray. */
  grayscale?: boolean;
}
