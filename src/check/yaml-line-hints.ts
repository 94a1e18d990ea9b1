import { FIELD_LABEL } from './field-names.ts';

/**
 * The mistakes behind most YAML errors in editors' files are typed with a Chinese input method: a full-width
 * colon after the field name, full-width spaces, or an English “: ” inside the text. The parser only says
 * “a key without a colon” or “bad indentation”; the line itself tells what really happened.
 */
export function yamlLineHint(text: string, offset: number): string | undefined {
  const { line } = lineAt(text, offset);
  const own = lineOwnMistake(line);
  if (own) return own;
  // An unindented line with no colon after its first word where the parser wanted a field (`title 通知` among fields).
  if (/^\S/.test(line) && isColonless(line)) return colonlessHint(line.trim());
  const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*)/.exec(line)?.[1];
  const mark = tagMarkAt(text, offset);
  if (mark !== undefined) return specialMarkHint(text, mark);
  const value = key ? new RegExp(`^\\s*(?:-\\s+)?${key}: (.*)$`).exec(line)?.[1] : undefined;
  if (key && value !== undefined && !/^["']/.test(value) && /:(\s|$)/.test(value)) {
    return `“${key}”的内容里有英文冒号“: ”，会被当成另一个字段。请改用中文冒号“：”，或用英文双引号把整段内容括起来：${key}: "${value.replace(/"/g, '\\"')}"`;
  }
  return undefined;
}

/** Where the `!` is on the line of `offset` when the line's value starts with one (`title: !通知`), else undefined. */
export function tagMarkAt(text: string, offset: number): number | undefined {
  const { start, line } = lineAt(text, offset);
  const mark = /^(\s*(?:-\s+)?(?:[A-Za-z][\w-]*:\s+)?)!/.exec(line);
  return mark ? start + mark[1].length : undefined;
}

/**
 * A field line whose colon or spaces were typed with a Chinese input method or pasted from a web page: wrong whatever
 * the parser made of the lines around it (with every line so, it reads all the fields as one long text, and no error).
 */
function lineOwnMistake(line: string): string | undefined {
  const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*)/.exec(line)?.[1];
  if (/^[\s\u3000]*\u3000/.test(line)) {
    return '这一行开头用了全角空格（中文输入法下打出的空格）：缩进只能用英文半角空格，请删掉这些空格，切换到英文输入法后重新输入';
  }
  if (!key) return undefined;
  if (new RegExp(`^\\s*(?:-\\s+)?${key}\\s*：`).test(line)) {
    return `字段名“${key}”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 ${key}: ……`;
  }
  if (new RegExp(`^\\s*(?:-\\s+)?${key}:\\u3000`).test(line)) {
    return `“${key}:”后面是全角空格（中文输入法下打出的空格），请改为一个英文半角空格`;
  }
  if (new RegExp(`^\\s*(?:-\\s+)?${key}:[ \\t]*\\u00a0`).test(line)) {
    return `“${key}:”后面是一个不换行空格（U+00A0，从网页、微信或 Word 复制来的特殊空格，看上去和普通空格一样），不算字段名后面的空格，这一行读不出来：请删掉冒号后面的空格，切换到英文输入法重新打一个空格`;
  }
  if (new RegExp(`^\\s*(?:-\\s+)?${key}:[^\\s]`).test(line)) {
    return `“${key}:”后面缺少空格：英文冒号后面要空一格，例如 ${key}: ……`;
  }
  return undefined;
}

/** Every line of `text` with a mistake of its own, at the line's start. */
export function lineMistakes(text: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const mistake = lineOwnMistake(line.replace(/\r$/, ''));
    if (mistake) found.push({ offset, message: mistake });
    offset += line.length + 1;
  }
  return found;
}

/**
 * Lines with no colon at all (`title 通知`, `标题 通知`), where a field was meant: the parser reads such lines as one
 * long text, with no error. Each is named with the line as it should be.
 */
export function colonlessLines(text: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (isColonless(line.trim())) found.push({ offset, message: colonlessHint(line.trim()) });
    offset += raw.length + 1;
  }
  return found;
}

/** A line of words whose first word is not followed by a colon (`date 2025-06-26 09:30` has one, but later). */
function isColonless(line: string): boolean {
  return line !== '' && !line.startsWith('#') && !line.startsWith('-') && !/^[^\s:：]+\s*[:：]/.test(line);
}

function colonlessHint(line: string): string {
  const [, name, rest] = /^(\S+)\s*(.*)$/.exec(line)!;
  const english = /^[A-Za-z][\w-]*$/.test(name) ? name : Object.keys(FIELD_LABEL).find((key) => FIELD_LABEL[key] === name);
  const form = '每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格';
  if (!english) return `这一行“${line}”没有字段名和英文冒号，读不出来：${form}，例如 title: ……`;
  const named = english === name ? '' : `字段名要用英文，“${name}”写作 ${english}；`;
  return `这一行“${line}”缺少英文冒号：${named}${form}，这一行改为：${english}: ${rest || '……'}`;
}

const SPECIAL_MARK: Record<string, string> = {
  '*': '以“*”开头的内容会被当作 YAML 的特殊写法（引用），读不出来',
  '&': '以“&”开头的内容会被当作 YAML 的特殊写法（给内容起名字），“&”和紧跟着它的字都不会显示，只剩下后面的字或者什么也不剩',
  '!': '以英文感叹号“!”开头的内容会被当作 YAML 的特殊写法（类型标记），读不出来',
};

/**
 * `title: **重要**通知`, `title: &通知`, `title: !通知`: a value starting with * & or ! is YAML's own notation
 * (alias, anchor, tag), never what an editor meant. The message says so in plain words, with the line quoted.
 */
export function specialMarkHint(text: string, offset: number): string {
  const { start, line } = lineAt(text, offset);
  const before = line.slice(0, offset - start);
  const written = line.slice(offset - start);
  const problem = SPECIAL_MARK[written[0]] ?? SPECIAL_MARK['!'];
  // The mark starts the field's value or a list item: the whole rest of the line is the value to quote.
  if (/^\s*(?:-\s+)?(?:[A-Za-z][\w-]*:\s+)?$/.test(before)) {
    const field = before.trim() ? `${before.trim()} ` : '';
    return `${problem}：请用英文双引号把整段内容括起来，这一行改为：${field}"${written.replace(/"/g, '\\"')}"`;
  }
  const item = /^[^,\]}]*/.exec(written)![0].trim();
  return `${problem}：请用英文双引号把“${item}”括起来，写成 "${item}"`;
}

/** The line `offset` is on (an offset just past a line's end still belongs to it), and where that line starts. */
function lineAt(text: string, offset: number): { start: number; line: string } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  return { start, line: text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '') };
}
