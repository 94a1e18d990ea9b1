/**
 * Character n-gram tokens: how we make Chinese recall independent of word segmentation.
 *
 * Pagefind segments Chinese with ICU4X when indexing and with Intl.Segmenter when searching; where the two
 * cut the same characters differently, pages are missed (Pagefind issues #1237, #987). So we index, for
 * every run of letters/digits in a page, each overlapping pair of characters (and the run's last character
 * alone), and search for the same pairs. Each character is written as four Latin letters so that neither
 * segmenter ever splits or merges a token: 社区 → "bgxmbiqs" style tokens, identical on both sides.
 * A single character query is its four-letter code, which Pagefind prefix-matches against every pair
 * starting with that character.
 */
import { runsOf } from './canonical.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CODE_LENGTH = 4;
/** Largest code point that fits in four base-26 letters (26^4 − 1); above it (private planes) is not searchable. */
const MAX_CODE_POINT = 26 ** CODE_LENGTH - 1;

/** Codes already computed ('' for a character beyond the searchable range). */
const codeCache = new Map<string, string>();

/** Four letters for one character, or undefined for code points beyond the searchable range. */
export function charCode(char: string): string | undefined {
  let code = codeCache.get(char);
  if (code === undefined) {
    let value = char.codePointAt(0) ?? 0;
    code = '';
    if (value <= MAX_CODE_POINT) {
      for (let i = 0; i < CODE_LENGTH; i++) {
        code = LETTERS[value % 26] + code;
        value = Math.floor(value / 26);
      }
    }
    codeCache.set(char, code);
  }
  return code || undefined;
}

/** Inverse of charCode, for tests and debugging. */
export function decodeToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i += CODE_LENGTH) {
    let value = 0;
    for (const letter of token.slice(i, i + CODE_LENGTH)) value = value * 26 + LETTERS.indexOf(letter);
    out += String.fromCodePoint(value);
  }
  return out;
}

function codesOf(run: string): string[] {
  const codes: string[] = [];
  for (const char of run) {
    const code = charCode(char);
    if (code) codes.push(code);
  }
  return codes;
}

/**
 * Tokens to index for a canonical text, in reading order: for each run, every overlapping pair,
 * then the run's last character alone (so a one-character query finds a character that ends a run).
 */
export function documentTokens(canonical: string): string[] {
  const tokens: string[] = [];
  for (const run of runsOf(canonical)) {
    const codes = codesOf(run);
    for (let i = 0; i + 1 < codes.length; i++) tokens.push(codes[i] + codes[i + 1]);
    if (codes.length > 0) tokens.push(codes[codes.length - 1]);
  }
  return tokens;
}

/**
 * Tokens to search for one canonical query term: its pairs (or a single character's code, which
 * prefix-matches), in order. Every page containing the term contains all of them.
 */
export function queryTokens(canonicalTerm: string): string[] {
  const tokens = new Set<string>();
  for (const run of runsOf(canonicalTerm)) {
    const codes = codesOf(run);
    if (codes.length === 1) tokens.add(codes[0]);
    for (let i = 0; i + 1 < codes.length; i++) tokens.add(codes[i] + codes[i + 1]);
  }
  return [...tokens];
}
