import { LEVEL_LABEL, type Problem } from './problem.ts';

/** Problems in a stable order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${LEVEL_LABEL[p.level]}  ${p.message}${p.fix ? `\n    改法：${p.fix.replace(/\n/g, '\n    ')}` : ''}`;
}

/** The human report: problems grouped by file, then a one-line summary. */
export function formatReport(problems: Problem[]): string {
  const sorted = sortProblems(problems);
  const groups = new Map<string, Problem[]>();
  for (const p of sorted) groups.set(p.file, [...(groups.get(p.file) ?? []), p]);
  const parts = [...groups].map(([file, list]) => `${file}\n${list.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  return [...parts, summaryLine(problems)].join('\n\n');
}

export function summaryLine(problems: Problem[]): string {
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  if (!problems.length) return '检查通过：没有发现问题。';
  return `共 ${errors} 个错误、${warnings} 个警告${errors ? '。请先改正错误，再构建或发布。' : '（警告不影响发布，但请看一看）。'}`;
}

export function formatJson(problems: Problem[]): string {
  return JSON.stringify({ problems: sortProblems(problems), errors: problems.filter((p) => p.level === 'error').length, warnings: problems.filter((p) => p.level === 'warning').length }, null, 2);
}
