import type { PageItem } from '../../model/index.ts';
import type { FlowContext } from '../flow/context.ts';
import { setLines } from '../flow/text-lines.ts';
import type { FlowUnit } from '../flow/units.ts';
import { baselineIn } from '../frame.ts';
import { shiftItems } from '../items.ts';
import { paginate } from './paginate.ts';
import type { SectionPage } from './section-pages.ts';
import { openerUnits } from './story.ts';

export interface ContentsEntry {
  title: string;
  /** The printed page number (roman or decimal), and the page index the entry links to. */
  label: string;
  page: number;
}

/** Leader dots from `from` to `to` at the middle of the line (drawn, not text, so extraction reads "title 12"). */
function leaderDots(from: number, to: number, baseline: number, ctx: FlowContext): PageItem[] {
  const step = ctx.frame.size / 2;
  const d = ctx.frame.size * 0.1;
  const dots: PageItem[] = [];
  for (let x = Math.ceil(from / step) * step; x + step <= to + 1e-6; x += step) {
    dots.push({ kind: 'rect', x: x + step / 2 - d / 2, y: baseline - ctx.frame.size * 0.38, width: d, height: d, fill: ctx.color });
  }
  return dots;
}

/** One entry: the title (wrapping short of the page-number column), leader dots, the right-aligned number, a link. */
function entryUnits(entry: ContentsEntry, ctx: FlowContext): FlowUnit[] {
  const { size, measure, pitch } = ctx.frame;
  const numberColumn = 3 * size;
  const source = { file: '(目录)', line: 1 };
  const lines = setLines([{ kind: 'text', text: entry.title, style: {}, source }], ctx, measure - numberColumn, { size, font: ctx.fonts.body, justify: false, align: 'left', indent: 0 });
  const number = setLines([{ kind: 'text', text: entry.label, style: {}, source }], ctx, numberColumn, { size, font: ctx.fonts.body, justify: false, align: 'right', indent: 0 });
  const baseline = baselineIn(0, pitch, size);
  const units: FlowUnit[] = lines.map((line) => ({ slots: 1, items: shiftItems(line.items, 0, baseline), keepWithNext: true }));
  const last = units[units.length - 1];
  const lastLine = lines[lines.length - 1];
  const numberLeft = measure - numberColumn + number[0].left;
  last.items.push(...shiftItems(number[0].items, measure - numberColumn, baseline));
  last.items.push(...leaderDots(lastLine.right + size / 2, numberLeft - size / 2, baseline, ctx));
  last.keepWithNext = false;
  units.forEach((u) => u.items.push({ kind: 'link', x: 0, y: 0, width: measure, height: pitch, target: { page: entry.page, y: 0 } }));
  return units;
}

export function contentsPages(title: string, entries: ContentsEntry[], ctx: FlowContext): SectionPage[] {
  const units = [...openerUnits(title, ctx, { file: '(目录)', line: 1 }), ...entries.flatMap((e) => entryUnits(e, ctx))];
  return paginate(units, ctx.frame.lines).map((placed, i) => ({ kind: i === 0 ? 'opener' : 'body', placed, items: [], pageItems: [] }));
}
