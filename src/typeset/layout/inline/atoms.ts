import type { Color, SourceRef } from '../../model/index.ts';
import type { ClusterKind } from '../../text/classes.ts';

/** How the atoms of one inline are drawn apart from their glyphs: size, link target, emphasis dots, raised position. */
export interface AtomStyle {
  /** Type size in pt. */
  size: number;
  color: Color;
  link?: string;
  /** 着重号: a dot under the character, for emphasis when no Kai face is configured. */
  dots?: boolean;
  /** Baseline shift upward, in pt (superscript footnote markers). */
  rise?: number;
}

/** One grapheme cluster, classified: the unit the line breaker works on. Its measures are in `CollectedAtoms`. */
export interface Atom {
  text: string;
  font: string;
  kind: ClusterKind;
  /** Opening marks shrink on the left (the glyph moves), closing marks on the right. */
  shrinkSide: 'left' | 'right';
  /** A line may end after this atom. */
  breakAfter: boolean;
  /** A hard line break follows this atom. */
  forcedBreakAfter: boolean;
  /** The junction after this atom is inside a Latin word or number: never letter-spaced. */
  wordInner: boolean;
  style: AtomStyle;
  source: SourceRef;
}

/**
 * A paragraph's atoms and their measures in pt, by atom index (the arrays may run longer than `atoms`). The
 * measures live in arrays made once at their full length rather than on the atoms or in arrays that grow: a
 * book has 190,000 atoms.
 * Shrink amounts are what justification may take away; they never go below half an em for a mark.
 */
export interface CollectedAtoms {
  atoms: Atom[];
  /** Natural advance, after adjacent-punctuation compression. */
  width: Float64Array;
  /** Where the glyph origin sits relative to the pen (negative when an opening mark lost its left half). */
  offset: Float64Array;
  /** Removable when the atom ends a line (a closing mark down to ½ em). */
  endShrink: Float64Array;
  /** Removable anywhere in the line (a mark's blank half). */
  midShrink: Float64Array;
  /** Chinese–Latin space after the atom (none at line edges), and how far it may shrink. */
  gapAfter: Float64Array;
  gapShrink: Float64Array;
}
