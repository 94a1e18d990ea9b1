import { defaultFontConfig, loadFontSet } from '../typeset/render/index.ts';

/** Whether the PDF fonts can draw a character. */
export interface FontCoverage {
  canDraw(character: string): boolean;
}

let printFonts: Promise<FontCoverage> | undefined;

/**
 * The print editions' own font set (render's loadFontSet with the default config): a character is
 * drawable when the body face or one of its fallbacks has it, exactly as the engine decides.
 * Loaded once per process; the font set caches each face's cmap.
 */
export function printFontCoverage(): Promise<FontCoverage> {
  printFonts ??= (async () => {
    const config = defaultFontConfig();
    const fonts = await loadFontSet(config);
    return { canDraw: (character: string) => fonts.resolve(character, config.roles.body) !== undefined };
  })();
  return printFonts;
}
