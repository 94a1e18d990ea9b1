import path from 'node:path';
import { formatBeijing } from '../schemas/dates.ts';
import { bookFonts, smallTextSize } from '../typeset/index.ts';
import type { Block, BookInput, Color, FontConfig, Inline, Measurer, PageSettings, Section, SourceRef, Story, TextStyle } from '../typeset/index.ts';
import type { EditionEntry } from './load-editions.ts';
import type { StoryEntry } from './load-stories.ts';
import { hangingLines } from './hanging-lines.ts';
import { pageSettings, trimLabel } from './page-settings.ts';
import { qrCard, type LineFit } from './qr-card.ts';
import { textWidth } from './text-width.ts';
import { blocksText, countCharacters, thousandCharacters } from './word-count.ts';
import { lineOf } from './yaml-source.ts';

/** A story ready for the book: its parsed body, where it lives online and its QR code image. */
export interface PreparedStory {
  entry: StoryEntry;
  blocks: Block[];
  webUrl: string;
  qrPng: string;
}

export interface AssembleOptions {
  edition: EditionEntry;
  stories: PreparedStory[];
  /** The edition's foreword and back cover text, parsed from Markdown. */
  foreword: Block[];
  backCover: Block[];
  fonts: FontConfig;
  /** The fonts' measurements, to fit lines the reader breaks itself (the QR address, the 版本记录页). */
  measurer: Measurer;
}

/** The byline's parts: a wrapped byline breaks only between them (never inside a name or a place). */
export function storyByline(entry: StoryEntry): string[] {
  const who = entry.data.author ? `作者：${entry.data.author}` : `讲述人：${entry.data.narrator}`;
  return [who, `地点：${entry.data.place}`];
}

/** 字数 of an edition: every character of the stories as printed (titles, bodies, questions). */
export function editionCharacterCount(stories: PreparedStory[]): number {
  return stories.reduce((sum, s) => {
    const d = s.entry.data;
    const text = [d.title, d.subtitle ?? '', blocksText(s.blocks), ...d.questions].join('');
    return sum + countCharacters(text);
  }, 0);
}

const text = (t: string, source: SourceRef, style: TextStyle = {}): Inline => ({
  kind: 'text',
  text: t,
  style,
  source,
});
const paragraph = (t: string, source: SourceRef): Block => ({ kind: 'paragraph', inlines: [text(t, source)], source });
/** A line of a non-prose page: set flush (no 2-em paragraph indent) to the given side. */
const flushLine = (t: string, source: SourceRef, align: 'left' | 'center' | 'right'): Block => ({ kind: 'paragraph', inlines: [text(t, source)], source, align });
/** The back cover's slogans are centred lines, not prose paragraphs. */
const centred = (blocks: Block[]): Block[] => blocks.map((b) => (b.kind === 'paragraph' ? { ...b, align: 'center' as const } : b));

/** 思考与讨论 after the story, then the card with the QR code that opens its web page. */
function storyTail(s: PreparedStory, fit: LineFit): Block[] {
  const source: SourceRef = { file: s.entry.file, line: 2 };
  return [
    { kind: 'heading', depth: 2, inlines: [text('思考与讨论', source)], source },
    {
      kind: 'list',
      ordered: true,
      start: 1,
      items: s.entry.data.questions.map((q) => [paragraph(q, source)]),
      source,
    },
    qrCard(s, source, fit),
  ];
}

export function storyForBook(s: PreparedStory, fit: LineFit): Story {
  const d = s.entry.data;
  return {
    id: s.entry.id,
    title: d.title,
    subtitle: d.subtitle,
    byline: storyByline(s.entry),
    blocks: [...s.blocks, ...storyTail(s, fit)],
    source: s.entry.file,
    webUrl: s.webUrl,
  };
}

/** Rec. 601 luma: what a black-and-white printer prints for a colour. */
const luma = (c: Color) => 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;

function hexColor(hex: string, grayscale: boolean): Color {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  if (!grayscale) return { r, g, b };
  const y = luma({ r, g, b });
  return { r: y, g: y, b: y };
}

const PAPER: Color = { r: 1, g: 1, b: 1 };

/**
 * A colour edition's cover is printed edge to edge in its colours (by a print shop). A grayscale edition is printed
 * on desktop black-and-white printers, which cannot print to the edge (a dark cover gets an uneven white border)
 * and lay a dark cover down as heavy, streaky toner: it is paper white, in a frame, its text in the darker of
 * the two cover colours.
 */
function coverColours(cover: EditionEntry['edition']['cover'], grayscale: boolean): { background: Color; foreground: Color; frame?: Color } {
  const background = hexColor(cover.background, grayscale);
  const foreground = hexColor(cover.foreground, grayscale);
  if (!grayscale) return { background, foreground };
  const ink = luma(background) < luma(foreground) ? background : foreground;
  return { background: PAPER, foreground: ink, frame: ink };
}

/**
 * Whether the edition's cover is printed in colour to the trim on every side (no frame, not paper white): such a
 * cover needs bleed at a print shop, so the edition gets a print-shop file (印厂版).
 */
export function coverRunsToEdge(edition: EditionEntry): boolean {
  const { background, frame } = coverColours(edition.edition.cover, edition.edition.grayscale);
  return !frame && [background.r, background.g, background.b].some((c) => c < 1);
}

function beijingMonth(date: Date): string {
  const [y, m] = formatBeijing(date, false).split('-');
  return `${y} 年 ${Number(m)} 月`;
}

/** An internal publication (with a 准印证) is 内部资料　免费交流; other free editions invite reprinting. */
const INTERNAL = '内部资料　免费交流';
function freeLine(c: EditionEntry['edition']['colophon']): string[] {
  if (c.permit) return [INTERNAL];
  return c.free ? ['免费发放　欢迎翻印用于禁毒宣传教育'] : [];
}

/** The cover's lines at its foot; an internal publication shows 内部资料　免费交流 above them and its 准印证号 under them. */
export function coverLines(edition: EditionEntry): string[] {
  const e = edition.edition;
  const { permit } = e.colophon;
  return [
    ...(permit ? [INTERNAL] : []),
    `适用对象：${e.audience.join('、')}`,
    e.colophon.publisher,
    `${e.year} 年`,
    ...(permit ? [`准印证号：${permit}`] : []),
  ];
}

/** The 版本记录页 (GB/T 12450): set at the foot of page 2. */
export function colophonLines(edition: EditionEntry, characters: number): string[] {
  const e = edition.edition;
  const c = e.colophon;
  return [
    `书　　名：${e.title}${e.subtitle ? `（${e.subtitle}）` : ''}`,
    ...(c.permit ? [`准印证号：${c.permit}`] : []),
    `编印单位：${c.publisher}`,
    ...(c.printer ? [`印刷单位：${c.printer}`] : []),
    `地　　址：${c.address}`,
    `开　　本：${trimLabel(e.trim)}`,
    `字　　数：${thousandCharacters(characters)}`,
    `印　　数：${c.printRun} 册`,
    `印制日期：${beijingMonth(c.date)}`,
    ...freeLine(c),
    '本书故事均为示例，人物、事件系编写，不指向真实的人。',
  ];
}

/** The 前言 is signed, flush right as in a printed book: the publisher and the month of the edition. */
export function forewordSignature(edition: EditionEntry): Block[] {
  const c = edition.edition.colophon;
  const source: SourceRef = { file: edition.file, line: lineOf(edition.yaml, ['colophon']) };
  return [flushLine(c.publisher, source, 'right'), flushLine(beijingMonth(c.date), source, 'right')];
}

/**
 * A 前言 written as a letter opens with its 称呼 (乡亲们：, 亲爱的同学们：): a first paragraph of one short line that
 * ends in a colon, with no sentence in it. As pupils are taught to write a letter, it is set flush left (顶格),
 * not indented like the paragraphs under it. (The letter's signature and date: forewordSignature.)
 */
export function flushSalutation(blocks: Block[], fitsLine: (line: string) => boolean): Block[] {
  const [first, ...rest] = blocks;
  if (first?.kind !== 'paragraph' || first.align || first.inlines.some((i) => i.kind !== 'text')) return blocks;
  const line = blocksText([first]).trim();
  const salutation = line.endsWith('：') && !/[。！？；]/.test(line) && fitsLine(line);
  return salutation ? [{ ...first, align: 'left' }, ...rest] : blocks;
}

/** How the engine sets a line of the edition's text block: in its body face, at the body size, to the measure. */
export function lineFit(page: PageSettings, fonts: FontConfig, measurer: Measurer): LineFit {
  return {
    measurer,
    font: bookFonts(fonts).body,
    bodySize: page.bodySize,
    measure: page.width - page.margins.inner - page.margins.outer,
    captionSize: smallTextSize(page),
  };
}

/** Everything the engine needs for one edition, in book order. */
export function assembleBook(o: AssembleOptions): BookInput {
  const e = o.edition.edition;
  const at = (field: PropertyKey[]): SourceRef => ({ file: o.edition.file, line: lineOf(o.edition.yaml, field) });
  const characters = editionCharacterCount(o.stories);
  const page = pageSettings(e);
  const fit = lineFit(page, o.fonts, o.measurer);
  // Margins are rounded to hundredths of a pt: a line that fits exactly may measure a hair over.
  const fitsLine = (line: string) => textWidth(line, fit.font, fit.bodySize, fit.measurer) <= fit.measure + 0.05;
  const cover: Section = {
    kind: 'cover',
    title: e.title,
    subtitle: e.subtitle,
    lines: coverLines(o.edition),
    ...coverColours(e.cover, e.grayscale),
    ...(e.cover.image ? { image: path.resolve(path.dirname(o.edition.file), e.cover.image) } : {}),
  };
  const colophon: Section = {
    kind: 'page',
    blocks: colophonLines(o.edition, characters)
      .flatMap((l) => hangingLines(l, fitsLine))
      .map((l) => flushLine(l, at(['colophon']), 'left')),
    align: 'bottom',
    startOn: 'new',
    outline: '版本记录',
  };
  const foreword: Section = {
    kind: 'story',
    story: {
      id: `${o.edition.id}-foreword`,
      title: '前言',
      blocks: [...flushSalutation(o.foreword, fitsLine), ...forewordSignature(o.edition)],
      source: o.edition.file,
    },
    startOn: 'right',
    inContents: false,
  };
  // In a saddle-stitched booklet every blank side is paper: the contents may face the foreword.
  const contents: Section = { kind: 'contents', title: '目录', startOn: e.booklet ? 'new' : 'right' };
  const stories: Section[] = o.stories.map((s) => ({
    kind: 'story',
    story: storyForBook(s, fit),
    startOn: 'right',
    inContents: true,
  }));
  // The back cover sits on a left-hand page so the closed book shows it outside.
  const backCover: Section = { kind: 'page', blocks: centred(o.backCover), align: 'bottom', startOn: 'left', outline: '封底' };
  return {
    meta: {
      title: e.subtitle ? `${e.title}（${e.subtitle}）` : e.title,
      subtitle: e.subtitle,
      author: e.colophon.publisher,
      publisher: e.colophon.publisher,
      subject: e.description,
      keywords: ['禁毒', '读本', '讲好身边的禁毒故事', ...e.audience],
      date: e.colophon.date,
      language: 'zh-CN',
    },
    page,
    fonts: o.fonts,
    sections: [cover, colophon, foreword, contents, ...stories, backCover],
  };
}
