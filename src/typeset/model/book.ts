import type { SourceRef } from './source.ts';
import type { FontConfig } from './fonts.ts';
import type { Color } from './pages.ts';

/** Ids of the faces in a FontConfig: body Song, heading Hei, optional Kai for quotes. */
export type FontRole = 'body' | 'heading' | 'quote';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** An external URL: drawn as text with a link annotation. */
  link?: string;
  /** Size in pt, when a run is set smaller than its line (e.g. a web address fitted to a line of its own). */
  size?: number;
}

export type Inline =
  | { kind: 'text'; text: string; style: TextStyle; source: SourceRef }
  /** A hard line break (Markdown `\` or two trailing spaces). */
  | { kind: 'break'; source: SourceRef }
  /** A footnote reference; its text is in the story's footnotes. */
  | { kind: 'footnoteRef'; id: string; source: SourceRef };

export interface ImageRef {
  /** Absolute path of the original image file. */
  path: string;
  alt: string;
}

export type Block =
  | { kind: 'heading'; depth: 1 | 2 | 3 | 4; inlines: Inline[]; source: SourceRef }
  /**
   * Prose by default: 2-em first-line indent, justified. With `align`, lines set flush without the indent,
   * as on non-prose pages: 'left' for a 版本记录页's lines, 'right' for a signature, 'center' for a slogan.
   */
  | { kind: 'paragraph'; inlines: Inline[]; source: SourceRef; align?: 'left' | 'center' | 'right' }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][]; source: SourceRef }
  | { kind: 'blockquote'; blocks: Block[]; source: SourceRef }
  | { kind: 'thematicBreak'; source: SourceRef }
  | { kind: 'figure'; image: ImageRef; caption: Inline[]; source: SourceRef }
  /** A boxed note, e.g. 知识卡片. */
  | { kind: 'callout'; title: string; blocks: Block[]; source: SourceRef }
  | {
      kind: 'table';
      align: Array<'left' | 'center' | 'right' | null>;
      header: Inline[][];
      rows: Inline[][][];
      source: SourceRef;
    }
  | { kind: 'footnotes'; notes: Array<{ id: string; blocks: Block[] }>; source: SourceRef };

/** One story (or any titled run of content: foreword, afterword) as it goes into the book. */
export interface Story {
  id: string;
  title: string;
  subtitle?: string;
  /**
   * e.g. "讲述人：某村村医（示例）", set under the title. Given in parts (["讲述人：…", "地点：…"]), as many
   * whole parts go on a line as fit: a wrapped byline breaks only between them, unless a part is itself wider
   * than a line (then it is broken into even lines that fit unsqueezed, between phrases where it can be).
   */
  byline?: string | string[];
  blocks: Block[];
  /** The MDX/Markdown file the blocks came from. */
  source: string;
  /** Where the story can be read online; the reader prints it as a QR code. */
  webUrl?: string;
}

export interface BookMeta {
  title: string;
  subtitle?: string;
  author: string;
  publisher: string;
  subject: string;
  keywords: string[];
  /** The edition date: used as the PDF's creation date, so output is reproducible. */
  date: Date;
  language: 'zh-CN';
}

export interface PageSettings {
  /** Trim size in pt (1 mm = 72 / 25.4 pt). */
  width: number;
  height: number;
  /** Margins in pt; inner is the binding side. */
  margins: { top: number; bottom: number; inner: number; outer: number };
  /** Body size in pt and line pitch as a multiple of it (1.5–2.0). */
  bodySize: number;
  linePitch: number;
  /** Convert every image and colour to gray for black-and-white printing. */
  grayscale: boolean;
  /**
   * The smallest size, pt, that reading text may be set in: the readers' floor (GB 40070-2021 for school
   * editions). Small reading type (captions, bylines; 0.9 of the body) is set no smaller. Running heads,
   * folios and note markers are apparatus, not reading text, and keep their sizes. Default: no floor.
   */
  minReadingSize?: number;
}

/** One part of the book, in order. Pages of a section start on a new page ('right': a right-hand page). */
export type Section =
  | {
      kind: 'cover';
      title: string;
      subtitle?: string;
      /** Set at the foot of the cover, e.g. the publisher and the edition date. */
      lines: string[];
      background: Color;
      foreground: Color;
      /** Absolute path of a picture set in the middle of the cover. */
      image?: string;
      /**
       * A double frame in this colour, drawn well inside the trim (clear of a desktop printer's unprintable
       * edge): for a cover printed on paper white rather than edge to edge.
       */
      frame?: Color;
    }
  /** Free pages (title page, colophon, back matter): no running heads or folios. */
  | { kind: 'page'; blocks: Block[]; align: 'top' | 'center' | 'bottom'; startOn: 'new' | 'right' | 'left'; outline?: string }
  /** Filled by the engine with every story that has inContents, with true page numbers. */
  | { kind: 'contents'; title: string; startOn: 'new' | 'right' }
  | {
      kind: 'story';
      story: Story;
      startOn: 'new' | 'right';
      inContents: boolean;
      /**
       * Numbered in roman with the front matter (default: when not in the contents, e.g. a foreword).
       * Decimal numbering starts at the first other story, always on a right-hand page.
       */
      frontMatter?: boolean;
    };

export interface BookInput {
  meta: BookMeta;
  page: PageSettings;
  fonts: FontConfig;
  sections: Section[];
}

export interface TypesetResult {
  pdf: Uint8Array;
  pageCount: number;
  /** Story id → the page number printed on its first page. */
  storyPages: Record<string, number>;
}
