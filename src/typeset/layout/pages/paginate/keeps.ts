import type { FlowUnit } from '../../flow/units.ts';
import type { PageFill } from './page-fill.ts';

/**
 * Where the page breaks when `next` does not fit: before the glued chain that ends the page (it goes on
 * with `next`). 0 when the chain fills the page from its top: it cannot move, and breaks where the page is
 * full, the only time a keep gives way. A chain that cannot move still never ends a page with a box's
 * opening padding alone.
 */
export function breakBefore(fill: PageFill, next: FlowUnit): number {
  const page = fill.placed;
  let keep = page.length;
  while (keep > 0 && page[keep - 1].unit.keepWithNext) keep--;
  if (keep === 0 && page.length > 1 && page[page.length - 1].unit.padding && page[page.length - 2].unit.frame?.id !== next.frame?.id) keep = page.length - 1;
  return keep;
}
