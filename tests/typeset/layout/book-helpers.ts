import type { BookInput, LaidOutPage, Section } from '../../../src/typeset/model/index.ts';
import { parseStory } from '../../../src/typeset/parse/index.ts';

const mm = 72 / 25.4;

export const A5: BookInput['page'] = {
  width: 148 * mm,
  height: 210 * mm,
  margins: { top: 20 * mm, bottom: 20 * mm, inner: 18 * mm, outer: 15 * mm },
  bodySize: 12,
  linePitch: 1.75,
  grayscale: false,
};

export function storySection(id: string, title: string, markdown: string, inContents = true): Section {
  const file = `/book/${id}.mdx`;
  return { kind: 'story', story: { id, title, blocks: parseStory(markdown, file).blocks, source: file }, startOn: 'right', inContents };
}

export function book(sections: Section[]): BookInput {
  return {
    meta: { title: '讲好身边的禁毒故事', author: '县禁毒协会', publisher: '县禁毒协会', subject: '示例', keywords: ['禁毒'], date: new Date('2026-01-01T00:00:00Z'), language: 'zh-CN' },
    page: A5,
    fonts: { faces: {}, roles: { body: 'serif', heading: 'sans' }, fallback: [] },
    sections,
  };
}

/** Lines of text on a page, top to bottom (glyph runs grouped by baseline). */
export function pageLines(page: LaidOutPage): Array<{ y: number; text: string; size: number }> {
  const byY = new Map<number, { y: number; text: string; size: number; xs: Array<[number, string]> }>();
  for (const item of page.items) {
    if (item.kind !== 'glyphs') continue;
    const y = Math.round(item.y * 10) / 10;
    const line = byY.get(y) ?? { y, text: '', size: item.size, xs: [] };
    for (const g of item.glyphs) line.xs.push([g.x, g.text]);
    byY.set(y, line);
  }
  return [...byY.values()]
    .sort((a, b) => a.y - b.y)
    .map((l) => ({ y: l.y, size: l.size, text: l.xs.sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('') }));
}

/** A long paragraph of invented sample text. */
export function sampleParagraph(sentences: number, seed = 0): string {
  const parts = ['村口的宣传栏前，某村村医说：“珍爱生命，远离毒品。”', '县禁毒协会志愿者在2019年走访了30户人家。', '某中学教师带着学生读了《禁毒知识读本》……', '大家都说，这样的活动要常办！'];
  return Array.from({ length: sentences }, (_, i) => parts[(i + seed) % parts.length]).join('');
}
