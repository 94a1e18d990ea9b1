import type { FlowUnit } from '../../flow/units.ts';
import type { PageFill } from './page-fill.ts';

/**
 * What floating the figure at `at` would do to the text of its box glued on above it (the box's title):
 * 'alone' when the box opens here and has at most one line after the figure (the box is a captioned figure
 * in a frame, perhaps with a line of note: it floats whole, from `start` on the page, and the text after it
 * fills the page), 'short' when a box that cannot float whole has one line left (the title and the figure
 * go on together), otherwise undefined (the box's text after the figure fills the page under the title).
 */
export function strandedTitle(fill: PageFill, units: FlowUnit[], at: number): { start: number; left: 'alone' | 'short' } | undefined {
  const page = fill.placed;
  const frame = units[at].frame?.id;
  if (frame === undefined) return undefined;
  let start = page.length;
  while (start > 0 && page[start - 1].unit.keepWithNext && page[start - 1].unit.frame?.id === frame) start--;
  if (start === page.length) return undefined;
  let bodyLines = 0;
  for (let j = at + 1; j < units.length && units[j].frame?.id === frame && bodyLines < 2; j++) if (units[j].bodyLine) bodyLines++;
  if (bodyLines >= 2) return undefined;
  const opensBox = units[page[start].index - 1]?.frame?.id !== frame;
  return { start, left: opensBox && start > 0 ? 'alone' : 'short' };
}
