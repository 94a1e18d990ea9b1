/**
 * The one message for a value written without quotes in a text field that YAML reads as something else
 * (`title: 110`, `title: 0b101`, `title: 2025-06-26`, `title: ~`): what was written, what the website makes of it,
 * and the line with the value in quotes.
 */
export function notTextMessage(field: string, written: string, readAs: unknown): string {
  return `${field}写的是“${written}”，没有加引号，网站会把它当成${kindOf(readAs)}而不是文字，网站生成时会出错`;
}

export function notTextFix(last: PropertyKey, written: string): string {
  const quoted = typeof last === 'string' ? `这一行改为：${last}: "${written}"` : `把 ${written} 改为 "${written}"`;
  return `请用英文双引号把内容括起来，${quoted}`;
}

function kindOf(value: unknown): string {
  if (value instanceof Date) return '日期';
  if (typeof value === 'number') return `数字（${value}）`;
  if (typeof value === 'boolean') return `是/否（${value}）`;
  if (value === null) return '空值（等于没有填写）';
  return '别的内容';
}
