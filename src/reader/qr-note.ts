import type { Inline, Measurer, SourceRef } from '../typeset/model/index.ts';
import { textWidth } from './text-width.ts';

/** The address is small print: at most this share of the body size (the size of the running heads)… */
const ADDRESS_SHARE = 0.75;
/** …and smaller when it must be to fit on one line, down to a size a magnifier still reads. */
const SMALLEST_ADDRESS_PT = 6;

export interface LineFit {
  measurer: Measurer;
  /** The face captions are set in. */
  font: string;
  bodySize: number;
  /** The line length of the text block, pt. */
  measure: number;
}

/** Size in pt that puts `url` on one line: the small-print size, or less, never under SMALLEST_ADDRESS_PT. */
export function addressSize(url: string, fit: LineFit): number {
  const atOnePt = textWidth(url, fit.font, 1, fit.measurer);
  const fitting = Math.floor((fit.measure / atOnePt) * 10) / 10;
  return Math.max(SMALLEST_ADDRESS_PT, Math.min(fit.bodySize * ADDRESS_SHARE, fitting));
}

/**
 * The note under a story's QR code: what the code is for, then the full web address on a line of its own,
 * one link to it. A broken address would be linked in two halves and typed wrong from paper; only one
 * longer than a line even at the smallest size still breaks (it is never cut short).
 */
export function qrNote(url: string, source: SourceRef, fit: LineFit): Inline[] {
  return [
    { kind: 'text', text: '扫码阅读网页版', style: {}, source },
    { kind: 'break', source },
    { kind: 'text', text: url, style: { link: url, size: addressSize(url, fit) }, source },
  ];
}
