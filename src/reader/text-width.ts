import { graphemes, type Measurer } from '../typeset/index.ts';

/** Width in pt of `text` set solid at `size` in `font` (a character it lacks in the face that stands in), as the engine measures it. */
export function textWidth(text: string, font: string, size: number, measurer: Measurer): number {
  let width = 0;
  for (const g of graphemes(text)) width += measurer.advance(g, measurer.resolve(g, font) ?? font, size);
  return width;
}
