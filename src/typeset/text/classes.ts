/**
 * Character classes for Chinese line breaking and spacing (clreq; GB/T 15834-2011; the strict 禁则 lists of
 * /work/shared/TYPESETTING.md). Every predicate takes one grapheme cluster.
 */

/** May not start a line (strict level). ASCII closers are here too for mixed text. */
export const NO_LINE_START = new Set([
  ...'。，、；：？！．‼⁇⁈⁉',
  ...'”’」』',
  ...'）》〉】〕〗］｝',
  ...'～–-·・‧/／',
  ...'—…⋯⸺',
  ...')]},.;:!?%',
  ...'％‰℃°′″',
]);

/** Currency and № signs belong to the number after them. */
export const CURRENCY = new Set([...'$¥￥€£₩№']);

/** May not end a line: opening brackets and quotes, currency and № signs. */
export const NO_LINE_END = new Set([...'“‘「『（《〈【〔〖［｛', ...'([{', ...CURRENCY]);

/** Units that stay with the number before them. */
export const NUMBER_UNITS = new Set([...'%％‰℃°′″']);

/**
 * Marks whose ink sits in the left half of the em: the right half may be compressed away. Mainland style sets
 * `？！` left too (Noto SC draws their ink within the left 0.47 em), so `？”` takes 1.5 em like `。”`.
 */
const CLOSING_MARKS = new Set([...'。，、；：．？！', ...'”’」』）》〉】〕〗］｝']);
/** Marks whose ink sits in the right half: the left half may be compressed away. */
const OPENING_MARKS = new Set([...'“‘「『（《〈【〔〖［｛']);
/** Marks that are never compressed. */
const SOLID_MARKS = new Set([...'‼⁇⁈⁉…⋯—⸺～·・‧／']);

export type PunctuationKind = 'opening' | 'closing' | 'solid';

const PUNCTUATION_KINDS = new Map<string, PunctuationKind>([
  ...[...CLOSING_MARKS].map((c): [string, PunctuationKind] => [c, 'closing']),
  ...[...OPENING_MARKS].map((c): [string, PunctuationKind] => [c, 'opening']),
  ...[...SOLID_MARKS].map((c): [string, PunctuationKind] => [c, 'solid']),
]);

export function punctuationKind(cluster: string): PunctuationKind | undefined {
  return PUNCTUATION_KINDS.get(cluster);
}

/** Chinese (CJK) punctuation: no Chinese–Latin space is added next to it. */
export function isChinesePunctuation(cluster: string): boolean {
  return punctuationKind(cluster) !== undefined || /^[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]$/u.test(cluster);
}

const HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;
const EMOJI = /^\p{Extended_Pictographic}/u;

export function isHan(cluster: string): boolean {
  return HAN.test(cluster);
}

export function isEmoji(cluster: string): boolean {
  return EMOJI.test(cluster);
}

// The three predicates below run for every character of a book: plain code comparisons, no regex.

export function isDigit(cluster: string): boolean {
  if (cluster.length !== 1) return false;
  const c = cluster.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const LATIN_GREEK_CYRILLIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

export function isLatinLetter(cluster: string): boolean {
  const c = cluster.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // CJK radicals, punctuation, kana and ideographs (U+2E80–U+9FFF): none is Latin, Greek or Cyrillic.
  if (c >= 0x2e80 && c <= 0x9fff) return false;
  return LATIN_GREEK_CYRILLIC.test(cluster);
}

export function isSpace(cluster: string): boolean {
  return cluster === ' ' || cluster === '\t' || cluster === '\u00a0';
}

/**
 * Text where Chinese rules decide the breaks (a break is allowed between any two such clusters unless
 * 禁则 forbid it). Elsewhere UAX #14 decides.
 */
export function isChineseContext(cluster: string): boolean {
  let known = chineseContext.get(cluster);
  if (known === undefined) {
    known = isHan(cluster) || isChinesePunctuation(cluster) || isEmoji(cluster) || /^[\u2018-\u201d\u00b7\u2026\u22ef\u2014\u2e3a]$/u.test(cluster);
    chineseContext.set(cluster, known);
  }
  return known;
}

/** Books use a few thousand distinct clusters: classify each once. */
const chineseContext = new Map<string, boolean>();

export type ClusterKind = 'han' | 'latin' | 'digit' | 'space' | 'punct' | 'other';

/**
 * Everything line breaking and spacing ask about one cluster (the predicates above, and the 禁则 lists), worked
 * out once per distinct cluster by `classOf`: layout asks about every character of a book.
 */
export interface ClusterClass {
  kind: ClusterKind;
  punctuation: PunctuationKind | undefined;
  chineseContext: boolean;
  space: boolean;
  digit: boolean;
  latinLetter: boolean;
  noLineStart: boolean;
  noLineEnd: boolean;
  numberUnit: boolean;
  currency: boolean;
  /** `.` or `,`: kept inside a digit run (3.14, 1,000). */
  decimalMark: boolean;
  /** A Latin letter, a digit or another printable ASCII character: no Chinese–Latin space inside such a run. */
  alphanumeric: boolean;
}

function kindOf(cluster: string): ClusterKind {
  if (isSpace(cluster)) return 'space';
  if (isHan(cluster)) return 'han';
  if (isLatinLetter(cluster)) return 'latin';
  if (isDigit(cluster)) return 'digit';
  if (punctuationKind(cluster)) return 'punct';
  return 'other';
}

function classify(cluster: string): ClusterClass {
  const kind = kindOf(cluster);
  return {
    kind,
    punctuation: punctuationKind(cluster),
    chineseContext: isChineseContext(cluster),
    space: isSpace(cluster),
    digit: isDigit(cluster),
    latinLetter: isLatinLetter(cluster),
    noLineStart: NO_LINE_START.has(cluster),
    noLineEnd: NO_LINE_END.has(cluster),
    numberUnit: NUMBER_UNITS.has(cluster),
    currency: CURRENCY.has(cluster),
    decimalMark: cluster === '.' || cluster === ',',
    alphanumeric: kind === 'latin' || kind === 'digit' || (kind === 'other' && /^[\x21-\x7e]$/.test(cluster)),
  };
}

// Single UTF-16 units (nearly every cluster of a Chinese book) by code, so no lookup hashes a string.
const unitClasses: Array<ClusterClass | undefined> = new Array(0x10000);
const clusterClasses = new Map<string, ClusterClass>();

export function classOf(cluster: string): ClusterClass {
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    return (unitClasses[code] ??= classify(cluster));
  }
  let known = clusterClasses.get(cluster);
  if (!known) clusterClasses.set(cluster, (known = classify(cluster)));
  return known;
}
