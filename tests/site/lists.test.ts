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
