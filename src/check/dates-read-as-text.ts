import type { z } from 'zod';
import { describeField } from './field-names.ts';
import type { Problem } from './problem.ts';
import { valueAt, type FieldLocator } from './validate.ts';

/**
 * `title: 2025-06-26`: the check's YAML reader gives the text “2025-06-26”, but Astro's (js-yaml) gives a Date,
 * which a text field refuses, and the website is not made. The data is checked again as Astro reads it, with those
 * values as dates; a field that then wants text gets the value in quotes as its fix.
 */
export function datesMeantAsText(
  schema: z.ZodType,
  data: unknown,
  readAsDate: PropertyKey[][],
  file: string,
  where: FieldLocator,
): Problem[] {
  if (!readAsDate.length) return [];
  const asAstroReads = structuredClone(data);
  for (const path of readAsDate) setAt(asAstroReads, path, new Date(0));
  const result = schema.safeParse(asAstroReads);
  if (result.success) return [];
  // Only fields that take the text: a field refusing it already has its own message (order: 2025-06-26 wants a number).
  const asChecked = schema.safeParse(data).error?.issues ?? [];
  return readAsDate.flatMap((path) => {
    if (!result.error.issues.some((issue) => samePath(issue.path, path))) return [];
    if (asChecked.some((issue) => samePath(issue.path, path))) return [];
    const value = String(valueAt(data, path));
    const last = path[path.length - 1];
    const quoted = typeof last === 'string' ? `这一行改为：${last}: "${value}"` : `把 ${value} 改为 "${value}"`;
    return [{
      file,
      ...where.value(path),
      level: 'error' as const,
      rule: 'schema',
      message: `${describeField(path)}写的是“${value}”，没有加引号，网站会把它当成日期而不是文字，网站生成时会出错`,
      fix: `请用英文双引号把内容括起来，${quoted}`,
    }];
  });
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((segment, i) => String(segment) === String(b[i]));
}

function setAt(data: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path[path.length - 1]] = value;
}
