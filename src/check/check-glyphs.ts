import type { Corpus } from './corpus.ts';
import { printFontCoverage, type FontCoverage } from './font-coverage.ts';
import type { LineIndex } from './source-text.ts';
import type { Problem } from './problem.ts';

/** Code points that never need a glyph of their own: whitespace, joiners, variation selectors. */
function needsNoGlyph(cp: number): boolean {
  return (
    cp <= 0x20 ||
    cp === 0x7f ||
    cp === 0xa0 ||
    cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/**
 * Characters in printed content (stories and editions) that no PDF font can draw: they would print as
 * blanks. Reported once per character and file, at its first place, with its code point.
 */
export function checkGlyphs(corpus: Corpus, coverage: FontCoverage = printFontCoverage()): Problem[] {
  const printed = [
    ...corpus.entries.filter((e) => e.collection === 'stories'),
    ...corpus.data.filter((d) => d.collection === 'editions'),
  ];
  return printed.flatMap((file) => missingGlyphs(file.file, file.source, file.lines, coverage));
}

function missingGlyphs(file: string, source: string, lines: LineIndex, coverage: FontCoverage): Problem[] {
  const found = new Map<number, { offset: number; count: number }>();
  let offset = 0;
  for (const char of source) {
    const cp = char.codePointAt(0)!;
    if (!needsNoGlyph(cp) && !coverage.canDraw(cp)) {
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
    message: `字符“${String.fromCodePoint(cp)}”（U+${cp.toString(16).toUpperCase().padStart(4, '0')}）印刷字体里没有，印刷版上会变成空白${count > 1 ? `（本文件共出现 ${count} 次）` : ''}`,
    fix: '请改用常见的写法或同音常用字并加注说明；如果必须保留（如人名、地名），请联系技术人员添加含有这个字的字体',
  }));
}
