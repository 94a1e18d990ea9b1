import type { Block, Inline, Measurer, SourceRef } from '../typeset/index.ts';
import type { PreparedStory } from './assemble-book.ts';
import { textWidth } from './text-width.ts';

/**
 * The address is small print: at most three quarters of the body size… It is apparatus for a phone or a
 * keyboard, not reading text, so it may go under the readers' GB 40070 floor; the prompt above it may not.
 */
const ADDRESS_SHARE = 0.75;
/** …and smaller when it must be to fit on one line, down to a size a magnifier still reads. */
const SMALLEST_ADDRESS_PT = 6;

export interface LineFit {
  measurer: Measurer;
  /** The face the engine sets paragraphs and captions in (its body face). */
  font: string;
  bodySize: number;
  /** The line length of the text block, pt. */
  measure: number;
  /** The size the engine sets captions in (reading text: never under the edition's floor). */
  captionSize: number;
}

/** Size in pt that puts `url` on one line of the measure: the small-print size, or less, never under SMALLEST_ADDRESS_PT. */
export function addressSize(url: string, fit: LineFit): number {
  const atOnePt = textWidth(url, fit.font, 1, fit.measurer);
  const fitting = Math.floor((fit.measure / atOnePt) * 10) / 10;
  return Math.max(SMALLEST_ADDRESS_PT, Math.min(fit.bodySize * ADDRESS_SHARE, fitting));
}

const PROMPT = '扫码阅读网页版';

/**
 * The card after a story's questions: the QR code, with 扫码阅读网页版 and the full web address under it as
 * its caption. The address stands whole on one line and is one link (a broken address would be linked in
 * two halves and typed wrong from paper; only one longer than a line even at the smallest size still
 * breaks, never cut short). The prompt is reading text, in the caption size. Where the prompt and the
 * address fit on one line together (A4), they share it, so the card is a line shorter; otherwise the
 * prompt has a line of its own.
 *
 * A bare captioned figure, not a framed box, because the engine treats a figure as a book designer would
 * treat this card at a story's end: set in the room left under the questions, smaller down to its smallest
 * readable size (a 20 mm code) when the room is short, and when even that does not fit, brought over to the
 * story's last page together with the last lines of the questions, so that page never carries the card
 * alone. A framed card could only go over whole, by itself.
 */
export function qrCard(s: PreparedStory, source: SourceRef, fit: LineFit): Block {
  const size = addressSize(s.webUrl, fit);
  const address: Inline = { kind: 'text', text: s.webUrl, style: { link: s.webUrl, size }, source };
  const shared = `${PROMPT}：`;
  const together = textWidth(shared, fit.font, fit.captionSize, fit.measurer) + textWidth(s.webUrl, fit.font, size, fit.measurer);
  const caption: Inline[] =
    together <= fit.measure
      ? [{ kind: 'text', text: shared, style: {}, source }, address]
      : [{ kind: 'text', text: PROMPT, style: {}, source }, { kind: 'break', source }, address];
  return {
    kind: 'figure',
    image: { path: s.qrPng, alt: `二维码：扫码在手机上阅读《${s.entry.data.title}》` },
    caption,
    source,
  };
}
