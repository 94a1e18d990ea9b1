import type { ReadAsSpan } from '../model/pages.ts';
import { utf16 } from './cmap-streams.ts';

/**
 * Runs of ideographic spaces (U+3000) in a line of glyphs, and the marked-content span that keeps each one in
 * extracted text. A U+3000 glyph draws nothing; poppler (22.12) drops it as whitespace and reads the blank it
 * leaves (1 em or more) as a gap between columns: "书　　名：" came out as "书", a blank line, "名：". Inside
 * `/Span <</ActualText <…书　　名…>>> BDC … EMC` (the spaces and the glyph on each side of them) poppler takes
 * the span's text instead, spread over the span's width, and every mode (default, -raw, -layout) reads the
 * label as written on one line. MuPDF (1.21) ignores ActualText and reads the spaces' glyphs as spaces, on one
 * line either way.
 */

const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * Every span of a run, in order: the one layout asked for (a contents entry's leader dots) and those its
 * ideographic spaces need. Spans do not nest: one overlapping the asked-for span is left out (it asks for the
 * text of glyphs the asked-for span already stands for).
 */
export function actualTextSpans(glyphs: ReadonlyArray<{ text: string }>, asked: ReadAsSpan | undefined): ReadAsSpan[] {
  const spans = ideographicSpaceSpans(glyphs);
  if (!asked) return spans;
  const apart = spans.filter((s) => s.end < asked.start || s.start > asked.end);
  const at = apart.findIndex((s) => s.start > asked.end);
  apart.splice(at < 0 ? apart.length : at, 0, asked);
  return apart;
}

/** The spans a line needs, in order; none for a line without U+3000 (nearly every line of a book). */
export function ideographicSpaceSpans(glyphs: ReadonlyArray<{ text: string }>): ReadAsSpan[] {
  const spans: ReadAsSpan[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    if (glyphs[i]!.text !== IDEOGRAPHIC_SPACE) continue;
    let j = i;
    while (j + 1 < glyphs.length && glyphs[j + 1]!.text === IDEOGRAPHIC_SPACE) j++;
    // The glyph before and the one after anchor the span to the text around the spaces. A span already ending
    // at the glyph before (two space runs one character apart) is extended instead of overlapped.
    const previous = spans.at(-1);
    const start = previous && previous.end >= i - 1 ? previous.start : Math.max(0, i - 1);
    const end = Math.min(glyphs.length - 1, j + 1);
    if (previous && start === previous.start) spans.pop();
    let text = '';
    for (let k = start; k <= end; k++) text += glyphs[k]!.text;
    spans.push({ start, end, text });
    i = j;
  }
  return spans;
}

/** `/Span <</ActualText <FEFF…>>> BDC`: the text as UTF-16BE with a byte-order mark, in hex. */
export function beginActualText(text: string): string {
  return `/Span <</ActualText <FEFF${utf16(text)}>>> BDC\n`;
}
