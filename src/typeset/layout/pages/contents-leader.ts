import type { Color, PageItem, PlacedGlyph } from '../../model/index.ts';
import type { FlowContext } from '../flow/context.ts';

type GlyphsItem = Extract<PageItem, { kind: 'glyphs' }>;

const LEADER_DOT = '·';
/** What extraction and screen readers get for a row of leader dots, however long: "标题……12". */
const LEADER_TEXT = '……';

/**
 * Leader dots from `from` to `to`, one every half em on a grid from the text block's left edge (so the dots of
 * every entry stand in columns), as middle-dot glyphs on the entry's baseline that extraction reads as "……".
 * Dots drawn as shapes left a gap between title and number that pdftotext's default mode and MuPDF took for a
 * column break (all titles, then all numbers).
 */
export function leaderDots(from: number, to: number, baseline: number, ctx: FlowContext): GlyphsItem | undefined {
  const { size } = ctx.frame;
  const step = size / 2;
  const font = ctx.measurer.resolve(LEADER_DOT, ctx.fonts.body);
  if (font === undefined) {
    throw new Error(`目录：字体配置里没有一种字体有中间点“${LEADER_DOT}”（U+00B7），画不出目录的引导点。改法：在字体配置（FontConfig 的 fallback）里加一种有这个字符的字体。`);
  }
  const half = ctx.measurer.advance(LEADER_DOT, font, size) / 2;
  const glyphs: PlacedGlyph[] = [];
  for (let x = Math.ceil(from / step) * step; x + step <= to + 1e-6; x += step) glyphs.push({ text: LEADER_DOT, x: x + step / 2 - half });
  if (glyphs.length === 0) return undefined;
  return { kind: 'glyphs', font, size, color: ctx.color, y: baseline, glyphs, actualText: { start: 0, end: glyphs.length - 1, text: LEADER_TEXT } };
}

const sameColor = (a: Color, b: Color) => a.r === b.r && a.g === b.g && a.b === b.b;

function joinable(a: PageItem | undefined, b: GlyphsItem): a is GlyphsItem {
  return a?.kind === 'glyphs' && a.font === b.font && a.size === b.size && a.y === b.y && sameColor(a.color, b.color) && !(a.actualText && b.actualText);
}

/**
 * The last line of a contents entry: the title's runs, the leader dots and the page number, with runs that share
 * a face joined into one. In one run the writer draws each gap (title to dots, dots to number) as part of the
 * glyph before it, so no text reader sees a gap and the entry reads "标题……12" on one line. Without dots the
 * title and the number stay apart (joined, they would read as one word).
 */
export function entryLine(title: PageItem[], leader: GlyphsItem | undefined, number: PageItem[]): PageItem[] {
  if (!leader) return [...title, ...number];
  const line: PageItem[] = [];
  for (const item of [...title, leader, ...number]) {
    const last = line.at(-1);
    if (item.kind !== 'glyphs' || !joinable(last, item)) {
      line.push(item);
      continue;
    }
    const offset = last.glyphs.length;
    const actualText = last.actualText ?? (item.actualText && { ...item.actualText, start: item.actualText.start + offset, end: item.actualText.end + offset });
    line[line.length - 1] = { ...last, glyphs: [...last.glyphs, ...item.glyphs], ...(actualText && { actualText }) };
  }
  return line;
}
