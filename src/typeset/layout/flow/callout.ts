import type { Block } from '../../model/index.ts';
import type { Box, FlowContext } from './context.ts';
import { setGridLines } from './text-lines.ts';
import { boxPadding, spaceUnit, type FlowUnit } from './units.ts';

let nextFrame = 1;

type FlowBlocks = (blocks: Block[], ctx: FlowContext, box: Box) => FlowUnit[];

/**
 * A boxed note (知识卡片): a padding slot, the title in the heading face, the blocks 1 em in from each side,
 * a padding slot. The box itself is drawn per page around the units that carry its frame id, so a long
 * callout may continue on the next page (how pagination breaks a box: see paginate).
 */
export function calloutUnits(block: Extract<Block, { kind: 'callout' }>, ctx: FlowContext, box: Box, flowBlocks: FlowBlocks): FlowUnit[] {
  const em = ctx.frame.size;
  const frame = { id: nextFrame++, left: box.left, width: box.measure };
  const inner: Box = { ...box, left: box.left + em, measure: box.measure - 2 * em };
  const title = setGridLines([{ kind: 'text', text: block.title, style: {}, source: block.source }], ctx, inner, {
    size: em,
    font: ctx.fonts.heading,
    bold: ctx.fonts.heading,
    justify: false,
    align: 'left',
    indent: 0,
  });
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
