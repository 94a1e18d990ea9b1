/**
 * The one text form both sides of search agree on: NFKC, lower case, letters and digits kept,
 * every stretch of anything else (spaces, punctuation, symbols) reduced to one space.
 * "6·26 国际禁毒日！" and "6.26国际禁毒日" both become "6 26 国际禁毒日"… except that the second has
 * no space between 26 and 国, so matching works on runs, not on word boundaries (see matchesTerm).
 */

const SEARCHABLE = /[\p{L}\p{N}]/u;

function isStable(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
}

export interface Canonical {
  /** The canonical text. */
  text: string;
  /** For each UTF-16 unit of `text`: the index in the original string where its source character starts. */
  from: number[];
  /** For each UTF-16 unit of `text`: the index in the original string just after its source character. */
  to: number[];
}

function canonicalForm(original: string, withMap: boolean): Canonical {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    // Most characters are CJK ideographs, digits or lower-case ASCII, which NFKC and lower-casing leave
    // alone (and which are all searchable); skipping the calls for them makes indexing noticeably faster.
    const stable = isStable(char);
    const normal = stable ? char : char.normalize('NFKC').toLowerCase();
    for (const unit of normal) {
      if (stable || SEARCHABLE.test(unit)) {
        if (pendingSpace && text.length > 0) {
          text += ' ';
          if (withMap) {
            from.push(start);
            to.push(start);
          }
        }
        pendingSpace = false;
        text += unit;
        if (withMap) {
          for (let i = 0; i < unit.length; i++) {
            from.push(start);
            to.push(index);
          }
        }
      } else {
        pendingSpace = true;
      }
    }
  }
  return { text, from, to };
}

export function canonicalize(original: string): Canonical {
  return canonicalForm(original, true);
}

export function canonicalText(original: string): string {
  return canonicalForm(original, false).text;
}

/** The runs of letters and digits in a canonical text. */
export function runsOf(canonical: string): string[] {
  return canonical.split(' ').filter((run) => run.length > 0);
}

const DIGIT = /\p{Nd}/u;

/**
 * Where `term` next occurs in the canonical `text` from `from` on, or -1. Letters match anywhere, as with
 * the browser's find-in-page; but a number in the term is a whole number: a term that starts with a digit
 * does not start inside a longer number, one that ends with a digit does not end inside one, so "6 26"
 * (typed 6.26) is not found in the date "2025 06 26".
 */
export function findTerm(text: string, term: string, from = 0): number {
  const digitFirst = DIGIT.test(term[0] ?? '');
  const digitLast = DIGIT.test(term[term.length - 1] ?? '');
  for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1)) {
    if (digitFirst && at > 0 && DIGIT.test(text[at - 1])) continue;
    const end = at + term.length;
    if (digitLast && end < text.length && DIGIT.test(text[end])) continue;
    return at;
  }
  return -1;
}
