import { createRequire } from 'node:module';
import type { FontConfig } from '../model/fonts.ts';

const require = createRequire(import.meta.url);

/**
 * The book's faces, from the pinned @expo-google-fonts packages (OFL, TrueType outlines, Simplified-Chinese
 * default forms, so mainland punctuation without `locl`).
 * No OFL Kai face ships on npm as a TrueType file (the LXGW WenKai packages are split web fonts), so quotes
 * use the body Song.
 */
export function defaultFontConfig(): FontConfig {
  const file = (pkg: string, weight: string, name: string) => require.resolve(`@expo-google-fonts/${pkg}/${weight}/${name}.ttf`);
  return {
    faces: {
      serif: { file: file('noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular'), family: 'Noto Serif SC' },
      'serif-bold': { file: file('noto-serif-sc', '700Bold', 'NotoSerifSC_700Bold'), family: 'Noto Serif SC' },
      sans: { file: file('noto-sans-sc', '400Regular', 'NotoSansSC_400Regular'), family: 'Noto Sans SC' },
      'sans-bold': { file: file('noto-sans-sc', '700Bold', 'NotoSansSC_700Bold'), family: 'Noto Sans SC' },
    },
    roles: { body: 'serif', bold: 'serif-bold', heading: 'sans-bold', quote: 'serif', code: 'sans' },
    fallback: ['serif', 'sans'],
  };
}
