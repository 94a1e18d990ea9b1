import type { Inline } from '../../model/index.ts';
import type { Box, FlowContext } from './context.ts';
import { setGridLines } from './text-lines.ts';
import type { FlowUnit } from './units.ts';

/**
 * Lines in the book's caption style: the body face in small reading type (frame.small), centred, in the text
 * colour. Figure captions and the 续表 label over a table's continued part use it.
 */
export function captionLines(inlines: Inline[], ctx: FlowContext, box: Box): FlowUnit[] {
  return setGridLines(inlines, ctx, box, {
    size: ctx.frame.small,
    font: ctx.fonts.body,
    justify: false,
    align: 'center',
    indent: 0,
    color: ctx.color,
  });
}
