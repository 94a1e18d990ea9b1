import type { Block } from '../../model/index.ts';
import type { Box, FlowContext } from './context.ts';
import { setGridLines } from './text-lines.ts';
import { shiftItems } from '../items.ts';
import { boxPadding, spaceUnit, type BoxFrame, type FlowUnit } from './units.ts';

let nextFrame = 1;

type FlowBlocks = (blocks: Block[], ctx: FlowContext, box: Box) => FlowUnit[];

/**
 * A boxed note (知识卡片): a padding slot, the title in the heading face, the blocks 1 em in from each side,
 * a padding slot. The box itself is drawn per page around the units that carry its frame id, so a long
 * callout may continue on the next page (how pagination breaks a box: see paginate), where a book sets the
 * title again with （续） as it sets 续表 over a continued table: the frame carries that label.
 */
export function calloutUnits(block: Extract<Block, { kind: 'callout' }>, ctx: FlowContext, box: Box, flowBlocks: FlowBlocks): FlowUnit[] {
  const em = ctx.frame.size;
  const inner: Box = { ...box, left: box.left + em, measure: box.measure - 2 * em };
  const titleLines = (text: string) =>
    setGridLines([{ kind: 'text', text, style: {}, source: block.source }], ctx, inner, {
      size: em,
      font: ctx.fonts.heading,
      bold: ctx.fonts.heading,
      justify: false,
      align: 'left',
      indent: 0,
    });
  const frame: BoxFrame = { id: nextFrame++, left: box.left, width: box.measure, continued: oneUnit(titleLines(`${block.title}（续）`), ctx) };
  const title = titleLines(block.title);
  title.forEach((u) => (u.keepWithNext = true));
  if (title.length > 0) title[title.length - 1].heading = true;
  const body = flowBlocks(block.blocks, ctx, inner);
  // The closing padding is space, dropped when a page break comes before it: the part of the box on the
  // page before then ends in a padding slot of its own (see paginate).
  const close: FlowUnit = { ...spaceUnit(1), padding: true };
  const units = [boxPadding(frame), ...title, ...body, close];
  for (const u of units) u.frame = frame;
  return [spaceUnit(1), ...units, spaceUnit(1)];
}

/** Lines stacked into one unit, glued to what follows (a label never ends a page). */
function oneUnit(lines: FlowUnit[], ctx: FlowContext): FlowUnit {
  let slots = 0;
  const items = lines.flatMap((u) => {
    const moved = shiftItems(u.items, 0, slots * ctx.frame.pitch);
    slots += u.slots;
    return moved;
  });
  return { slots, items, keepWithNext: true };
}
