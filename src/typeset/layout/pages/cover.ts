import type { PageItem, Section } from '../../model/index.ts';
import type { FlowContext } from '../flow/context.ts';
import { setLines } from '../flow/text-lines.ts';
import { graphemes } from '../../text/clusters.ts';
import { baselineIn } from '../frame.ts';
import { shiftItems } from '../items.ts';
import type { SectionPage } from './section-pages.ts';

type Cover = Extract<Section, { kind: 'cover' }>;

/** The title's size (× body): 2.4, or smaller down to 1.8 if that keeps it on one line. */
function titleScale(title: string, measure: number, ctx: FlowContext): number {
  const width = graphemes(title).reduce((w, c) => w + ctx.measurer.advance(c, ctx.measurer.resolve(c, ctx.fonts.heading) ?? ctx.fonts.heading, ctx.frame.size), 0);
  return Math.max(1.8, Math.min(2.4, measure / width));
}

const MM = 72 / 25.4;
/** The frame's outer rule: 12 mm in from the trim, where office printers (4–6 mm unprintable) and trimming leave it whole. */
const FRAME_INSET = 12 * MM;

/** A heavy outer rule and a light inner one, 1.5 mm apart. */
function coverFrame(cover: Cover, w: number, h: number): PageItem[] {
  if (!cover.frame) return [];
  const box = (inset: number, strokeWidth: number): PageItem => ({
    kind: 'rect',
    x: inset,
    y: inset,
    width: w - 2 * inset,
    height: h - 2 * inset,
    stroke: cover.frame,
    strokeWidth,
  });
  return [box(FRAME_INSET, 2.5), box(FRAME_INSET + 1.5 * MM, 0.75)];
}

/** A cover: a full-bleed background (or paper white in a frame), the title block at a third of the height, a picture, lines at the foot. */
export function coverPage(cover: Cover, ctx: FlowContext): SectionPage {
  const { pageWidth: w, pageHeight: h, size } = ctx.frame;
  const margin = w * 0.12;
  const measure = Math.floor((w - 2 * margin) / size) * size;
  const left = (w - measure) / 2;
  const source = { file: '(封面)', line: 1 };
  const items: PageItem[] = [{ kind: 'rect', x: 0, y: 0, width: w, height: h, fill: cover.background }, ...coverFrame(cover, w, h)];
  const color = cover.foreground;
  let y = h * 0.2;
  const block = (value: string, scale: number, font: string) => {
    const s = size * scale;
    for (const line of setLines([{ kind: 'text', text: value, style: {}, source }], ctx, measure, { size: s, font, bold: font, justify: false, align: 'center', indent: 0, color })) {
      items.push(...shiftItems(line.items, left, baselineIn(y, s * 1.4, s)));
      y += s * 1.4;
    }
  };
  block(cover.title, titleScale(cover.title, measure, ctx), ctx.fonts.heading);
  if (cover.subtitle) {
    y += size;
    block(cover.subtitle, 1.3, ctx.fonts.body);
  }
  if (cover.image) {
    const size0 = ctx.images.get(cover.image);
    if (size0) {
      const top = y + size * 2;
      const maxW = w * 0.6;
      const maxH = h * 0.8 - top - size * 4;
      let iw = maxW;
      let ih = (iw * size0.height) / size0.width;
      if (ih > maxH) {
        iw *= maxH / ih;
        ih = maxH;
      }
      items.push({ kind: 'image', x: (w - iw) / 2, y: top, width: iw, height: ih, path: cover.image, grayscale: ctx.grayscale });
    }
  }
  y = h * 0.86 - cover.lines.length * size * 1.6;
  for (const line of cover.lines) block(line, 1.1, ctx.fonts.body);
  return { kind: 'cover', placed: [], items: [], pageItems: items };
}
