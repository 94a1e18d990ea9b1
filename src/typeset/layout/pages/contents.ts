import type { FlowContext } from '../flow/context.ts';
import type { LaidLine } from '../inline/index.ts';
import { setLines } from '../flow/text-lines.ts';
import type { FlowUnit } from '../flow/units.ts';
import { baselineIn } from '../frame.ts';
import { shiftItems } from '../items.ts';
import { entryLine, leaderDots } from './contents-leader.ts';
import { paginate } from './paginate.ts';
import type { SectionPage } from './section-pages.ts';
import { openerUnits } from './story.ts';

export interface ContentsEntry {
  title: string;
  /** The printed page number (roman or decimal), and the page index the entry links to. */
  label: string;
  page: number;
}

const SOURCE = { file: '(目录)', line: 1 };
const NUMBER_COLUMN_EMS = 3;
/** Room a title's last line leaves before the end of the dots: half an em of gap and at least one dot. */
const MIN_LEADER_EMS = 1.5;

function numberLines(label: string, ctx: FlowContext) {
  const { size } = ctx.frame;
  return setLines([{ kind: 'text', text: label, style: {}, source: SOURCE }], ctx, NUMBER_COLUMN_EMS * size, { size, font: ctx.fonts.body, justify: false, align: 'right', indent: 0 });
}

/**
 * One entry: the title (wrapping short of the page-number column; when that leaves no room for dots, as beside a
 * three-digit number, short of the dots' end by MIN_LEADER_EMS), leader dots, the right-aligned number, a link.
 * Every entry's dots stop at `dotsEnd`, half an em before the widest number, so they stand in columns.
 */
function entryUnits(entry: ContentsEntry, number: LaidLine[], dotsEnd: number, ctx: FlowContext): FlowUnit[] {
  const { size, measure, pitch } = ctx.frame;
  const numberColumn = NUMBER_COLUMN_EMS * size;
  const baseline = baselineIn(0, pitch, size);
  const titleLines = (width: number) => setLines([{ kind: 'text', text: entry.title, style: {}, source: SOURCE }], ctx, width, { size, font: ctx.fonts.body, justify: false, align: 'left', indent: 0 });
  const dotsAfter = (line: LaidLine) => leaderDots(line.right + size / 2, dotsEnd, baseline, ctx);
  let lines = titleLines(measure - numberColumn);
  let dots = dotsAfter(lines[lines.length - 1]);
  if (!dots) {
    lines = titleLines(dotsEnd - MIN_LEADER_EMS * size);
    dots = dotsAfter(lines[lines.length - 1]);
  }
  const units: FlowUnit[] = lines.map((line) => ({ slots: 1, items: shiftItems(line.items, 0, baseline), keepWithNext: true }));
  const last = units[units.length - 1];
  last.items = entryLine(last.items, dots, shiftItems(number[0].items, measure - numberColumn, baseline));
  last.keepWithNext = false;
  units.forEach((u) => u.items.push({ kind: 'link', x: 0, y: 0, width: measure, height: pitch, target: { page: entry.page, y: 0 } }));
  return units;
}

export function contentsPages(title: string, entries: ContentsEntry[], ctx: FlowContext): SectionPage[] {
  const { size, measure } = ctx.frame;
  const numbers = entries.map((e) => numberLines(e.label, ctx));
  const widestNumberLeft = Math.min(measure, ...numbers.map((n) => measure - NUMBER_COLUMN_EMS * size + n[0].left));
  const entryUnitLists = entries.map((e, i) => entryUnits(e, numbers[i], widestNumberLeft - size / 2, ctx));
  // The last entry never stands alone on a page of its own: the one before it goes along.
  if (entryUnitLists.length > 1) entryUnitLists.at(-2)!.at(-1)!.keepWithNext = true;
  const units = [...openerUnits(title, ctx, SOURCE), ...entryUnitLists.flat()];
  return paginate(units, ctx.frame.lines).map((placed, i) => ({ kind: i === 0 ? 'opener' : 'body', placed, items: [], pageItems: [] }));
}
