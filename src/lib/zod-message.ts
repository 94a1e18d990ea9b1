import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每行以“- ”开头，或写成 [甲, 乙]）',
  object: '一组“名称: 值”',
  date: '日期',
};

/** zod's Chinese wording still names JavaScript types ("期望 string"); editors get plain words instead. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const wanted = TYPE_NAMES[issue.expected] ?? issue.expected;
    return /undefined$/.test(issue.message) ? `缺少此项，请填写${wanted}` : `应为${wanted}`;
  }
  return issue.message;
}

/** One line per problem: "文件 content/site.yaml，字段 figures.0.year：…", for editors, not programmers. */
export function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '（整个文件）';
    return `文件 ${file}，字段 ${field}：${plainMessage(issue)}`;
  });
  return lines.join('\n');
}
