import fc from 'fast-check';
import { expect, test } from 'vitest';
import { paginate, pagePath } from '../../src/lib/paginate.ts';
import { relatedTo } from '../../src/lib/related.ts';

test('paginate: 20 a page, the last page holds the rest, an empty list still has page 1', () => {
  const pages = paginate(Array.from({ length: 45 }, (_, i) => i), 20);
  expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
  expect(pages.map((p) => [p.current, p.last, p.total])).toEqual([[1, 3, 45], [2, 3, 45], [3, 3, 45]]);
  expect(paginate([], 20)).toEqual([{ items: [], current: 1, last: 1, total: 0 }]);
  expect([pagePath('/news/', 1), pagePath('/news/', 2)]).toEqual(['/news/', '/news/page/2/']);
});

test('related: shared tags weigh more than the same category; ties go to the newer; unrelated never shown', () => {
  const at = (d: string) => new Date(`${d}T00:00:00Z`);
  const me = { id: 'me', date: at('2025-06-01'), category: '宣传教育', tags: ['禁毒宣传', '乡村'] };
  const all = [
    me,
    { id: 'same-category-old', date: at('2025-01-01'), category: '宣传教育', tags: [] },
    { id: 'same-category-new', date: at('2025-05-01'), category: '宣传教育', tags: [] },
    { id: 'one-tag', date: at('2025-02-01'), category: '协会动态', tags: ['乡村'] },
    { id: 'two-tags', date: at('2024-02-01'), category: '协会动态', tags: ['乡村', '禁毒宣传'] },
    { id: 'nothing', date: at('2025-05-30'), category: '队伍建设', tags: ['培训'] },
  ];
  expect(relatedTo(me, all).map((a) => a.id)).toEqual(['two-tags', 'one-tag', 'same-category-new', 'same-category-old']);
  expect(relatedTo(me, all, 2).map((a) => a.id)).toEqual(['two-tags', 'one-tag']);
});

test('related: the same articles, in the same order, as scoring and sorting every other article', () => {
  // The rule written the plain way: score all, drop the unrelated, sort, take the first few.
  type Article = { id: string; date: Date; category: string; tags: string[] };
  const byScoring = (me: Article, all: Article[], limit: number) =>
    all
      .filter((o) => o.id !== me.id)
      .map((o) => ({ o, score: o.tags.filter((t) => me.tags.includes(t)).length * 2 + (o.category === me.category ? 1 : 0) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || b.o.date.getTime() - a.o.date.getTime() || a.o.id.localeCompare(b.o.id))
      .slice(0, limit)
      .map((x) => x.o.id);
  const article = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    date: fc.integer({ min: 0, max: 6 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d))),
    category: fc.constantFrom('协会动态', '宣传教育', '队伍建设'),
    tags: fc.uniqueArray(fc.constantFrom('乡村', '校园', '禁毒宣传', '培训'), { maxLength: 3 }),
  });
  fc.assert(
    fc.property(fc.uniqueArray(article, { selector: (a) => a.id, minLength: 1, maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 8 }), (all, pick, limit) => {
      const me = all[pick % all.length];
      expect(relatedTo(me, all, limit).map((a) => a.id)).toEqual(byScoring(me, all, limit));
    }),
    { numRuns: 300 },
  );
});
