import type { Corpus } from './corpus.ts';
import { formatCodePoint, isInvisibleCodePoint } from './engine.ts';
import { checkoutFontCoverage, type FontCoverage } from './font-coverage.ts';
import type { LineIndex } from './source-text.ts';
import type { Problem } from './problem.ts';

/**
 * Characters that show nothing, pasted with text from WeChat, web pages and Word: a word split by one is not found
 * by the site's search (its canonical text turns them into a word break). Each has a name an editor can look up.
 */
const INVISIBLE: [from: number, to: number, name: string][] = [
  [0x00, 0x08, '控制字符'],
  [0x0b, 0x0c, '控制字符'],
  [0x0e, 0x1f, '控制字符'],
  [0x7f, 0x9f, '控制字符'],
  [0xad, 0xad, '软连字符'],
  [0x061c, 0x061c, '文字方向控制符'],
  [0x115f, 0x1160, '韩文填充符'],
  [0x180e, 0x180e, '蒙古文元音分隔符'],
  [0x200b, 0x200b, '零宽空格'],
  [0x200c, 0x200c, '零宽非连接符'],
  [0x200d, 0x200d, '零宽连接符'],
  [0x200e, 0x200f, '文字方向控制符'],
  [0x2028, 0x2028, '行分隔符'],
  [0x2029, 0x2029, '段分隔符'],
  [0x202a, 0x202e, '文字方向控制符'],
  [0x2060, 0x2060, '词连接符'],
  [0x2061, 0x2064, '不可见运算符'],
  [0x2066, 0x2069, '文字方向控制符'],
  [0x3164, 0x3164, '韩文填充符'],
  [0xfeff, 0xfeff, '零宽不换行空格'],
  [0xffa0, 0xffa0, '韩文填充符'],
  [0xfff9, 0xfffb, '行间注释符'],
];

/** The Chinese name of an invisible character, or undefined for every other one. */
export function invisibleCharacterName(cp: number): string | undefined {
  return INVISIBLE.find(([from, to]) => cp >= from && cp <= to)?.[2];
}

/** A zero-width joiner between two emoji (👨‍👩‍👧) draws one picture: it is meant, not pasted by mistake. */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D(?=\p{Extended_Pictographic})/uy;

/** How many lines to name before “等”. */
const LINES_NAMED = 10;

/**
 * Invisible characters in every content file, fields and bodies alike: one error per character and file, at its
 * first place, with the lines of the others. A byte-order mark at the very start of a file is not text and is left alone.
 * In a story, one the PDF engine must draw (not a joiner it skips) and no print font has stops the edition being made.
 */
export async function checkInvisibleCharacters(corpus: Corpus, coverage: FontCoverage = checkoutFontCoverage()): Promise<Problem[]> {
  const stories = corpus.entries.filter((e) => e.collection === 'stories');
  const drawn = new Set(stories.flatMap((e) => e.source.match(ANY_INVISIBLE) ?? []).filter((c) => !isInvisibleCodePoint(c.codePointAt(0)!)));
  const unprintable = drawn.size ? await coverage.missing(drawn) : new Set<string>();
  const printed = new Set<object>(stories);
  return [...corpus.entries, ...corpus.data].flatMap((file) => invisibleIn(file.file, file.source, file.lines, printed.has(file) ? unprintable : new Set()));
}

/** Any of the characters above, found in one pass (most files have none). */
const ANY_INVISIBLE = new RegExp(`[${INVISIBLE.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`, 'gu');

function invisibleIn(file: string, source: string, lines: LineIndex, unprintable: Set<string>): Problem[] {
  const found = new Map<number, number[]>();
  for (const match of source.matchAll(ANY_INVISIBLE)) {
    const at = match.index;
    const cp = match[0].codePointAt(0)!;
    if (cp === 0xfeff && at === 0) continue;
    EMOJI_JOINER.lastIndex = at;
    if (cp === 0x200d && EMOJI_JOINER.test(source)) continue;
    const offsets = found.get(cp);
    if (offsets) offsets.push(at);
    else found.set(cp, [at]);
  }
  return [...found].map(([cp, offsets]) => {
    const first = lines.locate(offsets[0]);
    const onLines = [...new Set(offsets.map((o) => lines.locate(o).line))];
    return { file, ...first, level: 'error' as const, rule: 'invisible', ...explain(cp, source, offsets, onLines, unprintable.has(String.fromCodePoint(cp))) };
  });
}

function explain(cp: number, source: string, offsets: number[], lines: number[], unprintable: boolean): { message: string; fix: string } {
  const at = offsets[0];
  const code = formatCodePoint(cp);
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const nextBreak = source.indexOf('\n', at);
  const lineEnd = nextBreak === -1 ? source.length : nextBreak;
  const before = [...visibleText(source.slice(lineStart, at))].at(-1);
  const after = [...visibleText(source.slice(at + 1, lineEnd))][0];
  const place = before && after ? `“${before}”和“${after}”之间` : before ? `“${before}”后面` : after ? `“${after}”前面` : '这一行';
  const count = offsets.length > 1
    ? `（本文件共 ${offsets.length} 处，在第 ${lines.slice(0, LINES_NAMED).join('、')}${lines.length > LINES_NAMED ? ' 等' : ''} 行）`
    : '';
  const print = unprintable ? '；印刷字体里也没有它，收录这个故事的读本排不出来，生成时会出错' : '';
  const message = `${place}有一个看不见的字符（${code} ${invisibleCharacterName(cp)}），多半是从微信、网页或 Word 复制来的：网站搜索会找不到被它隔开的词${print}${count}`;
  const lineBreak = cp === 0x2028 || cp === 0x2029 ? '；需要换行就空一行，另起一段' : '';
  const all = count
    ? `；一次删掉全部：在 VS Code 里按 Ctrl+H，点选“使用正则表达式”（.* 图标），查找框填 \\u${cp.toString(16).toUpperCase().padStart(4, '0')}，替换框留空，点“全部替换”`
    : '';
  return { message, fix: `删除这个看不见的字符：把光标放在${place}，按删除键（它前后看起来像什么都没有）${lineBreak}${all}` };
}

/** The text without spaces and other invisible characters, to name the visible ones around a place. */
function visibleText(text: string): string {
  return [...text].filter((char) => !/\s/u.test(char) && !invisibleCharacterName(char.codePointAt(0)!)).join('');
}
