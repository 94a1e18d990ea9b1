export { defaultFontConfig } from './default-fonts.ts';
export { loadFontSet, FontSet } from './font-set.ts';
export { MissingCharacterError, resolveOrThrow } from './missing-character.ts';
export { writePdf } from './write-pdf.ts';
