import type { z } from 'zod';
import { didYouMean } from './edit-distance.ts';
import { dateFix } from './date-hints.ts';
import { chineseErrorMap, describeValue } from './error-map.ts';
import { describeField, FIELD_LABEL } from './field-names.ts';
import { notTextFix, notTextMessage } from './not-text.ts';
import type { Problem } from './problem.ts';
import { allowedKeysAt, unionOptionKeysAt } from './schema-keys.ts';
import { labelled, resolveUnion } from './union-choice.ts';

export interface Position {
  line: number;
  column: number;
}

/** Finds where a field (its key) or its value sits in the file. */
export interface FieldLocator {
  key(path: readonly PropertyKey[]): Position;
  value(path: readonly PropertyKey[]): Position;
  /** The line the field is written on, as written. */
  line(path: readonly PropertyKey[]): string;
}

type Issue = z.core.$ZodIssue;

/**
 * The one validation funnel: every content file's data goes through here, and every zod issue comes out
 * as a Chinese problem naming the field, what was expected and how to fix it, at the field's line.
 */
export function validateAgainstSchema(
  schema: z.ZodType,
  data: unknown,
  file: string,
  where: FieldLocator,
): Problem[] {
  const result = schema.safeParse(data, { error: chineseErrorMap, reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => toProblems(issue, schema, data, file, where));
}

function toProblems(issue: Issue, schema: z.ZodType, data: unknown, file: string, where: FieldLocator): Problem[] {
  const problem = (path: readonly PropertyKey[], message: string, fix?: string, onValue = false): Problem => ({
    file,
    ...(onValue ? where.value(path) : where.key(path)),
    level: 'error',
    rule: 'schema',
    message,
    ...(fix ? { fix } : {}),
  });

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, issue.path);
    const options = unionOptionKeysAt(schema, issue.path) ?? [];
    return issue.keys.map((key) => {
      // A field of another way of writing this union (order beside ids): not a typo, the two ways mixed.
      const home = options.find((keys) => keys.includes(key));
      const written = Object.keys((valueAt(data, issue.path) as object | undefined) ?? {});
      const mixedWith = home && options.find((keys) => keys !== home && written.includes(keys[0]))?.[0];
      if (home && mixedWith) {
        return problem(
          [...issue.path, key],
          `${describeField([...issue.path, key])}只用于 ${labelled(home[0])}的写法，不能和“${mixedWith}”写在一起`,
          `请删除“${key}”这一行；或者改用 ${home[0]} 的写法，删去“${mixedWith}”`,
        );
      }
      // `title\u00a0:` or a name indented with U+00A0: a space pasted from a web page, which YAML keeps in the name.
      const bare = key.trim();
      if (bare !== key && /[\u00a0\u3000]/.test(key) && allowed.includes(bare)) {
        return problem(
          [...issue.path, key],
          `未知字段“${key}”：字段名“${bare}”的前后有看上去像空格的特殊空格（${key.includes('\u00a0') ? 'U+00A0 不换行空格，多半是从网页、微信或 Word 复制来的' : '全角空格，中文输入法下打出的'}），它被当成了字段名的一部分`,
          `请删掉字段名前后的空格，字段名顶格写、紧跟英文冒号和一个英文空格：${bare}: ……`,
        );
      }
      // “title”: the field name in Chinese quotes (typed with a Chinese input method on).
      const unquoted = meantName(key);
      const guess = unquoted !== key && allowed.includes(unquoted) ? undefined : didYouMean(key, allowed);
      const fix = unquoted !== key && allowed.includes(unquoted)
        ? `字段名不要加引号：把 ${key}: 改为 ${unquoted}:（中文输入法会打出中文引号，请切换到英文输入法）`
        : key === 'draft'
        ? '这类文件没有草稿开关（draft），请删除这一行。还不想发布时，把文件名改为以 _ 开头（例如 _shanpo.mdx），网站和印刷版都不会收录，写好后再改回'
        : guess
        ? `是不是想写“${guess}”${FIELD_LABEL[guess] ? `（${FIELD_LABEL[guess]}）` : ''}？请把字段名改为 ${guess}`
        : `请删除这个字段；可用的字段有：${allowed.join('、')}`;
      return problem([...issue.path, key], `未知字段“${key}”`, fix);
    });
  }

  const field = describeField(issue.path);
  const value = valueAt(data, issue.path);
  const last = issue.path[issue.path.length - 1];

  // A required field written with quotes or odd spaces around its name: the unknown-field message says so; it is not missing.
  if (value === undefined && typeof last === 'string') {
    const parent = valueAt(data, issue.path.slice(0, -1));
    if (parent && typeof parent === 'object' && Object.keys(parent).some((key) => key !== last && meantName(key) === last)) return [];
  }

  // A required field left out whose check is a list of values, a union or a date: said to be missing, not that
  // its value “undefined” is not allowed.
  const missing = value === undefined && typeof last === 'string' && valueAt(data, issue.path.slice(0, -1)) !== undefined;
  if (missing && (issue.code === 'invalid_value' || issue.code === 'invalid_union' || (issue.code === 'custom' && last === 'date'))) {
    return [problem(issue.path, `缺少必填字段${field}`, `请添加一行“${last}: ……”并填写${FIELD_LABEL[last] ?? '内容'}`)];
  }

  if (issue.code === 'invalid_union') {
    const resolved = resolveUnion(issue, schema, value);
    if (resolved.kind === 'branch') return resolved.issues.flatMap((sub) => toProblems(sub, schema, data, file, where));
    if (resolved.kind === 'both') {
      const [first, second] = resolved.keys;
      return [problem([...issue.path, second], `${field}里的“${first}”和“${second}”只能二选一，不能同时写`, `请只保留一种写法：${resolved.ways}，删去另一项和它下面缩进的各行`)];
    }
    if (resolved.kind === 'neither' || resolved.kind === 'shape') {
      const example = `例如：\n    ${String(last)}:\n      ${resolved.example}`;
      if (resolved.kind === 'neither') return [problem(issue.path, `${field}下面要写 ${resolved.ways}`, example)];
      const message = `${field}应为一组子字段，实际填写的是${describeValue(value)}`;
      return [problem(issue.path, message, `“${String(last)}:”下面缩进两个空格，写 ${resolved.ways}。${example}`, true)];
    }
  }

  if (issue.code === 'invalid_type' && value === undefined) {
    const key = typeof last === 'string' ? last : '';
    return [problem(issue.path, `缺少必填字段${field}`, key ? `请添加一行“${key}: ……”并填写${FIELD_LABEL[key] ?? '内容'}` : undefined)];
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const guess = typeof value === 'string' ? didYouMean(value, options) : undefined;
    // [初中，高中]: two values run together with a Chinese comma, read as one.
    const parts = typeof value === 'string' ? value.split(/[，、；;,]\s*/).filter(Boolean) : [];
    const joined = parts.length > 1 && parts.every((part) => options.includes(part));
    const fix = joined
      ? `这是几项写在了一起：各项之间要用英文逗号隔开，写成 [${parts.join(', ')}]`
      : guess ? `是不是想写“${guess}”？` : `请从可选值中选一个：${options.join('、')}`;
    return [problem(issue.path, `${field}的值“${String(value)}”不在可选范围内，可选值：${options.join('、')}`, fix, true)];
  }
  if (issue.code === 'invalid_type' && value === null && typeof last === 'string') {
    // `background: #1F4E79`: YAML reads everything from the # on as a comment, leaving the field empty.
    const comment = /:[ \t]+(#.*?)\s*$/.exec(where.line(issue.path))?.[1];
    // `title: ~`, `title: null`: not empty as written, but YAML's word for “nothing”.
    const written = writtenValue(where.line(issue.path), last);
    if (comment) return [problem(issue.path, `${field}是空的：“${comment}”以 # 开头，被当成了注释`, `以 # 开头的内容要用英文双引号括起来：${last}: "${comment}"`, true)];
    if (written && issue.expected === 'string') return [problem(issue.path, notTextMessage(field, written, null), notTextFix(last, written), true)];
    return [problem(issue.path, `${field}没有填写内容（冒号后面是空的）`, `请在“${last}: ”后面填写${FIELD_LABEL[last] ?? '内容'}`, true)];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array' && typeof value === 'string' && typeof last === 'string') {
    // `tags: 禁毒，宣传`: the list written as words; the fix is the list made of them.
    const items = value.split(/\s*[，、；;,]\s*/).filter(Boolean);
    return [problem(issue.path, `${field}${issue.message}`, `请写成列表，用方括号括起来、各项之间用英文逗号隔开，这一行改为：${last}: [${items.join(', ')}]（或者每项一行，以“- ”开头）`, true)];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && typeof last === 'string') {
    // `title: 110`, `title: 0o17`, `title: true`: YAML reads them as a number or true/false; in quotes they are text.
    const written = writtenValue(where.line(issue.path), last) || String(value);
    return [problem(issue.path, notTextMessage(field, written, value), notTextFix(last, written), true)];
  }
  if (issue.code === 'invalid_type') {
    return [problem(issue.path, `${field}${issue.message}`, fixForType(issue.expected, typeof last === 'string' ? last : ''), true)];
  }
  if (issue.code === 'custom') {
    const shown = value === undefined ? '' : `（现在填写的是${describeValue(value)}）`;
    const fix = last === 'date' && typeof value === 'string' ? dateFix(last, value) : undefined;
    return [problem(value === undefined ? relatedPresentField(issue, data) : issue.path, `${field}：${issue.message}${shown}`, fix, true)];
  }
  return [problem(issue.path, `${field}：${issue.message}`, undefined, true)];
}

/** The value as written on a field's line (`title: 0o17  # 注释` gives “0o17”); empty when there is none. */
function writtenValue(line: string, key: string): string {
  return new RegExp(`^\\s*${key}:\\s*(.*?)(?:\\s+#.*)?\\s*$`).exec(line)?.[1] ?? '';
}

/** A field name as meant: without the Chinese quotes and the spaces an input method or a paste put around it. */
function meantName(key: string): string {
  return key.trim().replace(/^[“”‘’「」『』]+|[“”‘’「」『』]+$/g, '');
}

function fixForType(expected: string, key: string): string | undefined {
  if (expected === 'boolean') return `请写 true（是）或 false（否），不要加引号`;
  if (expected === 'array') return `请写成列表，每项一行，例如：\n    ${key}:\n      - 第一项\n      - 第二项`;
  if (expected === 'number' || expected === 'int') return '请只写阿拉伯数字，不要加单位或引号';
  if (expected === 'string') return '请填写文字；如果内容以数字开头或含有冒号，请用英文引号括起来';
  return undefined;
}

/**
 * A rule about a missing field ("有封面图（cover）时必须填写封面说明（coverAlt）") is best shown at the
 * field that is there: the one named in the message and present beside the missing one.
 */
function relatedPresentField(issue: Issue, data: unknown): readonly PropertyKey[] {
  const parent = issue.path.slice(0, -1);
  for (const [, name] of issue.message.matchAll(/（([A-Za-z]\w*)）/g)) {
    if (valueAt(data, [...parent, name]) !== undefined) return [...parent, name];
  }
  return issue.path;
}

/** The value at `path` in parsed YAML data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
