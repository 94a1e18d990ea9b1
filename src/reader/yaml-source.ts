import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';

/** A YAML text parsed with positions, so validation errors can name the line of the offending field. */
export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** Added to every line number: frontmatter starts after the opening `---`. */
  lineOffset: number;
}

export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? 1;
    throw new Error(`${file} 第 ${line + lineOffset} 行：YAML 格式错误（${e.code}），请检查缩进、冒号和引号。`);
  }
  return { file, doc, lines, lineOffset };
}

/** The line of the node at `path`, or of its nearest existing parent. */
export function lineOf(source: YamlSource, path: ReadonlyArray<PropertyKey>): number {
  for (let n = path.length; n >= 0; n--) {
    const node = source.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return source.lines.linePos(node.range[0]).line + source.lineOffset;
  }
  return 1 + source.lineOffset;
}

/** Every zod issue as one Chinese line: file, line, field, message. */
export function describeIssues(source: YamlSource, error: z.ZodError, what: string): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '（整体）';
    return `${source.file} 第 ${lineOf(source, issue.path)} 行，字段 ${field}：${issue.message}`;
  });
  return `${what}有 ${lines.length} 处错误：\n${lines.join('\n')}`;
}
