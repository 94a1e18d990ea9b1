import type { Block, Inline, PageItem } from '../../model/index.ts';
import { baselineIn } from '../frame.ts';
import { calloutUnits } from './callout.ts';
import type { Box, FlowContext } from './context.ts';
import { figureUnits } from './figure.ts';
import { tableUnits } from './table.ts';
import { paragraphUnits, setGridLines } from './text-lines.ts';
import { spaceUnit, type FlowUnit } from './units.ts';

/** Heading sizes (× body), space before (slots) and alignment. */
const HEADINGS = {
  1: { scale: 1.35, before: 1, align: 'center' },
  2: { scale: 1.15, before: 1, align: 'left' },
  3: { scale: 1, before: 1, align: 'left' },
  4: { scale: 1, before: 0, align: 'left' },
} as const;

export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('');
}

/** Blocks → flow units, in reading order. */
export function flowBlocks(blocks: Block[], ctx: FlowContext, box: Box): FlowUnit[] {
  const units: FlowUnit[] = [];
  for (const block of blocks) for (const unit of flowBlock(block, ctx, box)) pushCollapsingSpace(units, unit);
  return units;
}

/**
 * The space after one block and the space before the next are one space, the larger of the two (a heading
 * after a box is one empty line below it, not two).
 */
function pushCollapsingSpace(units: FlowUnit[], unit: FlowUnit): void {
  const last = units.at(-1);
  if (last && isPlainSpace(last) && isPlainSpace(unit)) last.slots = Math.max(last.slots, unit.slots);
  else units.push(unit);
}

function isPlainSpace(unit: FlowUnit): boolean {
  return !!unit.space && !unit.padding && !unit.frame && unit.items.length === 0;
}

function flowBlock(block: Block, ctx: FlowContext, box: Box): FlowUnit[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraphUnits(block.inlines, ctx, box, block.align);
    case 'heading':
      return headingUnits(block.inlines, block.depth, ctx, box);
    case 'list':
      return listUnits(block, ctx, box);
    case 'blockquote': {
      const inner = 2 * ctx.frame.size;
      return flowBlocks(block.blocks, ctx, { ...box, left: box.left + inner, measure: box.measure - inner, font: ctx.fonts.quote });
    }
    case 'thematicBreak':
      return [ruleUnit(ctx, box, 4 * ctx.frame.size)];
    case 'figure':
      return figureUnits(block, ctx, box);
    case 'callout':
      return calloutUnits(block, ctx, box, flowBlocks);
    case 'table':
      return tableUnits(block, ctx, box);
    case 'footnotes':
      return footnoteUnits(block, ctx, box);
  }
}

export function headingUnits(inlines: Inline[], depth: 1 | 2 | 3 | 4, ctx: FlowContext, box: Box): FlowUnit[] {
  const spec = HEADINGS[depth];
  const size = ctx.frame.size * spec.scale;
  const units = setGridLines(inlines, ctx, box, { size, font: ctx.fonts.heading, bold: ctx.fonts.heading, justify: false, align: spec.align, indent: 0 });
  if (units.length === 0) return [];
  for (const u of units) u.keepWithNext = true;
  units[0].anchor = { title: plainText(inlines), depth };
  units[units.length - 1].heading = true;
  return spec.before > 0 ? [spaceUnit(spec.before), ...units] : units;
}

/** A short centred rule in the middle of one slot. */
function ruleUnit(ctx: FlowContext, box: Box, width: number): FlowUnit {
  const y = ctx.frame.pitch / 2;
  const x = box.left + (box.measure - width) / 2;
  return { slots: 1, items: [{ kind: 'rule', x1: x, y1: y, x2: x + width, y2: y, width: 0.6, color: ctx.color }], keepWithNext: false };
}

function listUnits(block: Extract<Block, { kind: 'list' }>, ctx: FlowContext, box: Box): FlowUnit[] {
  const em = ctx.frame.size;
  const hang = 2 * em;
  const inner: Box = { ...box, left: box.left + hang, measure: box.measure - hang, indent: 0 };
  const units: FlowUnit[] = [];
  block.items.forEach((item, i) => {
    const itemUnits = flowBlocks(item, ctx, inner);
    if (itemUnits.length === 0) return;
    const marker = block.ordered ? `${block.start + i}.` : '•';
    const font = ctx.measurer.resolve(marker, box.font) ?? box.font;
    const width = [...marker].reduce((w, c) => w + ctx.measurer.advance(c, font, em), 0);
    const first = itemUnits.find((u) => !u.space)!;
    const baseline = baselineIn(0, first.slots * ctx.frame.pitch, em);
    let x = box.left + hang - width - em / 4;
    const glyphs = [...marker].map((c) => {
      const g = { text: c, x };
      x += ctx.measurer.advance(c, font, em);
      return g;
    });
    const markerItem: PageItem = { kind: 'glyphs', font, size: em, color: ctx.color, y: baseline, glyphs };
    first.items.unshift(markerItem);
    units.push(...itemUnits);
  });
  return units;
}

function footnoteUnits(block: Extract<Block, { kind: 'footnotes' }>, ctx: FlowContext, box: Box): FlowUnit[] {
  const em = ctx.frame.size;
  const units: FlowUnit[] = [spaceUnit(1), { ...ruleUnit(ctx, { ...box, measure: 6 * em }, 6 * em), keepWithNext: true }];
  for (const note of block.notes) {
    const n = ctx.footnoteNumbers.get(note.id) ?? 0;
    const noteBox: Box = { ...box, indent: 0 };
    note.blocks.forEach((b, k) => {
      if (k === 0 && b.kind === 'paragraph') {
        const marker: Inline = { kind: 'text', text: `[${n}] `, style: {}, source: b.source };
        units.push(...paragraphUnits([marker, ...b.inlines], ctx, noteBox));
      } else units.push(...flowBlock(b, ctx, noteBox));
    });
  }
  return units;
}
