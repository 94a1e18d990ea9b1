import type { Node } from 'unist';
import type { SourceRef } from '../model/index.ts';

export function sourceOf(node: Node, file: string): SourceRef {
  const start = node.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column };
}
