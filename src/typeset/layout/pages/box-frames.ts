import type { PageItem } from '../../model/index.ts';
import type { FlowContext } from '../flow/context.ts';
import type { BoxFrame, FlowUnit } from '../flow/units.ts';
import type { BookPage } from './run.ts';

const TINT = { r: 0.95, g: 0.95, b: 0.95 };
const RULE_WIDTH = 0.6;

/** A box's consecutive units on one page, with its frame's edges (from the text block's top). */
interface BoxPart {
  frame: BoxFrame;
  page: number;
  top: number;
  bottom: number;
  opensPage: boolean;
  endsPage: boolean;
  openTop: boolean;
  openBottom: boolean;
}

/** Where a part's frame edge goes: through the middle of a blank padding slot (or of a figure's air). */
function topEdge(unit: FlowUnit, slot: number, pitch: number): number {
  return (slot + (unit.padding ? 0.5 : 0)) * pitch;
}

function bottomEdge(unit: FlowUnit, slot: number, pitch: number, lines: number): number {
  const blank = unit.padding ? 1 : (unit.airAfter ?? 0);
  return Math.min(lines * pitch, (slot + unit.slots - blank / 2) * pitch);
}

function boxParts(pages: BookPage[], ctx: FlowContext): BoxPart[] {
  const { pitch, lines } = ctx.frame;
  const parts: BoxPart[] = [];
  pages.forEach(({ page: { placed } }, page) => {
    let i = 0;
    while (i < placed.length) {
      const frame = placed[i].unit.frame;
      if (!frame) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < placed.length && placed[j + 1].unit.frame?.id === frame.id) j++;
      parts.push({
        frame,
        page,
        top: topEdge(placed[i].unit, placed[i].slot, pitch),
        bottom: bottomEdge(placed[j].unit, placed[j].slot, pitch, lines),
        opensPage: i === 0,
        endsPage: placed.slice(j + 1).every((p) => p.unit.space),
        openTop: false,
        openBottom: false,
      });
      i = j + 1;
    }
  });
  // A box that runs on from the foot of one page to the head of the next is left open at both sides of the
  // break, as a broken box is in a book: the reader sees it go on. A part that other text parts from the
  // rest of its box (a figure floated past the box's end) is closed like a box of its own.
  const lastPart = new Map<number, BoxPart>();
  for (const part of parts) {
    const before = lastPart.get(part.frame.id);
    if (before && before.page === part.page - 1 && before.endsPage && part.opensPage) before.openBottom = part.openTop = true;
    lastPart.set(part.frame.id, part);
  }
  return parts;
}

function partItems(part: BoxPart, ctx: FlowContext): PageItem[] {
  const { left, width } = part.frame;
  const { top, bottom } = part;
  if (!part.openTop && !part.openBottom) {
    return [{ kind: 'rect', x: left, y: top, width, height: bottom - top, fill: TINT, stroke: ctx.color, strokeWidth: RULE_WIDTH }];
  }
  const rule = (x1: number, y1: number, x2: number, y2: number): PageItem => ({ kind: 'rule', x1, y1, x2, y2, width: RULE_WIDTH, color: ctx.color });
  // Closed edges reach over the side rules' half width, so the corners are square.
  const over = RULE_WIDTH / 2;
  const items: PageItem[] = [{ kind: 'rect', x: left, y: top, width, height: bottom - top, fill: TINT }, rule(left, top, left, bottom), rule(left + width, top, left + width, bottom)];
  if (!part.openTop) items.push(rule(left - over, top, left + width + over, top));
  if (!part.openBottom) items.push(rule(left - over, bottom, left + width + over, bottom));
  return items;
}

/** The callout boxes' frames of every page (tint and rules), in text-block coordinates. */
export function boxFramesByPage(pages: BookPage[], ctx: FlowContext): PageItem[][] {
  const byPage: PageItem[][] = pages.map(() => []);
  for (const part of boxParts(pages, ctx)) byPage[part.page].push(...partItems(part, ctx));
  return byPage;
}
