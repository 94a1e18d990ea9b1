import type { Node, Parent, Root, Text } from 'mdast';

/**
 * The prose of one block (paragraph, heading, table cell…), joined across inline markup, with the file
 * offset of every character so a finding can point at its exact line and column.
 */
export interface TextBlock {
  text: string;
  offsets: number[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement']);
/** Nothing inside these is prose: code is code, HTML and expressions are markup. */
const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'math', 'inlineMath']);

export function textBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: Node, current: TextBlock | undefined): void => {
    if (SKIP.has(node.type)) {
      // Inline code and expressions still separate the words around them: "行内 `x` 也" has no stray space.
      if (current && node.position && (node.type === 'inlineCode' || node.type === 'mdxTextExpression')) {
        current.text += '\uFFFC';
        current.offsets.push(node.position.start.offset ?? 0);
      }
      return;
    }
    let block = current;
    if (BLOCKS.has(node.type) || !block) {
      if (node.type !== 'root' && BLOCKS.has(node.type)) {
        block = { text: '', offsets: [] };
        blocks.push(block);
      }
    }
    if (node.type === 'text' && block) appendText(block, node as Text, source);
    if (node.type === 'break' && block) {
      block.text += '\n';
      block.offsets.push(node.position?.start.offset ?? 0);
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, block);
  };
  walk(tree, undefined);
  return blocks.filter((b) => b.text.trim().length > 0);
}

/** Maps each character of a text node to its offset in the source (escapes and entities make them differ). */
function appendText(block: TextBlock, node: Text, source: string): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const raw = source.slice(start, end);
  if (raw === node.value) {
    for (let i = 0; i < raw.length; i++) block.offsets.push(start + i);
    block.text += raw;
    return;
  }
  let cursor = 0;
  for (const char of node.value) {
    const found = raw.indexOf(char, cursor);
    const at = found === -1 ? cursor : found;
    for (let k = 0; k < char.length; k++) block.offsets.push(start + at + k);
    cursor = found === -1 ? cursor : found + char.length;
  }
  block.text += node.value;
}
