import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs a poppler tool and returns its stdout as text. */
export function poppler(tool: 'pdffonts' | 'pdftotext' | 'pdfinfo' | 'pdfimages' | 'pdftoppm', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface FontRow {
  name: string;
  type: string;
  encoding: string;
  emb: string;
  sub: string;
  uni: string;
}

/** pdffonts' table as rows (columns after the name are fixed words; the name has no spaces). */
export function pdffonts(file: string): FontRow[] {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      const [emb, sub, uni] = cells.slice(-5, -2);
      return { name: cells[0]!, type: cells.slice(1, -6).join(' '), encoding: cells.at(-6)!, emb: emb!, sub: sub!, uni: uni! };
    });
}

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of poppler('pdfinfo', ['-isodates', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** Text of one page (1-based) in reading order, poppler's default (not -layout) mode. */
export function pageText(file: string, page: number): string {
  return poppler('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).replace(/\f/g, '');
}

/** One page rendered by pdftoppm as PNG bytes. */
export function rasterise(file: string, page: number, dpi: number): Buffer {
  const prefix = path.join(mkdtempSync(path.join(tmpdir(), 'pdftoppm-')), 'page');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return readFileSync(`${prefix}.png`);
}
