import path from 'node:path';
import type { Corpus } from './corpus.ts';
import { formatCodePoint, isInvisibleCodePoint } from './engine.ts';
import { printFontCoverage, type FontCoverage } from './font-coverage.ts';
import type { LineIndex } from './source-text.ts';
import type { Problem } from './problem.ts';

/** Code points that never need a glyph of their own: whitespace and controls, joiners, variation selectors. */
function needsNoGlyph(cp: number): boolean {
  return cp <= 0x20 || cp === 0x7f || cp === 0xa0 || isInvisibleCodePoint(cp);
}

/**
 * Characters in printed content (stories and editions) that no PDF font can draw: they would print as
 * blanks. Reported once per character and file, at its first place, with its code point.
 */
/** Where the coverage answers are kept between runs: this checkout's node_modules/.cache. */
const CACHE_DIR = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'jdxh-check');

export async function checkGlyphs(corpus: Corpus, coverage: FontCoverage = printFontCoverage(CACHE_DIR)): Promise<Problem[]> {
  const printed = [
    ...corpus.entries.filter((e) => e.collection === 'stories'),
    ...corpus.data.filter((d) => d.collection === 'editions'),
  ];
  const characters = new Set<string>();
  for (const file of printed) for (const char of file.source) if (!needsNoGlyph(char.codePointAt(0)!)) characters.add(char);
  if (!characters.size) return [];
  const missing = await coverage.missing(characters);
  if (!missing.size) return [];
  return printed.flatMap((file) => missingGlyphs(file.file, file.source, file.lines, missing));
}

function missingGlyphs(file: string, source: string, lines: LineIndex, missing: Set<string>): Problem[] {
  const found = new Map<number, { offset: number; count: number }>();
  let offset = 0;
  for (const char of source) {
    const cp = char.codePointAt(0)!;
    if (missing.has(char)) {
      const seen = found.get(cp);
      if (seen) seen.count++;
      else found.set(cp, { offset, count: 1 });
    }
    offset += char.length;
  }
  return [...found].map(([cp, { offset: at, count }]) => ({
    file,
    ...lines.locate(at),
    level: 'error' as const,
    rule: 'glyph',
    message: `字符“${String.fromCodePoint(cp)}”（${formatCodePoint(cp)}）印刷字体里没有，印刷版上会变成空白${count > 1 ? `（本文件共出现 ${count} 次）` : ''}`,
    fix: '请改用常见的写法或同音常用字并加注说明；如果必须保留（如人名、地名），请联系技术人员添加含有这个字的字体',
  }));
}
