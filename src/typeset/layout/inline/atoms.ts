import type { Color, SourceRef } from '../../model/index.ts';
import type { ClusterKind } from '../../text/classes.ts';

/** How one atom is drawn apart from its glyph: link target, emphasis dots, raised (footnote) position. */
export interface AtomStyle {
  color: Color;
  link?: string;
  /** 着重号: a dot under the character, for emphasis when no Kai face is configured. */
  dots?: boolean;
  /** Baseline shift upward, in pt (superscript footnote markers). */
  rise?: number;
}

/**
 * One grapheme cluster, measured and classified: the unit the line breaker works on. Widths in pt.
 * Shrink amounts are what justification may take away; they never go below half an em for a mark.
 */
export interface Atom {
  text: string;
  font: string;
  size: number;
  kind: ClusterKind;
  /** Natural advance, after adjacent-punctuation compression. */
  width: number;
  /** Where the glyph origin sits relative to the pen (negative when an opening mark lost its left half). */
  offset: number;
  /** Removable when this atom ends a line (a closing mark down to ½ em). */
  endShrink: number;
  /** Removable anywhere in the line (a mark's blank half). */
  midShrink: number;
  /** Opening marks shrink on the left (the glyph moves), closing marks on the right. */
  shrinkSide: 'left' | 'right';
  /** Chinese–Latin space after this atom (none at line edges), and how far it may shrink. */
  gapAfter: number;
  gapShrink: number;
  /** A line may end after this atom. */
  breakAfter: boolean;
  /** A hard line break follows this atom. */
  forcedBreakAfter: boolean;
  /** The junction after this atom is inside a Latin word or number: never letter-spaced. */
  wordInner: boolean;
  style: AtomStyle;
  source: SourceRef;
}
