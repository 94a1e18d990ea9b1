// The audit table, as plain aligned text (Chinese headings are two columns wide in a terminal).
import { CATEGORIES } from './lighthouse.ts';
import { kb, pageBytes, type AuditRow } from './budgets.ts';

const HEADINGS = ['页面类型', '路径', 'HTML', 'CSS', 'JS', '合计(gzip)', '请求数', '性能', '无障碍', '最佳实践', 'SEO'];

function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\uffff]/.test(char) ? 2 : 1;
  return columns;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function auditTable(rows: AuditRow[]): string {
  const lines = rows.map((row) => [
    row.type,
    row.path,
    kb(row.weight.htmlGzip),
    kb(row.weight.cssGzip),
    kb(row.weight.jsGzip),
    kb(pageBytes(row.weight)),
    String(row.weight.requests),
    ...CATEGORIES.map((id) => (row.lighthouse ? String(row.lighthouse.scores[id]) : '-')),
  ]);
  const widths = HEADINGS.map((heading, i) => Math.max(width(heading), ...lines.map((line) => width(line[i]!))));
  const format = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd();
  return [format(HEADINGS), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
