import type { Corpus } from './corpus.ts';
import { formatCodePoint, isInvisibleCodePoint } from './engine.ts';
import { invisibleCharacterName } from './check-invisible-characters.ts';
import { checkoutFontCoverage, type FontCoverage } from './font-coverage.ts';
import type { LineIndex } from './source-text.ts';
import type { Problem } from './problem.ts';

/**
 * Code points that never need a glyph of their own: whitespace and controls, joiners, variation selectors, and the
 * invisible characters check-invisible-characters.ts reports in every file (named there, not as missing from a font).
 */
function needsNoGlyph(cp: number): boolean {
  return cp <= 0x20 || cp === 0x7f || cp === 0xa0 || isInvisibleCodePoint(cp) || invisibleCharacterName(cp) !== undefined;
}

/**
 * Characters in printed content (stories and editions) that no PDF font can draw: they would print as
 * blanks. Reported once per character and file, at its first place, with its code point.
 */
export async function checkGlyphs(corpus: Corpus, coverage: FontCoverage = checkoutFontCoverage()): Promise<Problem[]> {
  const printed = [
    ...corpus.entries.filter((e) => e.collection === 'stories'),
    ...corpus.data.filter((d) => d.collection === 'editions'),
  ];
  const characters = new Set<string>();
  for (const file of printed) for (const char of file.source) if (!needsNoGlyph(char.codePointAt(0)!)) characters.add(char);
  if (!characters.size) return [];
  const missing = await coverage.missing(characters);
  // News and pages are not printed, but a character of the private use area shows on no reader's screen either.
  const webOnly = corpus.entries.filter((e) => e.collection !== 'stories');
  const selfMade = new Set(webOnly.flatMap((e) => e.source.match(PRIVATE_USE) ?? []));
  return [
    ...(missing.size ? printed.flatMap((file) => missingGlyphs(file.file, file.source, file.lines, missing, true)) : []),
    ...(selfMade.size ? webOnly.flatMap((file) => missingGlyphs(file.file, file.source, file.lines, selfMade, false)) : []),
  ];
}

const PRIVATE_USE = /[\u{E000}-\u{F8FF}\u{F0000}-\u{10FFFF}]/gu;
const UNSEEN = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** What to tell the editor about a character no font has: a self-made character, an invisible one, or a rare one. */
function explainMissing(char: string, cp: number, printed: boolean): { message: string; fix: string } {
  const code = formatCodePoint(cp);
  if (new RegExp(PRIVATE_USE.source, 'u').test(char)) {
    return {
      message: `字符“${char}”（${code}）是自造字（私用区字符，多半是用 Windows“造字程序”或 WPS 造的字），只有您自己的电脑能显示，网站上显示不出来${printed ? '，印刷版排不出来，读本生成时会出错' : ''}`,
      fix: '请改用标准汉字（输入法的“生僻字”“部首输入”“手写输入”里大多能找到）；实在找不到的，请联系技术人员',
    };
  }
  if (UNSEEN.test(char)) {
    return {
      message: `这里有一个看不见的特殊字符（${code}），多半是从网页、微信或 WPS 复制来的，印刷字体里没有它`,
      fix: '请把光标移到这个位置，删掉这个看不见的字符（它前后看起来像空白或什么都没有）；需要分段就空一行',
    };
  }
  return {
    message: `字符“${char}”（${code}）印刷字体里没有，印刷版排不出来，读本生成时会出错`,
    fix: '请改用常见的写法或同音常用字并加注说明；如果必须保留（如人名、地名），请联系技术人员添加含有这个字的字体',
  };
}

function missingGlyphs(file: string, source: string, lines: LineIndex, missing: Set<string>, printed: boolean): Problem[] {
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
  return [...found].map(([cp, { offset: at, count }]) => {
    const { message, fix } = explainMissing(String.fromCodePoint(cp), cp, printed);
    return { file, ...lines.locate(at), level: 'error' as const, rule: 'glyph', message: `${message}${count > 1 ? `（本文件共出现 ${count} 次）` : ''}`, fix };
  });
}
