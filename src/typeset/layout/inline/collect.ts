import type { Color, Inline, Measurer, SourceRef, TextStyle } from '../../model/index.ts';
import { TypesetError, codePoints } from '../../errors.ts';
import { allowedBreaks } from '../../text/breaks.ts';
import type { ClusterClass, PunctuationKind } from '../../text/classes.ts';
import { graphemes, splitsByCodeUnit } from '../../text/clusters.ts';
import type { Atom, AtomStyle } from './atoms.ts';
import { clusterMeasures, type MeasuredCluster } from './measured-clusters.ts';

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

function fontFor(style: TextStyle, fonts: InlineFonts): string {
  if (style.code && fonts.code) return fonts.code;
  if (style.bold) return fonts.strong;
  if (style.italic && fonts.emphasis) return fonts.emphasis;
  return fonts.regular;
}

/** Inline content → measured atoms with break opportunities, punctuation compression and Chinese–Latin spaces. */
export function collect(inlines: Inline[], opts: CollectOptions, measurer: Measurer): Atom[] {
  const atoms: Atom[] = [];
  const classes: ClusterClass[] = [];
  /** Full-width opening and closing marks: a blank half to give up next to another mark. */
  const compressible: boolean[] = [];
  const push = (cluster: MeasuredCluster, size: number, style: AtomStyle, source: SourceRef) => {
    const { text, font, width, cls } = cluster;
    if (font === undefined) {
      throw new TypesetError(`字符“${text}”（${codePoints(text)}）在所有字体中都没有，无法排版。请改用常用字，或请技术人员在字体配置里加入含有它的字体。`, source);
    }
    const punct = cls.punctuation;
    // Only full-width marks have a blank half to compress. Inside a line a lone mark gives up at most half
    // of that: a comma at ½ em among full-width ones reads as a Latin comma.
    const half = punct && punct !== 'solid' && width >= size * 0.9 ? width / 2 : 0;
    atoms.push({
      text,
      font,
      size,
      kind: cls.kind,
      width,
      offset: 0,
      endShrink: punct === 'closing' ? half : 0,
      midShrink: half / 2,
      shrinkSide: punct === 'opening' ? 'left' : 'right',
      gapAfter: 0,
      gapShrink: 0,
      breakAfter: false,
      forcedBreakAfter: false,
      wordInner: false,
      style,
      source,
    });
    classes.push(cls);
    compressible.push(half > 0);
  };
  /** Footnote markers: no break before them or inside them. */
  const glued = new Set<number>();
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      if (atoms.length > 0) atoms[atoms.length - 1].forcedBreakAfter = true;
      continue;
    }
    if (inline.kind === 'footnoteRef') {
      const n = opts.footnoteNumbers?.get(inline.id);
      if (n === undefined) throw new TypesetError(`脚注“${inline.id}”没有对应的注释内容，请在文末补上 [^${inline.id}]: …`, inline.source);
      const style: AtomStyle = { color: opts.color, rise: opts.size * 0.4 };
      const size = opts.size * 0.6;
      const measures = clusterMeasures(measurer, opts.fonts.regular, size);
      for (const c of `[${n}]`) {
        if (atoms.length > 0) glued.add(atoms.length - 1);
        push(measures.cluster(c), size, style, inline.source);
      }
      continue;
    }
    const style: AtomStyle = { color: opts.color };
    if (inline.style.link) style.link = inline.style.link;
    if (inline.style.italic && !opts.fonts.emphasis && !inline.style.bold) style.dots = true;
    const size = inline.style.size ?? opts.size;
    const measures = clusterMeasures(measurer, fontFor(inline.style, opts.fonts), size);
    const { text } = inline;
    if (splitsByCodeUnit(text)) {
      for (let i = 0; i < text.length; i++) push(measures.unit(text.charCodeAt(i)), size, style, inline.source);
    } else {
      for (const c of graphemes(text)) push(measures.cluster(c === '\n' || c === '\t' ? ' ' : c), size, style, inline.source);
    }
  }
  if (atoms.length === 0) return atoms;
  const allowed = allowedBreaks(atoms.map((a) => a.text), classes);
  for (let i = 0; i < atoms.length; i++) atoms[i].breakAfter = allowed[i] && !glued.has(i);
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (a.forcedBreakAfter) continue;
    if (compressible[i] && compressible[i + 1]) compressAdjacentMarks(a, b, classes[i].punctuation!, classes[i + 1].punctuation!);
    const alphanumericA = classes[i].alphanumeric;
    const alphanumericB = classes[i + 1].alphanumeric;
    const cjkLatin = (a.kind === 'han' && alphanumericB) || (alphanumericA && b.kind === 'han');
    if (cjkLatin && opts.cjkLatinSpace > 0 && !a.style.rise && !b.style.rise) {
      a.gapAfter = opts.cjkLatinSpace * opts.size;
      a.gapShrink = a.gapAfter / 2;
    }
    a.wordInner = alphanumericA && alphanumericB;
  }
  return atoms;
}

/**
 * Two adjacent marks take 1.5 em together: the blank half between their inks goes. A closing mark's blank is
 * its right half, an opening mark's its left: between two closing marks the first loses it, between two opening
 * marks the second, between a closing and an opening mark the closing one (the opening one keeps its blank as
 * the ½ em between them, and starts a line at full width if the line breaks there). Each blank goes at most
 * once, so a run of marks adds up the same way: ”，“ = ½ + ½ + 1 = 2 em, “《（ = 1 + ½ + ½ = 2 em.
 * That is as far as marks side by side go (adjacent marks take 1.5 em together, not less): neither mark
 * gives more inside a tight line, and only a closing mark that ends a line still goes to ½ em there.
 */
function compressAdjacentMarks(a: Atom, b: Atom, ka: PunctuationKind, kb: PunctuationKind): void {
  if (ka === 'closing') {
    // 。” ，“ ）， : the closing mark's right half is blank.
    a.width /= 2;
    a.endShrink = 0;
  } else if (kb === 'opening') {
    // “《 : the second opening mark's left half is blank.
    b.width /= 2;
    b.offset -= b.width;
  }
  a.midShrink = 0;
  b.midShrink = 0;
}
