import type { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

const TYPE_NAME: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否（true 或 false）',
  array: '列表（每项一行，以“- ”开头）',
  object: '一组子字段',
  date: '日期',
};

/** What a YAML value looks like to an editor. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '没有填写';
  if (value === null) return '空值';
  if (typeof value === 'string') return `文字“${value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return ` ${value}（是/否）`;
  if (Array.isArray(value)) return '列表';
  if (value instanceof Date) return '日期';
  return '一组子字段';
}

function expectedName(expected: string): string {
  return TYPE_NAME[expected] ?? expected;
}

/**
 * A zod error map in Chinese. Messages describe the value, not the field: the funnel
 * (validate.ts) puts the field's name in front. Messages written into a schema win over these.
 */
export const chineseErrorMap: z.core.$ZodErrorMap = (issue: RawIssue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '是必填项，但没有填写';
      return `应为${expectedName(issue.expected)}，实际填写的是${describeValue(issue.input)}`;
    case 'invalid_value':
      return `的值 ${JSON.stringify(issue.input)} 不在可选范围内，可选值：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `有未知字段：${issue.keys.join('、')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少要写 ${issue.minimum} 个字`;
      if (issue.origin === 'array') return `至少要有 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? [...issue.input].length : undefined;
        return `最多 ${issue.maximum} 个字${length === undefined ? '' : `，现在有 ${length} 个字`}`;
      }
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'email') return '不是有效的电子邮箱地址';
      if (issue.format === 'url') return '不是有效的网址（应以 https:// 或 http:// 开头）';
      return '格式不对';
    case 'invalid_union': {
      const expected = new Set<string>();
      for (const branch of issue.errors ?? []) {
        for (const sub of branch) if (sub.code === 'invalid_type' && sub.path.length === 0) expected.add(expectedName(sub.expected));
      }
      return expected.size
        ? `应为${[...expected].join('或')}，实际填写的是${describeValue(issue.input)}`
        : '写法不符合任何一种允许的格式';
    }
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的倍数`;
    default:
      return '不符合要求';
  }
};
