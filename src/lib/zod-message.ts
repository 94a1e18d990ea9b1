import type { z } from 'zod';

/** One line per problem: "文件 content/site.yaml，字段 figures.0.year：…", for editors, not programmers. */
export function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '（整个文件）';
    return `文件 ${file}，字段 ${field}：${issue.message}`;
  });
  return lines.join('\n');
}
