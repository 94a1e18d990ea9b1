import type { ProofreadRule } from './config.ts';
import type { TextBlock } from './text-blocks.ts';

/** One proofreading finding inside a block: where (index into block.text), what, and the fix. */
export interface Finding {
  rule: ProofreadRule;
  index: number;
  message: string;
  fix: string;
}

const HAN = /\p{Script=Han}/u;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’—…·]/u;

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** 错别字: wrong → right pairs from the dictionary. */
export function findDictionaryWords(block: TextBlock, dictionary: Map<string, string>): Finding[] {
  const findings: Finding[] = [];
  for (const [wrong, right] of dictionary) {
    for (let i = block.text.indexOf(wrong); i !== -1; i = block.text.indexOf(wrong, i + wrong.length)) {
      findings.push({ rule: '错别字', index: i, message: `“${wrong}”应为“${right}”`, fix: `改为“${right}”` });
    }
  }
  return findings;
}

/** 半角标点: , ; : ? ! ( ) written half-width between Chinese characters. */
export function findHalfWidthPunctuation(block: TextBlock): Finding[] {
  const findings: Finding[] = [];
  const chars = [...block.text];
  let index = 0;
  for (let i = 0; i < chars.length; index += chars[i].length, i++) {
    const full = FULL_WIDTH[chars[i]];
    if (!full) continue;
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, +1);
    const chineseBefore = HAN.test(before) || (chars[i] !== '(' && CJK_PUNCTUATION.test(before));
    const chineseAfter = HAN.test(after) || (chars[i] === ')' && CJK_PUNCTUATION.test(after));
    if (!(chineseBefore && chineseAfter)) continue;
    findings.push({
      rule: '半角标点',
      index,
      message: `中文之间用了半角标点“${chars[i]}”`,
      fix: `改为全角“${full}”`,
    });
  }
  return findings;
}

/** The nearest character in `direction`, looking through markup boundaries (a comma right after **bold**). */
function neighbour(chars: string[], i: number, direction: 1 | -1): string {
  let k = i + direction;
  while (chars[k] === '\uFFFC') k += direction;
  return chars[k] ?? '';
}

const DOUBLE_CANDIDATES = /[，。、；：？！]{2,}/g;
const ALLOWED_PAIRS = new Set(['？！', '！？']);

/** 重复标点: ，， 。。 ，。 and the like (？！ and ！？ are allowed). */
export function findDoubledPunctuation(block: TextBlock): Finding[] {
  const findings: Finding[] = [];
  for (const match of block.text.matchAll(DOUBLE_CANDIDATES)) {
    if (ALLOWED_PAIRS.has(match[0])) continue;
    findings.push({
      rule: '重复标点',
      index: match.index + 1,
      message: `“${match[0]}”标点重复`,
      fix: `只保留一个标点，例如“${match[0][0]}”`,
    });
  }
  return findings;
}

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '‘': '’', '（': '）', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** 标点不成对: 《》“”‘’（）【】 opened and not closed (or closed without being opened) within one paragraph. */
export function findUnbalancedPairs(block: TextBlock): Finding[] {
  const findings: Finding[] = [];
  const stack: { char: string; index: number }[] = [];
  for (let i = 0; i < block.text.length; i++) {
    const char = block.text[i];
    if (PAIRS[char]) {
      stack.push({ char, index: i });
      continue;
    }
    const opener = CLOSERS.get(char);
    if (!opener) continue;
    const openAt = stack.map((s) => s.char).lastIndexOf(opener);
    if (openAt === -1) {
      findings.push({ rule: '标点不成对', index: i, message: `符号 ${char} 前面没有对应的 ${opener}`, fix: `补上 ${opener}，或删除多余的 ${char}` });
    } else {
      for (const unclosed of stack.splice(openAt).slice(1)) findings.push(unclosedFinding(unclosed));
    }
  }
  for (const unclosed of stack) findings.push(unclosedFinding(unclosed));
  return findings.sort((a, b) => a.index - b.index);
}

function unclosedFinding(open: { char: string; index: number }): Finding {
  const close = PAIRS[open.char];
  return { rule: '标点不成对', index: open.index, message: `符号 ${open.char} 没有对应的 ${close}`, fix: `在合适的位置补上 ${close}` };
}

const STRAY_SPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’])[ \t]+(?=[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’])/gu;

/**
 * 多余空格: spaces between Chinese characters (or Chinese punctuation), where Chinese text has none.
 * Inside quotation marks and book titles a space may separate the halves of a slogan (“珍爱生命 远离毒品”);
 * the full-width space U+3000 is a deliberate typographic choice and never flagged. Titles and headings are
 * not given to this rule at all: a space between the two halves of a headline is news style.
 */
export function findStraySpaces(block: TextBlock): Finding[] {
  const quoted = quotedRanges(block.text);
  return [...block.text.matchAll(STRAY_SPACE)]
    .filter((match) => !quoted.some(([from, to]) => match.index > from && match.index < to))
    // A Tab in a paragraph is a pasted table (or a Tab for a stop), which check-pasted-tables.ts reports once.
    .filter((match) => !(block.paragraph && match[0].includes('\t')))
    .map((match) => ({
    rule: '多余空格' as const,
    index: match.index,
    message: '中文之间有多余的空格',
    fix: '删除空格',
  }));
}

/** [open, close] indices of the “…” and 《…》 spans of a block (outermost level). */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [open, close] of [['“', '”'], ['《', '》']]) {
    for (let from = text.indexOf(open); from !== -1; from = text.indexOf(open, from + 1)) {
      const to = text.indexOf(close, from + 1);
      if (to === -1) break;
      ranges.push([from, to]);
      from = to;
    }
  }
  return ranges;
}
