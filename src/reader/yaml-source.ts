import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
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

/** The line of the field at `path` (its key, for a mapping entry), or of its nearest existing parent. */
export function lineOf(source: YamlSource, path: ReadonlyArray<PropertyKey>): number {
  const line = (offset: number) => source.lines.linePos(offset).line + source.lineOffset;
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? source.doc.contents : source.doc.getIn(path.slice(0, n - 1) as unknown[], true);
    const last = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
      if (pair && isNode(pair.key) && pair.key.range) return line(pair.key.range[0]);
    } else if (isSeq(parent)) {
      const item = parent.items[Number(last)];
      if (isNode(item) && item.range) return line(item.range[0]);
    }
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
