// The weight and quality budgets of issue 7, checked against measured figures.
import type { PageWeight } from './page-weight.ts';
import type { Category, LighthouseRun } from './lighthouse.ts';

export interface AuditRow {
  type: string;
  path: string;
  weight: PageWeight;
  lighthouse?: LighthouseRun;
}

export const ARTICLE_MAX_BYTES = 35 * 1024;
/** The only scripts an article may load: the 长辈模式 switch, the 栏目 menu's keys and the header search. */
export const ALLOWED_ARTICLE_SCRIPT = /(^|\/)(elder-mode|nav-menu|[^/]*search[^/]*|pagefind[^/]*)\.[^/]*js$/i;
export const LIGHTHOUSE_PAGE_TYPES = ['home', 'article', 'story', 'search'];
export const LIGHTHOUSE_MINIMUM: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export function pageBytes(weight: PageWeight): number {
  return weight.htmlGzip + weight.cssGzip + weight.jsGzip;
}

/** Every budget missed, as a sentence; empty when all are met. */
export function missedBudgets(rows: AuditRow[]): string[] {
  const missed: string[] = [];
  const byType = new Map(rows.map((row) => [row.type, row]));
  const article = byType.get('article');
  if (!article) {
    missed.push('没有文章页（article），无法检查文章页的体积预算');
  } else {
    const bytes = pageBytes(article.weight);
    if (bytes > ARTICLE_MAX_BYTES) {
      missed.push(`文章页 HTML+CSS+JS（gzip）共 ${kb(bytes)}，超过预算 ${kb(ARTICLE_MAX_BYTES)}`);
    }
    for (const script of article.weight.scripts) {
      if (!ALLOWED_ARTICLE_SCRIPT.test(script)) {
        missed.push(`文章页加载了搜索、长辈模式和栏目菜单以外的脚本：${script}`);
      }
    }
  }
  for (const type of LIGHTHOUSE_PAGE_TYPES) {
    const run = byType.get(type)?.lighthouse;
    if (!run) {
      missed.push(`没有 ${type} 页的 Lighthouse 结果`);
      continue;
    }
    for (const [category, minimum] of Object.entries(LIGHTHOUSE_MINIMUM) as Array<[Category, number]>) {
      if (run.scores[category] < minimum) {
        missed.push(`${type} 页 Lighthouse ${category} ${run.scores[category]} < ${minimum}`);
      }
    }
  }
  return missed;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
