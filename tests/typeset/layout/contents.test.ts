import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../../../src/typeset/layout/flow/context.ts';
import { frameOf } from '../../../src/typeset/layout/frame.ts';
import { contentsPages } from '../../../src/typeset/layout/pages/contents.ts';
import type { PageItem } from '../../../src/typeset/model/index.ts';
import { fixedMeasurer } from '../fixed-measurer.ts';
import { A5 } from './book-helpers.ts';

type GlyphsItem = Extract<PageItem, { kind: 'glyphs' }>;

const ctx: FlowContext = {
  measurer: fixedMeasurer(),
  frame: frameOf(A5),
  fonts: { body: 'serif', bold: 'serif-bold', heading: 'sans-bold', quote: 'serif', code: 'sans', hasKai: false },
  images: new Map(),
  color: { r: 0, g: 0, b: 0 },
  grayscale: false,
  footnoteNumbers: new Map(),
};
const HAN = '长标题示例甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄';

/** Each entry's runs that carry leader dots, as text, in page order. */
function entryRuns(labels: string[], titleLength: number): string[] {
  const entries = labels.map((label, page) => ({ title: HAN.slice(0, titleLength), label, page }));
  const [page] = contentsPages('目录', entries, ctx);
  return page.placed.flatMap((p) => p.unit.items).filter((i): i is GlyphsItem => i.kind === 'glyphs' && i.actualText !== undefined).map((run) => run.glyphs.map((g) => g.text).join(''));
}

describe('contents entries with titles as wide as their column', () => {
  const fullLine = ctx.frame.measure / ctx.frame.size - 3; // a title as wide as the title column
  it('keeps a title as wide as its column on one line when dots fit beside a short number', () => {
    const title = HAN.slice(0, fullLine);
    expect(entryRuns(['1', '12'], fullLine)).toEqual([expect.stringMatching(new RegExp(`^${title}·+1$`)), expect.stringMatching(new RegExp(`^${title}·+12$`))]);
  });

  // In this measurer a digit is ½ em: four digits leave the dots no room after a full title line, as three of
  // the book face's digits do.
  it('wraps such a title beside a number too wide for dots after it, so its last line still has dots', () => {
    const labels = ['9', '1024'];
    const runs = entryRuns(labels, fullLine);
    expect(runs).toHaveLength(2);
    runs.forEach((run, i) => expect(run).toMatch(new RegExp(`^\\p{Script=Han}+·+${labels[i]}$`, 'u')));
  });
});
