import type { Color, Inline, Measurer, SourceRef, TextStyle } from '../../model/index.ts';
import { TypesetError, codePoints } from '../../errors.ts';
import { allowedBreaks } from '../../text/breaks.ts';
import type { ClusterClass, PunctuationKind } from '../../text/classes.ts';
import { graphemes, splitsByCodeUnit } from '../../text/clusters.ts';
import type { AtomStyle, CollectedAtoms } from './atoms.ts';
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
export function collect(inlines: Inline[], opts: CollectOptions, measurer: Measurer): CollectedAtoms {
  const capacity = atomCapacity(inlines, opts);
  const measures = () => new Float64Array(capacity);
  const collected: CollectedAtoms = { atoms: [], width: measures(), offset: measures(), endShrink: measures(), midShrink: measures(), gapAfter: measures(), gapShrink: measures() };
  const { atoms } = collected;
  const texts: string[] = [];
  const classes: ClusterClass[] = [];
  const push = (cluster: MeasuredCluster, style: AtomStyle, source: SourceRef) => {
    const { text, font, width, cls } = cluster;
    if (font === undefined) {
      throw new TypesetError(`字符“${text}”（${codePoints(text)}）在所有字体中都没有，无法排版。请改用常用字，或请技术人员在字体配置里加入含有它的字体。`, source);
    }
    const punct = cls.punctuation;
    // Only full-width marks have a blank half to compress. Inside a line a lone mark gives up at most half
    // of that: a comma at ½ em among full-width ones reads as a Latin comma.
    const half = punct && punct !== 'solid' && width >= style.size * 0.9 ? width / 2 : 0;
    const i = atoms.length;
    atoms.push({
      text,
      font,
      kind: cls.kind,
      shrinkSide: punct === 'opening' ? 'left' : 'right',
      breakAfter: false,
      forcedBreakAfter: false,
      wordInner: false,
      style,
      source,
    });
    // offset, gapAfter and gapShrink start at 0
    collected.width[i] = width;
    collected.endShrink[i] = punct === 'closing' ? half : 0;
    collected.midShrink[i] = half / 2;
    texts.push(text);
    classes.push(cls);
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
      const style: AtomStyle = { size: opts.size * 0.6, color: opts.color, rise: opts.size * 0.4 };
      const measures = clusterMeasures(measurer, opts.fonts.regular, style.size);
      for (const c of `[${n}]`) {
        if (atoms.length > 0) glued.add(atoms.length - 1);
        push(measures.cluster(c), style, inline.source);
      }
      continue;
    }
    const style: AtomStyle = { size: inline.style.size ?? opts.size, color: opts.color };
    if (inline.style.link) style.link = inline.style.link;
    if (inline.style.italic && !opts.fonts.emphasis && !inline.style.bold) style.dots = true;
    const measures = clusterMeasures(measurer, fontFor(inline.style, opts.fonts), style.size);
    const { text } = inline;
    if (splitsByCodeUnit(text)) {
      for (let i = 0; i < text.length; i++) push(measures.unit(text.charCodeAt(i)), style, inline.source);
    } else {
      for (const c of graphemes(text)) push(measures.cluster(c === '\n' || c === '\t' ? ' ' : c), style, inline.source);
    }
  }
  if (atoms.length === 0) return collected;
  const allowed = allowedBreaks(texts, classes);
  for (let i = 0; i < atoms.length; i++) atoms[i].breakAfter = allowed[i] && !glued.has(i);
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (a.forcedBreakAfter) continue;
    compressAdjacentMarks(collected, i, classes[i].punctuation, classes[i + 1].punctuation);
    const alphanumericA = classes[i].alphanumeric;
    const alphanumericB = classes[i + 1].alphanumeric;
    const cjkLatin = (a.kind === 'han' && alphanumericB) || (alphanumericA && b.kind === 'han');
    if (cjkLatin && opts.cjkLatinSpace > 0 && !a.style.rise && !b.style.rise) {
      collected.gapAfter[i] = opts.cjkLatinSpace * opts.size;
      collected.gapShrink[i] = collected.gapAfter[i] / 2;
    }
    a.wordInner = alphanumericA && alphanumericB;
  }
  return collected;
}

/** How many atoms `inlines` can make at most: one per UTF-16 unit of text and of footnote markers. */
function atomCapacity(inlines: Inline[], opts: CollectOptions): number {
  let capacity = 0;
  for (const inline of inlines) {
    if (inline.kind === 'text') capacity += inline.text.length;
    else if (inline.kind === 'footnoteRef') capacity += `[${opts.footnoteNumbers?.get(inline.id)}]`.length;
  }
  return capacity;
}

/** Two adjacent marks (atoms `i` and `i + 1`) take 1.5 em together: the blank half between their inks goes. */
function compressAdjacentMarks(c: CollectedAtoms, i: number, ka: PunctuationKind | undefined, kb: PunctuationKind | undefined): void {
  if (!ka || !kb || ka === 'solid' || kb === 'solid') return;
  // Not compressible (half-width), or compressed already by the pair before.
  if (c.midShrink[i] === 0 || c.midShrink[i + 1] === 0) return;
  if (ka === 'closing') {
    // 。” ，“ ）， : the closing mark's right half is blank.
    c.width[i] /= 2;
    c.midShrink[i] = 0;
    c.endShrink[i] = 0;
  } else if (kb === 'opening') {
    // “《 : the second opening mark's left half is blank.
    c.width[i + 1] /= 2;
    c.offset[i + 1] -= c.width[i + 1];
    c.midShrink[i + 1] = 0;
  }
}
