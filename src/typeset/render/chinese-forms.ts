/**
 * Code points whose default glyph in the Noto SC faces is a Western form that Chinese typesetting does not use.
 * U+2014 EM DASH is a proportional dash set low (0.89 em, ink from 0.24 to 0.29 em): two of them, the 破折号
 * ——, print as two short dashes with a gap. Chinese books draw it as one unbroken rule two ems long at the middle
 * of the em box (GB/T 15834 §4.9), which is the full-width form the original Noto CJK fonts reach through their
 * `fwid` feature. These faces have no such glyph under a code point of its own, so we draw the box-drawing line
 * U+2500 instead: 1 em wide, ink edge to edge at the em box's middle. The text stays U+2014 (the ToUnicode map
 * carries the drawn text, not the glyph's code point).
 */
const CHINESE_FORMS = new Map<number, number>([
  [0x2014, 0x2500],
  [0x2015, 0x2500],
]);

/** The code point whose glyph draws `cp` in Chinese text: its Chinese form where the face's own is Western. */
export function chineseForm(cp: number): number | undefined {
  return CHINESE_FORMS.get(cp);
}
