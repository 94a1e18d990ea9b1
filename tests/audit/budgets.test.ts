import { describe, expect, test } from 'vitest';
import { auditTable } from '../../scripts/audit/report.ts';
import { missedBudgets, type AuditRow } from '../../scripts/audit/budgets.ts';
import type { PageWeight } from '../../scripts/audit/page-weight.ts';

const light: PageWeight = { htmlGzip: 6000, cssGzip: 4000, jsGzip: 700, otherBytes: 20000, requests: 6, scripts: ['/_astro/elder-mode.B1siNEOz.js'] };
const perfect = { scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] };
const rows = (article: Partial<PageWeight> = {}, articleScores = perfect.scores): AuditRow[] => [
  { type: 'home', path: '/', weight: light, lighthouse: perfect },
  { type: 'article', path: '/news/a/', weight: { ...light, ...article }, lighthouse: { scores: articleScores, failing: [] } },
  { type: 'story', path: '/reader/s/', weight: light, lighthouse: perfect },
  { type: 'search', path: '/search/', weight: light, lighthouse: perfect },
];

describe('missedBudgets', () => {
  test('a light article with only the elder-mode, 栏目 menu and search scripts meets every budget', () => {
    expect(missedBudgets(rows({ scripts: ['/_astro/elder-mode.X.js', '/_astro/nav-menu.W.js', '/_astro/SearchForm.astro_astro_type_script_index_0_lang.Y.js', '/pagefind/pagefind.js'] }))).toEqual([]);
  });
  test('an article over 35 KB of HTML+CSS+JS (gzip) misses the budget', () => {
    expect(missedBudgets(rows({ htmlGzip: 30000, cssGzip: 6000 }))).toEqual([
      '文章页 HTML+CSS+JS（gzip）共 35.8 KB，超过预算 35.0 KB',
    ]);
  });
  test('any other script on an article is reported by name', () => {
    expect(missedBudgets(rows({ scripts: ['/_astro/elder-mode.X.js', '/_astro/carousel.Z.js'] }))).toEqual([
      '文章页加载了搜索、长辈模式和栏目菜单以外的脚本：/_astro/carousel.Z.js',
    ]);
  });
  test('Lighthouse below 95 performance or below 100 elsewhere is reported; a missing page type too', () => {
    const scored = rows({}, { performance: 94, accessibility: 100, 'best-practices': 96, seo: 100 }).filter((r) => r.type !== 'story');
    expect(missedBudgets(scored)).toEqual([
      'article 页 Lighthouse performance 94 < 95',
      'article 页 Lighthouse best-practices 96 < 100',
      '没有 story 页的 Lighthouse 结果',
    ]);
  });
});

test('the table lists every page type with its figures, aligned', () => {
  const table = auditTable(rows()).split('\n');
  expect(table[0]).toMatch(/^页面类型\s+路径\s+HTML\s+CSS\s+JS\s+合计\(gzip\)\s+请求数\s+性能\s+无障碍\s+最佳实践\s+SEO$/);
  expect(table).toHaveLength(6);
  expect(table[3]).toMatch(/^article\s+\/news\/a\/\s+5\.9 KB\s+3\.9 KB\s+0\.7 KB\s+10\.4 KB\s+6\s+99\s+100\s+100\s+100$/);
});
