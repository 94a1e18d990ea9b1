import type { Color, Inline, Measurer, SourceRef, TextStyle } from '../../model/index.ts';
import { TypesetError, codePoints } from '../../errors.ts';
import { findBreakOpportunities } from '../../text/breaks.ts';
import { graphemes } from '../../text/clusters.ts';
import { isDigit, isHan, isLatinLetter, isSpace, punctuationKind } from '../../text/classes.ts';
import type { Atom, AtomStyle } from './atoms.ts';

/** Font ids for the styles an inline may carry. */
export interface InlineFonts {
  regular: string;
  strong: string;
  /** Kai for emphasis; without it emphasis gets 着重号 dots. */
  emphasis?: string;
  code?: string;
}

export interface CollectOptions {
  size: number;
  fonts: InlineFonts;
  color: Color;
  /** Chinese–Latin space in em (¼ by default), shrinkable to half of it. */
  cjkLatinSpace: number;
  /** Footnote id → the number printed for it. */
  footnoteNumbers?: Map<string, number>;
}

interface Piece {
  text: string;
  font: string;
  size: number;
  style: AtomStyle;
  source: SourceRef;
  noBreakBefore: boolean;
  forcedBreakAfter: boolean;
}

function fontFor(style: TextStyle, fonts: InlineFonts): string {
  if (style.code && fonts.code) return fonts.code;
  if (style.bold) return fonts.strong;
  if (style.italic && fonts.emphasis) return fonts.emphasis;
  return fonts.regular;
}

function toPieces(inlines: Inline[], opts: CollectOptions): Piece[] {
  const pieces: Piece[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      if (pieces.length > 0) pieces[pieces.length - 1].forcedBreakAfter = true;
      continue;
    }
    if (inline.kind === 'footnoteRef') {
      const n = opts.footnoteNumbers?.get(inline.id);
      if (n === undefined) throw new TypesetError(`脚注“${inline.id}”没有对应的注释内容，请在文末补上 [^${inline.id}]: …`, inline.source);
      const style: AtomStyle = { color: opts.color, rise: opts.size * 0.4 };
      for (const c of `[${n}]`) {
        pieces.push({ text: c, font: opts.fonts.regular, size: opts.size * 0.6, style, source: inline.source, noBreakBefore: true, forcedBreakAfter: false });
      }
      continue;
    }
    const font = fontFor(inline.style, opts.fonts);
    const style: AtomStyle = { color: opts.color };
    if (inline.style.link) style.link = inline.style.link;
    if (inline.style.italic && !opts.fonts.emphasis && !inline.style.bold) style.dots = true;
    for (const c of graphemes(inline.text)) {
      pieces.push({ text: c === '\n' || c === '\t' ? ' ' : c, font, size: opts.size, style, source: inline.source, noBreakBefore: false, forcedBreakAfter: false });
    }
  }
  return pieces;
}

function kindOf(c: string): Atom['kind'] {
  if (isSpace(c)) return 'space';
  if (isHan(c)) return 'han';
  if (isLatinLetter(c)) return 'latin';
  if (isDigit(c)) return 'digit';
  if (punctuationKind(c)) return 'punct';
  return 'other';
}

function isAlphanumeric(a: Atom): boolean {
  return a.kind === 'latin' || a.kind === 'digit' || (a.kind === 'other' && /^[\x21-\x7e]$/.test(a.text));
}

/** Inline content → measured atoms with break opportunities, punctuation compression and Chinese–Latin spaces. */
export function collect(inlines: Inline[], opts: CollectOptions, measurer: Measurer): Atom[] {
  const pieces = toPieces(inlines, opts);
  if (pieces.length === 0) return [];
  const { allowed } = findBreakOpportunities(pieces.map((p) => p.text));
  const atoms: Atom[] = pieces.map((p, i) => {
    const font = measurer.resolve(p.text, p.font);
    if (font === undefined) {
      throw new TypesetError(`字符“${p.text}”（${codePoints(p.text)}）在所有字体中都没有，无法排版。请改用常用字，或请技术人员在字体配置里加入含有它的字体。`, p.source);
    }
    const width = measurer.advance(p.text, font, p.size);
    const kind = kindOf(p.text);
    const punct = punctuationKind(p.text);
    // Only full-width marks have a blank half to compress.
    const half = punct && punct !== 'solid' && width >= p.size * 0.9 ? width / 2 : 0;
    return {
      text: p.text,
      font,
      size: p.size,
      kind,
      width,
      offset: 0,
      endShrink: punct === 'closing' ? half : 0,
      midShrink: half,
      shrinkSide: punct === 'opening' ? 'left' : 'right',
      gapAfter: 0,
      gapShrink: 0,
      breakAfter: allowed[i] && !(pieces[i + 1]?.noBreakBefore ?? false),
      forcedBreakAfter: p.forcedBreakAfter,
      wordInner: false,
      style: p.style,
      source: p.source,
    } satisfies Atom;
  });
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (a.forcedBreakAfter) continue;
    compressAdjacentMarks(a, b);
    const cjkLatin = (a.kind === 'han' && isAlphanumeric(b)) || (isAlphanumeric(a) && b.kind === 'han');
    if (cjkLatin && opts.cjkLatinSpace > 0 && !a.style.rise && !b.style.rise) {
      a.gapAfter = opts.cjkLatinSpace * opts.size;
      a.gapShrink = a.gapAfter / 2;
    }
    a.wordInner = isAlphanumeric(a) && isAlphanumeric(b);
  }
  return atoms;
}

/** Two adjacent marks take 1.5 em together: the blank half between their inks goes. */
function compressAdjacentMarks(a: Atom, b: Atom): void {
  const ka = punctuationKind(a.text);
  const kb = punctuationKind(b.text);
  if (!ka || !kb || ka === 'solid' || kb === 'solid') return;
  if (a.midShrink === 0 || b.midShrink === 0) return;
  if (ka === 'closing') {
    // 。” ，“ ）， : the closing mark's right half is blank.
    a.width -= a.midShrink;
    a.midShrink = 0;
    a.endShrink = 0;
  } else if (kb === 'opening') {
    // “《 : the second opening mark's left half is blank.
    b.width -= b.midShrink;
    b.offset -= b.midShrink;
    b.midShrink = 0;
  }
}
