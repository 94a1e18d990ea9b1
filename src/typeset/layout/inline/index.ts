import type { Inline, Measurer, PageItem } from '../../model/index.ts';
import type { Atom } from './atoms.ts';
import { collect, type CollectOptions } from './collect.ts';
import { justifyLine, type SetLine } from './justify.ts';
import { breakLines } from './linebreak.ts';
import { LineMetrics } from './line-metrics.ts';

export type { InlineFonts, CollectOptions } from './collect.ts';

export interface ParagraphOptions extends CollectOptions {
  /** Line length in pt (a whole number of ems for body text). */
  measure: number;
  /** First-line indent in pt (2 em for body paragraphs). */
  indent: number;
  /** Full justification (every line but the last ends on the measure); otherwise lines are set solid. */
  justify: boolean;
  /** Where unjustified lines sit. */
  align: 'left' | 'center' | 'right';
}

/** A set line as page items with the baseline at y = 0 and x from the measure's left edge. */
export interface LaidLine {
  items: PageItem[];
  /** Left and right edge of the ink box along the line. */
  left: number;
  right: number;
  /** The line's text, as its glyphs spell it (only checks and tests read it). */
  readonly text: string;
}

/** A LaidLine whose text is read off its glyphs when asked for: a book sets some 10,000 lines nobody reads back. */
class SetParagraphLine implements LaidLine {
  items: PageItem[];
  left: number;
  right: number;

  constructor(items: PageItem[], left: number, right: number) {
    this.items = items;
    this.left = left;
    this.right = right;
  }

  get text(): string {
    let text = '';
    for (const item of this.items) if (item.kind === 'glyphs') for (const g of item.glyphs) text += g.text;
    return text;
  }
}

/**
 * Inline content → lines: collect → linebreak → justify → items. Items are placed with the line's left edge at
 * x = `dx` and its baseline at y = `dy`.
 */
export function setParagraph(inlines: Inline[], opts: ParagraphOptions, measurer: Measurer, dx = 0, dy = 0): LaidLine[] {
  const atoms = collect(inlines, opts, measurer);
  if (atoms.length === 0) return [];
  const metrics = new LineMetrics(atoms);
  const widthOf = (i: number) => opts.measure - (i === 0 ? opts.indent : 0);
  const ranges = breakLines(metrics, widthOf, opts.justify);
  return ranges.map((range, i) => {
    const target = widthOf(i);
    const set = justifyLine(metrics, range, target, opts.justify);
    let left = i === 0 ? opts.indent : 0;
    if (!opts.justify || range.last) {
      if (opts.align === 'center') left += (target - set.width) / 2;
      else if (opts.align === 'right') left += target - set.width;
    }
    return new SetParagraphLine(toItems(set, left + dx, dy), left, left + set.width);
  });
}

function sameRun(a: Atom, b: Atom): boolean {
  if (a.font !== b.font) return false;
  // Atoms of one inline share one style object.
  if (a.style === b.style && a.size === b.size) return true;
  return a.size === b.size && a.style.color === b.style.color && (a.style.rise ?? 0) === (b.style.rise ?? 0);
}

/** Glyph runs (one per font, size and colour), 着重号 dots and link areas for one set line. */
function toItems(set: SetLine, left: number, baseline: number): PageItem[] {
  const items: PageItem[] = [];
  const { atoms, x } = set;
  let run: Extract<PageItem, { kind: 'glyphs' }> | undefined;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    if (!run || !sameRun(atoms[k - 1], a)) {
      run = { kind: 'glyphs', font: a.font, size: a.size, color: a.style.color, y: baseline - (a.style.rise ?? 0), glyphs: [] };
      items.push(run);
    }
    run.glyphs.push({ text: a.text, x: left + x[k] });
    if (a.style.dots && a.kind === 'han') {
      const d = a.size * 0.12;
      items.push({ kind: 'rect', x: left + x[k] + a.width / 2 - d / 2, y: baseline + a.size * 0.2, width: d, height: d, fill: a.style.color });
    }
  }
  for (let k = 0; k < atoms.length; k++) {
    const url = atoms[k].style.link;
    if (!url || (k > 0 && atoms[k - 1].style.link === url)) continue;
    let j = k;
    while (j + 1 < atoms.length && atoms[j + 1].style.link === url) j++;
    const size = atoms[k].size;
    const x0 = left + x[k];
    const x1 = left + x[j] + atoms[j].width;
    items.push({ kind: 'link', x: x0, y: baseline - size * 0.9, width: x1 - x0, height: size * 1.2, target: { url } });
  }
  return items;
}
