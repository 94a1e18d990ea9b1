import type { Block, Measurer, SourceRef } from '../typeset/model/index.ts';
import type { PreparedStory } from './assemble-book.ts';
import { textWidth } from './text-width.ts';

/** The address is small print: at most this share of the body size (the size of the running heads)… */
const ADDRESS_SHARE = 0.75;
/** …and smaller when it must be to fit on one line, down to a size a magnifier still reads. */
const SMALLEST_ADDRESS_PT = 6;
/** A callout's text stands 1 em in from each side of its frame. */
const CARD_INSET_EMS = 2;

export interface LineFit {
  measurer: Measurer;
  /** The face the engine sets paragraphs and captions in (its body face). */
  font: string;
  bodySize: number;
  /** The line length of the text block, pt. */
  measure: number;
}

/** Size in pt that puts `url` on one line `measure` long: the small-print size, or less, never under SMALLEST_ADDRESS_PT. */
export function addressSize(url: string, fit: LineFit, measure: number): number {
  const atOnePt = textWidth(url, fit.font, 1, fit.measurer);
  const fitting = Math.floor((measure / atOnePt) * 10) / 10;
  return Math.max(SMALLEST_ADDRESS_PT, Math.min(fit.bodySize * ADDRESS_SHARE, fitting));
}

/**
 * The card after a story's questions: a box titled 扫码阅读网页版 round the QR code, with the full web
 * address under it on a line of its own, one link to it (a broken address would be linked in two halves
 * and typed wrong from paper; only one longer than a line even at the smallest size still breaks, never
 * cut short). As a titled box it goes whole to the next page when it does not fit, instead of taking the
 * last question with it as a bare figure at a story's end would.
 */
export function qrCard(s: PreparedStory, source: SourceRef, fit: LineFit): Block {
  const size = addressSize(s.webUrl, fit, fit.measure - CARD_INSET_EMS * fit.bodySize);
  return {
    kind: 'callout',
    title: '扫码阅读网页版',
    blocks: [
      {
        kind: 'figure',
        image: { path: s.qrPng, alt: `二维码：扫码在手机上阅读《${s.entry.data.title}》` },
        caption: [{ kind: 'text', text: s.webUrl, style: { link: s.webUrl, size }, source }],
        source,
      },
    ],
    source,
  };
}
