import type { z } from 'zod';
import { FIELD_LABEL } from './field-names.ts';
import { unionOptionKeysAt } from './schema-keys.ts';

type Issue = z.core.$ZodIssue;

export type UnionResolution =
  | { kind: 'branch'; issues: Issue[] }
  | { kind: 'both'; keys: [string, string]; ways: string }
  | { kind: 'neither' | 'shape'; ways: string; example: string }
  | { kind: 'unknown' };

/**
 * Which way of writing a union the editor meant. For a union of objects (stories: ids, or filter with
 * order) each option is named by its first field: two of them written at once are one mistake (“只能二选一”),
 * one of them means that option's own problems are the ones to report, none means the field is empty (or
 * misspelt). For other unions (a name or a list of names), the option whose type the value has.
 */
export function resolveUnion(issue: Extract<Issue, { code: 'invalid_union' }>, schema: z.ZodType, value: unknown): UnionResolution {
  const branches = issue.errors ?? [];
  const within = (issues: Issue[]) => issues.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] }) as Issue);
  const options = unionOptionKeysAt(schema, issue.path);
  if (options && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const written = Object.keys(value);
    const chosen = options.map((keys, index) => ({ index, key: keys[0] })).filter((o) => written.includes(o.key));
    const ways = options.map(describeOption);
    if (chosen.length >= 2) {
      const [first, second] = chosen.map((o) => o.key).sort((a, b) => written.indexOf(a) - written.indexOf(b));
      return { kind: 'both', keys: [first, second], ways: `要么写 ${ways.join('，要么写 ')}` };
    }
    if (chosen.length === 1) return { kind: 'branch', issues: within(branches[chosen[0].index] ?? []) };
    const unknown = (branches[0] ?? []).filter((sub) => sub.code === 'unrecognized_keys');
    if (unknown.length) return { kind: 'branch', issues: within(unknown) };
    return { kind: 'neither', ways: pickOne(options), example: `${options[0][0]}: ……` };
  }
  if (options) return { kind: 'shape', ways: pickOne(options), example: `${options[0][0]}: ……` };
  const typeMatched = branches.filter((b) => !b.some((sub) => sub.code === 'invalid_type' && sub.path.length === 0));
  if (typeMatched.length === 1) return { kind: 'branch', issues: within(typeMatched[0]) };
  return { kind: 'unknown' };
}

export function labelled(key: string): string {
  return FIELD_LABEL[key] ? `${key}（${FIELD_LABEL[key]}）` : key;
}

/** `ids（故事编号）或者 filter（筛选条件，可加 order），二者选一`. */
function pickOne(options: string[][]): string {
  return `${options.map(describeOption).join('或者 ')}，${options.length === 2 ? '二者选一' : '选其中一种'}`;
}

/** `ids（故事编号）`, `filter（筛选条件，可加 order）`. */
function describeOption([key, ...more]: string[]): string {
  const notes = [FIELD_LABEL[key], more.length ? `可加 ${more.join('、')}` : undefined].filter(Boolean);
  return notes.length ? `${key}（${notes.join('，')}）` : key;
}
