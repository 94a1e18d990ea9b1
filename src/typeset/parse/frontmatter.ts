import type { Root } from 'mdast';
import { YAMLParseError, parse } from 'yaml';
import { TypesetError } from '../errors.ts';

/** The YAML front matter as plain data ({} when there is none). */
export function readFrontmatter(tree: Root, file: string): Record<string, unknown> {
  const node = tree.children.find((n) => n.type === 'yaml');
  if (!node || node.type !== 'yaml') return {};
  try {
    const data = parse(node.value) as unknown;
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new TypesetError('文件开头的 --- 信息区应当是“字段: 值”的形式。', { file, line: 2 });
    }
    return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (node.position?.start.line ?? 1) + (error.linePos?.[0].line ?? 1);
      throw new TypesetError(`文件开头的信息区（YAML）写法有误：${error.message.split('\n')[0]}`, { file, line });
    }
    throw error;
  }
}
