// Reads PDFs through MuPDF (mutool draw -F stext), a second independent reader beside poppler: it gives each
// character's font, size, colour and position.
import { execFileSync } from 'node:child_process';

/** The structured-text XML of `pages` (e.g. "3" or "2-9"; all pages when omitted). */
export function stextXml(file: string, pages?: string): string {
  const args = ['draw', '-q', '-F', 'stext', '-o', '-', file, ...(pages ? [pages] : [])];
  return execFileSync('mutool', args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** A character or attribute value as written in the XML, decoded. */
export function decodeXml(t: string): string {
  return t
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The plain text of `pages` as MuPDF reads it (mutool draw -F txt). */
export function mupdfText(file: string, pages?: string): string {
  return execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file, ...(pages ? [pages] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
