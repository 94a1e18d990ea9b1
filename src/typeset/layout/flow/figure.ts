import type { Block } from '../../model/index.ts';
import { TypesetError } from '../../errors.ts';
import { shiftItems } from '../items.ts';
import { captionLines } from './caption.ts';
import type { Box, FlowContext } from './context.ts';
import type { FlowUnit } from './units.ts';

/** Pixels per inch at which an image is placed at its natural size (smaller images are not blown up). */
const PLACEMENT_DPI = 150;
/** A figure is scaled into the rest of a page down to this share of its natural placed size, no further. */
export const MIN_FIGURE_SCALE = 0.7;
/** …and never so far that its shorter side drops under 20 mm (a QR code a phone still reads, a photo still seen). */
export const MIN_FIGURE_SIDE = (20 * 72) / 25.4;

/** Air kept around a picture, in slots (half above, half below). */
const AIR = 0.75;

/** Slots an image of `height` takes with its air. */
function imageSlotsFor(height: number, pitch: number): number {
  return Math.ceil(height / pitch + AIR - 1e-9);
}

/**
 * An image and its caption as one unit (they never part), scaled to the measure and to the page's text
 * block, taking whole slots so body baselines stay on the grid after it. The unit can also be set smaller
 * (pagination scales it into the rest of a page when it would fit at no less than MIN_FIGURE_SCALE) or be
 * floated to the top of the next page while the text after it fills the gap.
 */
export function figureUnits(block: Extract<Block, { kind: 'figure' }>, ctx: FlowContext, box: Box): FlowUnit[] {
  const { frame } = ctx;
  const size = ctx.images.get(block.image.path);
  if (!size) throw new TypesetError(`找不到图片文件 ${block.image.path}，请检查图片路径。`, block.source);
  const caption = block.caption.length ? captionLines(block.caption, ctx, box) : [];
  const captionSlots = caption.reduce((n, u) => n + u.slots, 0);
  // A caption longer than the page still leaves the picture two slots.
  const pageHeight = (Math.max(2, frame.lines - captionSlots) - AIR) * frame.pitch;
  const aspect = size.height / size.width;
  let width = Math.min(box.measure, (size.width / PLACEMENT_DPI) * 72);
  if (width * aspect > pageHeight) width = pageHeight / aspect;

  const placedAt = (w: number): Pick<FlowUnit, 'slots' | 'items' | 'airAfter'> => {
    const h = w * aspect;
    const imageSlots = imageSlotsFor(h, frame.pitch);
    const items: FlowUnit['items'] = [
      { kind: 'image', x: box.left + (box.measure - w) / 2, y: (imageSlots * frame.pitch - h) / 2, width: w, height: h, path: block.image.path, grayscale: ctx.grayscale },
    ];
    let y = imageSlots * frame.pitch;
    for (const u of caption) {
      items.push(...shiftItems(u.items, 0, y));
      y += u.slots * frame.pitch;
    }
    // A blank slot parts the caption from the text after it (it may hang below the page's last line).
    return { slots: imageSlots + captionSlots + 1, items, airAfter: 1 };
  };

  const minWidth = Math.max(width * MIN_FIGURE_SCALE, Math.min(width, MIN_FIGURE_SIDE / Math.min(1, aspect)));
  return [
    {
      ...placedAt(width),
      keepWithNext: false,
      figure: {
        minSlots: imageSlotsFor(minWidth * aspect, frame.pitch) + captionSlots,
        fit(slots) {
          // The largest width whose picture and its air fill what the caption leaves.
          const room = (slots - captionSlots - AIR) * frame.pitch;
          return placedAt(Math.max(minWidth, Math.min(width, room / aspect)));
        },
      },
    },
  ];
}
