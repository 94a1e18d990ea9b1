// The parts of the PDF engine the content check uses, all in this one place. Not through src/typeset/index.ts,
// the engine's door: importing it loads layout, the font machinery and the PDF writer, about 0.3 s more on
// every cold `npm run check`, for code the check never runs.
import type { FontConfig } from '../typeset/index.ts';

export type { FontConfig } from '../typeset/index.ts';
export { storyFromTree } from '../typeset/parse/index.ts';
export { TypesetError } from '../typeset/errors.ts';
export { defaultFontConfig } from '../typeset/render/default-fonts.ts';
export { formatCodePoint, isInvisibleCodePoint } from '../typeset/render/code-points.ts';

/** The print fonts (render's loadFontSet), loaded only when called: fontkit and four CJK fonts cost more than the rest of the check. */
export async function loadFontSet(config: FontConfig) {
  const { loadFontSet } = await import('../typeset/render/font-set.ts');
  return loadFontSet(config);
}
