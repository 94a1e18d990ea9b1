/**
 * The mistakes behind most YAML errors in editors' files are typed with a Chinese input method: a full-width
 * colon after the field name, full-width spaces, or an English “: ” inside the text. The parser only says
 * “a key without a colon” or “bad indentation”; the line itself tells what really happened.
 */
export function yamlLineHint(text: string, offset: number): string | undefined {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*)/.exec(line)?.[1];
  if (/^[\s\u3000]*\u3000/.test(line)) {
    return '这一行开头用了全角空格（中文输入法下打出的空格）：缩进只能用英文半角空格，请删掉这些空格，切换到英文输入法后重新输入';
  }
  if (key && new RegExp(`^\\s*(?:-\\s+)?${key}\\s*：`).test(line)) {
    return `字段名“${key}”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 ${key}: ……`;
  }
  if (key && new RegExp(`^\\s*(?:-\\s+)?${key}:\\u3000`).test(line)) {
    return `“${key}:”后面是全角空格（中文输入法下打出的空格），请改为一个英文半角空格`;
  }
  if (key && new RegExp(`^\\s*(?:-\\s+)?${key}:[^\\s]`).test(line)) {
    return `“${key}:”后面缺少空格：英文冒号后面要空一格，例如 ${key}: ……`;
  }
  const value = key ? new RegExp(`^\\s*(?:-\\s+)?${key}: (.*)$`).exec(line)?.[1] : undefined;
  if (key && value !== undefined && !/^["']/.test(value) && /:(\s|$)/.test(value)) {
    return `“${key}”的内容里有英文冒号“: ”，会被当成另一个字段。请改用中文冒号“：”，或用英文双引号把整段内容括起来：${key}: "${value.replace(/"/g, '\\"')}"`;
  }
  return undefined;
}
