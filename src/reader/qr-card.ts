import type { Block, Inline, Measurer, SourceRef } from '../typeset/index.ts';
import type { PreparedStory } from './assemble-book.ts';
import { textWidth } from './text-width.ts';

/**
 * The address is small print, one size through an edition: three quarters of the body size. It is apparatus
 * for a phone or a keyboard, not reading text, so it may go under the readers' GB 40070 floor; the prompt
 * above it may not.
 */
const ADDRESS_SHARE = 0.75;

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

/** The size every QR address of an edition is printed in. */
export function addressSize(fit: LineFit): number {
  return fit.bodySize * ADDRESS_SHARE;
}

/** After a "/" that ends a path segment: not inside or right after the "//" of "https://". */
const SEGMENT_END = /(?<=[^/:]\/)(?=.)/u;

/**
 * `url` in lines of the measure at `size`, broken only after a "/" that ends a path segment, so that no word
 * or name is split, every line but the last ends in "/" and nothing that looks like a hyphen is added. As many
 * segments go on a line as fit; a segment longer than a line by itself stays whole on its own line (the
 * engine then breaks it where Latin text may break).
 */
export function addressLines(url: string, size: number, fit: LineFit): string[] {
  const fits = (text: string) => textWidth(text, fit.font, size, fit.measurer) <= fit.measure;
  const lines: string[] = [];
  for (const segment of url.split(SEGMENT_END)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(last + segment)) lines[lines.length - 1] = last + segment;
    else lines.push(segment);
  }
  return lines;
}

const PROMPT = '扫码阅读网页版';

/**
 * The card after a story's questions: the QR code, with 扫码阅读网页版 and the full web address under it as
 * its caption. The address is printed in full, in the edition's address size; one that does not fit a line
 * is broken after a "/" (addressLines), and each of its lines is a link to the whole address. The prompt is
 * reading text, in the caption size. Where the prompt and a one-line address fit on one line together (A4),
 * they share it, so the card is a line shorter; otherwise the prompt has a line of its own.
 *
 * A bare captioned figure, not a framed box, because the engine treats a figure as a book designer would
 * treat this card at a story's end: set in the room left under the questions, smaller down to its smallest
 * readable size (a 20 mm code) when the room is short, and when even that does not fit, brought over to the
 * story's last page together with the last lines of the questions, so that page never carries the card
 * alone. A framed card could only go over whole, by itself.
 */
export function qrCard(s: PreparedStory, source: SourceRef, fit: LineFit): Block {
  const size = addressSize(fit);
  const lines = addressLines(s.webUrl, size, fit);
  const address: Inline[] = lines.flatMap((text, i): Inline[] => [
    ...(i > 0 ? [{ kind: 'break' as const, source }] : []),
    { kind: 'text', text, style: { link: s.webUrl, size }, source },
  ]);
  const shared = `${PROMPT}：`;
  const together = textWidth(shared, fit.font, fit.captionSize, fit.measurer) + textWidth(s.webUrl, fit.font, size, fit.measurer);
  const caption: Inline[] =
    lines.length === 1 && together <= fit.measure
      ? [{ kind: 'text', text: shared, style: {}, source }, ...address]
      : [{ kind: 'text', text: PROMPT, style: {}, source }, { kind: 'break', source }, ...address];
  return {
    kind: 'figure',
    image: { path: s.qrPng, alt: `二维码：扫码在手机上阅读《${s.entry.data.title}》` },
    caption,
    source,
  };
}
