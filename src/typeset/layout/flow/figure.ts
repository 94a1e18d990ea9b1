import type { Block } from '../../model/index.ts';
import { TypesetError } from '../../errors.ts';
import { shiftItems } from '../items.ts';
import { GRAY, type Box, type FlowContext } from './context.ts';
import { setGridLines } from './text-lines.ts';
import type { FlowUnit } from './units.ts';

/** Pixels per inch at which an image is placed at its natural size (smaller images are not blown up). */
const PLACEMENT_DPI = 150;

/**
 * An image and its caption as one unit (they never part), scaled to the measure and to what fits on a page,
 * taking whole slots.
 */
export function figureUnits(block: Extract<Block, { kind: 'figure' }>, ctx: FlowContext, box: Box): FlowUnit[] {
  const { frame } = ctx;
  const size = ctx.images.get(block.image.path);
  if (!size) throw new TypesetError(`找不到图片文件 ${block.image.path}，请检查图片路径。`, block.source);
  const captionSize = frame.size * 0.9;
  const caption = block.caption.length
    ? setGridLines(block.caption, ctx, box, { size: captionSize, font: ctx.fonts.body, justify: false, align: 'center', indent: 0, color: ctx.grayscale ? ctx.color : GRAY })
    : [];
  const captionSlots = caption.reduce((n, u) => n + u.slots, 0);
  const maxHeight = (frame.lines - captionSlots) * frame.pitch - frame.pitch / 2;
  let width = Math.min(box.measure, (size.width / PLACEMENT_DPI) * 72);
  let height = (width * size.height) / size.width;
  if (height > maxHeight) {
    width *= maxHeight / height;
    height = maxHeight;
  }
  const imageSlots = Math.ceil(height / frame.pitch + 0.25);
  const top = (imageSlots * frame.pitch - height) / 2;
  const items: FlowUnit['items'] = [
    { kind: 'image', x: box.left + (box.measure - width) / 2, y: top, width, height, path: block.image.path, grayscale: ctx.grayscale },
  ];
  let y = imageSlots * frame.pitch;
  for (const u of caption) {
    items.push(...shiftItems(u.items, 0, y));
    y += u.slots * frame.pitch;
  }
  return [{ slots: imageSlots + captionSlots, items, keepWithNext: false }];
}
