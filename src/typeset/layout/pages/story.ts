import type { Block, Inline, Story } from '../../model/index.ts';
import { flowBlocks } from '../flow/blocks.ts';
import type { Box, FlowContext } from '../flow/context.ts';
import { setGridLines } from '../flow/text-lines.ts';
import { bylineInlines } from './byline.ts';
import { keepHeadingsWithBody, spaceUnit, type FlowUnit } from '../flow/units.ts';
import { paginate } from './paginate.ts';
import type { SectionPage } from './section-pages.ts';

export function bodyBox(ctx: FlowContext): Box {
  return { left: 0, measure: ctx.frame.measure, font: ctx.fonts.body, indent: 2 * ctx.frame.size };
}

/** Space that stays at the top of an opener page (unlike space between blocks). */
function fixedSpace(slots: number): FlowUnit {
  return { ...spaceUnit(slots), space: false, keepWithNext: true };
}

function text(value: string, block: { source: Block['source'] }): Inline[] {
  return [{ kind: 'text', text: value, style: {}, source: block.source }];
}

/** Empty lines above an opener's title (its sink) and below the title block. */
export interface OpenerSpace {
  above: number;
  below: number;
}

const OPENER_SPACE: OpenerSpace = { above: 3, below: 2 };

/** The opener: space, the title in the heading face (an outline anchor), subtitle and byline, space. */
export function openerUnits(title: string, ctx: FlowContext, source: Block['source'], subtitle?: string, byline?: string | string[], space = OPENER_SPACE): FlowUnit[] {
  const { size } = ctx.frame;
  const box = bodyBox(ctx);
  const titleSize = size * 1.6;
  const centred = { justify: false, align: 'center', indent: 0 } as const;
  const units: FlowUnit[] = space.above > 0 ? [fixedSpace(space.above)] : [];
  const titleUnits = setGridLines(text(title, { source }), ctx, box, { size: titleSize, font: ctx.fonts.heading, bold: ctx.fonts.heading, ...centred });
  if (titleUnits.length > 0) titleUnits[0].anchor = { title, depth: 0 };
  units.push(...titleUnits);
  if (subtitle) units.push(...setGridLines(text(subtitle, { source }), ctx, box, { size: size * 1.15, font: ctx.fonts.body, ...centred }));
  if (byline) {
    units.push(fixedSpace(1));
    const style = { size: ctx.frame.small, font: ctx.fonts.quote, color: ctx.color, ...centred };
    units.push(...setGridLines(bylineInlines(byline, style, box.measure, ctx, source), ctx, box, style));
  }
  units.push(fixedSpace(space.below));
  for (const u of units) u.keepWithNext = true;
  units[units.length - 1].heading = true;
  return units;
}

/** Footnotes are numbered in the order of their definitions. */
function footnoteNumbers(blocks: Block[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'footnotes') b.notes.forEach((n) => numbers.set(n.id, numbers.size + 1));
  return numbers;
}

/** Tighter openers, in the order tried, for front matter that would otherwise run a few lines onto a second page. */
const TIGHTER_OPENERS: OpenerSpace[] = [
  { above: 2, below: 2 },
  { above: 1, below: 2 },
  { above: 1, below: 1 },
];

/**
 * A story's pages. `fitOnePage` (front matter, e.g. a foreword): when the story runs a few lines over its opener
 * page, the space above and below the title is reduced, as far as TIGHTER_OPENERS go, so that it ends on that page
 * rather than leaving its signature alone on the next. Stories in the body keep one opener for all.
 */
export function storyPages(story: Story, ctx: FlowContext, fitOnePage = false): SectionPage[] {
  const storyCtx: FlowContext = { ...ctx, footnoteNumbers: footnoteNumbers(story.blocks) };
  const source = { file: story.source, line: 1 };
  const body = flowBlocks(story.blocks, storyCtx, bodyBox(ctx));
  // keepHeadingsWithBody only ever sets glue, the same each time: the body's units can be shared by every try.
  const paginateWith = (space: OpenerSpace) => {
    const units = [...openerUnits(story.title, storyCtx, source, story.subtitle, story.byline, space), ...body];
    keepHeadingsWithBody(units);
    return paginate(units, ctx.frame.lines);
  };
  let pages = paginateWith(OPENER_SPACE);
  if (fitOnePage && pages.length === 2) pages = TIGHTER_OPENERS.map(paginateWith).find((p) => p.length === 1) ?? pages;
  return pages.map((placed, i) => ({ kind: i === 0 ? 'opener' : 'body', placed, items: [], pageItems: [] }));
}

/** Free pages: blocks set in the text block, the whole aligned top, centre or bottom when it fits on a page. */
export function freePages(blocks: Block[], align: 'top' | 'center' | 'bottom', ctx: FlowContext): SectionPage[] {
  const units = flowBlocks(blocks, ctx, bodyBox(ctx));
  keepHeadingsWithBody(units);
  const pages = paginate(units, ctx.frame.lines);
  if (pages.length === 0) pages.push([]);
  if (pages.length === 1 && align !== 'top') {
    const used = pages[0].reduce((n, p) => n + p.unit.slots, 0);
    const free = ctx.frame.lines - used;
    const shift = align === 'center' ? Math.floor(free / 2) : free;
    for (const p of pages[0]) p.slot += shift;
  }
  return pages.map((placed) => ({ kind: 'plain', placed, items: [], pageItems: [] }));
}
