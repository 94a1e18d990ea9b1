import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// @ts-expect-error fontkit ships no type declarations
import * as fontkit from 'fontkit';

/** Whether the PDF fonts can draw a character. */
export interface FontCoverage {
  canDraw(codePoint: number): boolean;
}

const require = createRequire(import.meta.url);

/**
 * The faces the print editions use (Noto Serif SC and Noto Sans SC, regular and bold). A character counts
 * as drawable when any of them has it, since the engine falls back from one to the next.
 */
export const PRINT_FONT_FILES = [
  '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
];

type CmapFont = { hasGlyphForCodePoint(codePoint: number): boolean };
const loaded = new Map<string, CmapFont>();

/** Reads each font's cmap once per process (fontkit parses tables lazily: only the cmap is decoded). */
function openFont(file: string): CmapFont {
  let font = loaded.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(file)) as unknown as CmapFont;
    loaded.set(file, font);
  }
  return font;
}

export function printFontCoverage(files: string[] = PRINT_FONT_FILES.map((f) => require.resolve(f))): FontCoverage {
  const fonts = files.map(openFont);
  const answers = new Map<number, boolean>();
  return {
    canDraw(codePoint) {
      let answer = answers.get(codePoint);
      if (answer === undefined) {
        answer = fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
        answers.set(codePoint, answer);
      }
      return answer;
    },
  };
}
