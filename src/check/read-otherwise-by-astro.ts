import type { z } from 'zod';
import { describeField } from './field-names.ts';
import { notTextFix, notTextMessage } from './not-text.ts';
import type { Problem } from './problem.ts';
import { valueAt, type FieldLocator } from './validate.ts';
import type { LocatedYaml } from './yaml-source.ts';

/**
 * `title: 2025-06-26`, `title: 0b101`: the check's YAML reader gives the text, but Astro's (js-yaml) gives a Date or
 * the number 5, which a text field refuses, and the website is not made. The data is checked again as Astro reads
 * it; a field that then fails, and did not as the check read it, gets the value in quotes as its fix.
 */
export function textsReadOtherwiseByAstro(
  schema: z.ZodType,
  data: unknown,
  readOtherwise: LocatedYaml['readOtherwiseByAstro'],
  file: string,
  where: FieldLocator,
): Problem[] {
  if (!readOtherwise.length) return [];
  const asAstroReads = structuredClone(data);
  for (const { path, value } of readOtherwise) setAt(asAstroReads, path, value);
  const result = schema.safeParse(asAstroReads);
  if (result.success) return [];
  // Only fields that take the text: a field refusing it already has its own message (order: 2025-06-26 wants a number).
  const asChecked = schema.safeParse(data).error?.issues ?? [];
  return readOtherwise.flatMap(({ path, value: astros }) => {
    if (!result.error.issues.some((issue) => samePath(issue.path, path))) return [];
    if (asChecked.some((issue) => samePath(issue.path, path))) return [];
    const written = String(valueAt(data, path));
    return [{
      file,
      ...where.value(path),
      level: 'error' as const,
      rule: 'schema',
      message: notTextMessage(describeField(path), written, astros),
      fix: notTextFix(path[path.length - 1], written),
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
