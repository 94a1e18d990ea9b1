import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { readAsAstroDoes } from './astro-yaml.ts';
import { colonlessLines, lineMistakes, specialMarkHint, tagMarkAt, yamlLineHint } from './yaml-line-hints.ts';

/** A YAML text parsed with node ranges kept, so a field path can be traced back to its offset. */
export interface LocatedYaml {
  data: unknown;
  /** Syntax errors, each with the offset (within the YAML text) where it was found. */
  errors: { offset: number; code: string; message: string }[];
  /**
   * Offset (within the YAML text) of the field at `path`, or of its nearest existing parent;
   * -1 when even the first segment is missing (the caller points at the start of the block).
   */
  offsetOf(path: readonly PropertyKey[]): number;
  /** Offset of the value at `path` (for pointing at a wrong value rather than the key). */
  valueOffsetOf(path: readonly PropertyKey[]): number;
  /**
   * Values Astro's YAML reader (js-yaml) reads otherwise than this parser, with what Astro makes of them:
   * `title: 2025-06-26` is the text “2025-06-26” here and a Date on the website, `title: 0b101` the number 5.
   */
  readOtherwiseByAstro: { path: PropertyKey[]; value: unknown }[];
  /** Text values followed by a `#` comment on the same line: YAML drops the comment, so the editor's words after it vanish. */
  trailingComments: { offset: number; value: string; comment: string }[];
}

export function parseLocatedYaml(text: string): LocatedYaml {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const errors = reportedErrors(text, doc);
  const mark = errors.length ? undefined : specialMark(doc, text);
  if (mark) errors.push(mark);
  const data = errors.length ? undefined : doc.toJS();
  return {
    data,
    errors,
    trailingComments: errors.length ? [] : trailingComments(doc, text),
    readOtherwiseByAstro: errors.length ? [] : differences(data, readAsAstroDoes(text), []),
    offsetOf: (path) => locate(doc, path, 'key'),
    valueOffsetOf: (path) => locate(doc, path, 'value'),
  };
}

/**
 * The parser's errors as editors should see them. A line's own mistake (a full-width colon…) is reported where
 * it is, on every line that has one; errors the parser can only call “unexpected token” mostly follow from the first
 * one (one stray space before a field name gave eighteen), so only the first of those is kept, and a field name
 * indented out of line with the others is named as the cause. With a full-width colon on every field line the parser
 * finds no error at all: it reads the fields as one long text; the lines say why.
 */
function reportedErrors(text: string, doc: Document): LocatedYaml['errors'] {
  const parsed = doc.errors;
  const readAsOneText = !parsed.length && isScalar(doc.contents) && typeof doc.contents.value === 'string';
  if (!parsed.length && !readAsOneText) return [];
  const lineOf = (offset: number) => text.lastIndexOf('\n', Math.max(0, offset - 1));
  // One message per line: `title: !!通知` gives the parser two errors there, the line one cause.
  const hintedLines = new Set<number>();
  const hinted = [...parsed].sort((a, b) => a.pos[0] - b.pos[0]).flatMap((e) => {
    const hint = yamlLineHint(text, e.pos[0]);
    if (!hint || hintedLines.has(lineOf(e.pos[0]))) return [];
    hintedLines.add(lineOf(e.pos[0]));
    // The parser finds a tag's mistake after the `!`; the editor's mistake is the `!` itself.
    return [{ offset: tagMarkAt(text, e.pos[0]) ?? e.pos[0], code: e.code, message: `YAML 格式错误：${hint}` }];
  });
  const ownLines = lineMistakes(text)
    .filter((m) => !hintedLines.has(lineOf(m.offset)))
    .map((m) => ({ offset: m.offset, code: 'LINE_MISTAKE', message: `YAML 格式错误：${m.message}` }));
  if (readAsOneText) {
    const named = new Set(ownLines.map((m) => lineOf(m.offset)));
    const colonless = colonlessLines(text)
      .filter((m) => !named.has(lineOf(m.offset)))
      .map((m) => ({ offset: m.offset, code: 'NO_COLON', message: `YAML 格式错误：${m.message}` }));
    return [...ownLines, ...colonless].sort((a, b) => a.offset - b.offset);
  }
  const stray = strayIndentedField(text);
  const first = parsed.find((e) => !yamlLineHint(text, e.pos[0]));
  const general = stray !== undefined
    ? { offset: stray, code: 'STRAY_INDENT', message: 'YAML 格式错误：这一行开头多了空格：字段名要顶格写，和其他字段对齐（只有子项才缩进）' }
    : first && { offset: first.pos[0], code: first.code, message: `YAML 格式错误：${yamlErrorInChinese(first.code)}` };
  return [...hinted, ...ownLines, ...(general ? [general] : [])].sort((a, b) => a.offset - b.offset);
}

/**
 * YAML's own notation where an editor meant text: an alias with no anchor (`*…`), an anchor nothing refers to (`&…`),
 * a tag (`!…`). Aliases would throw when the fields are read; anchors and tags silently drop the words they take.
 */
function specialMark(doc: Document, text: string): LocatedYaml['errors'][number] | undefined {
  const anchors = new Map<string, number>();
  const referred = new Set<string>();
  const found: number[] = [];
  visit(doc, (_key, node) => {
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      const start = node.range?.[0] ?? 0;
      if (node.anchor) anchors.set(node.anchor, text.lastIndexOf(`&${node.anchor}`, start));
      if (node.tag) found.push(text.lastIndexOf('!', start));
    }
    if (isAlias(node)) {
      if (anchors.has(node.source)) referred.add(node.source);
      else found.push(node.range?.[0] ?? 0);
    }
  });
  for (const [anchor, offset] of anchors) if (!referred.has(anchor)) found.push(offset);
  if (!found.length) return undefined;
  const offset = Math.max(0, Math.min(...found));
  return { offset, code: 'SPECIAL_MARK', message: `YAML 格式错误：${specialMarkHint(text, offset)}` };
}

/** The offset of a field line indented although the line before it is a field with a value (nothing to nest under). */
function strayIndentedField(text: string): number | undefined {
  let previous: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const here = offset;
    offset += line.length + 1;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const indented = /^ +[A-Za-z][\w-]*:(?:\s|$)/.test(line);
    const opensBlock = previous === undefined ? false : /:\s*(?:[|>][+-]?)?\s*$/.test(previous) || /^\s*-\s/.test(previous);
    const previousIndent = previous === undefined ? 0 : /^ */.exec(previous)![0].length;
    if (indented && !opensBlock && /^ */.exec(line)![0].length > previousIndent) return here;
    previous = line;
  }
  return undefined;
}

function locate(doc: Document, path: readonly PropertyKey[], want: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = -1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      offset = (want === 'value' && segment === path[path.length - 1] ? valueStart : keyStart) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function trailingComments(doc: Document, text: string): LocatedYaml['trailingComments'] {
  const found: LocatedYaml['trailingComments'] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!node.comment || typeof node.value !== 'string' || !node.range) return;
      const hash = text.indexOf('#', node.range[1]);
      if (hash === -1 || hash >= node.range[2] || text.slice(node.range[1], hash).includes('\n')) return;
      found.push({ offset: hash, value: node.value, comment: node.comment.trim() });
    },
  });
  return found;
}

/** The leaves of the check's reading whose value Astro's reading does not share (a Date, a number, null where text was read). */
function differences(ours: unknown, astros: unknown, path: PropertyKey[]): LocatedYaml['readOtherwiseByAstro'] {
  // The whole text read as one value (no field at all) is not a field read otherwise; its own message says why.
  if (astros === undefined || !path.length && !isPlainObject(ours)) return [];
  if (Array.isArray(ours) && Array.isArray(astros)) return ours.flatMap((item, index) => differences(item, astros[index], [...path, index]));
  if (isPlainObject(ours) && isPlainObject(astros)) return Object.keys(ours).flatMap((key) => differences(ours[key], astros[key], [...path, key]));
  const bothNaN = typeof ours === 'number' && typeof astros === 'number' && Number.isNaN(ours) && Number.isNaN(astros);
  return ours === astros || bothNaN ? [] : [{ path, value: astros }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次，请删除其中一行',
  BAD_INDENT: '缩进不对：同一层的字段要对齐，子项要比上一层多缩进两个空格',
  TAB_AS_INDENT: '不能用 Tab 键缩进，请改用空格',
  MULTILINE_IMPLICIT_KEY: '字段名后面缺少英文冒号和空格（“字段: 内容”），或者上一行的内容没有写完',
  BLOCK_AS_IMPLICIT_KEY: '字段名后面缺少英文冒号和空格（“字段: 内容”）',
  MISSING_CHAR: '缺少配对的引号或括号，请检查这一行的引号是否成对',
  BAD_SCALAR_START: '内容的开头有特殊字符（如 - : [ { # @ `），请用英文引号把整段内容括起来',
  UNEXPECTED_TOKEN: '这里有多余的符号，请检查冒号、引号和缩进',
  BAD_DQ_ESCAPE: '双引号里的反斜杠写法不对',
  TAG_RESOLVE_FAILED: '无法识别的写法',
};

function yamlErrorInChinese(code: string): string {
  return YAML_ERRORS[code] ?? '这里的写法不符合 YAML 规则，请检查冒号（要用英文冒号加空格）、引号和缩进';
}
