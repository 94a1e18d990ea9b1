import type { Node } from 'unist';
import { TypesetError } from '../errors.ts';
import { sourceOf } from './source-ref.ts';

// MDX comments ({/* … */}) are expressions too; they hold no content and may stay.
export function isCommentExpression(value: string): boolean {
  return /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(value);
}

const WHAT: Record<string, string> = {
  code: '代码块',
  delete: '删除线',
  math: '公式',
  inlineMath: '公式',
};

/**
 * Everything we cannot print stops the build with file, line and what it was: content is never dropped
 * silently.
 */
export function rejectNode(node: Node, file: string): never {
  const source = sourceOf(node, file);
  const n = node as Node & { name?: string | null; value?: string };
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      throw new TypesetError(
        `印刷版不认识组件 <${n.name ?? '(片段)'}>，无法排版。能用的组件只有 <Figure src alt caption /> 和 <Callout title>…</Callout>；请改用它们或普通 Markdown。`,
        source,
      );
    case 'mdxjsEsm':
      throw new TypesetError(`印刷版不支持 import/export 语句“${(n.value ?? '').split('\n')[0]}”，请删去它。`, source);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      throw new TypesetError(`印刷版不能计算表达式 {${n.value ?? ''}}，请直接写出文字。`, source);
    default:
      throw new TypesetError(`印刷版无法排版这里的${WHAT[node.type] ?? `“${node.type}”内容`}，请改写为普通段落、列表、表格或图片。`, source);
  }
}
