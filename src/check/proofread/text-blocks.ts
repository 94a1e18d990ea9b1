import type { Node, Parent, Root, Text } from 'mdast';

/**
 * The prose of one block (paragraph, heading, table cell…), joined across inline markup, with the file
 * offset of every character so a finding can point at its exact line and column.
 */
export interface TextBlock {
  text: string;
  offsets: number[];
  /** A title or heading: Chinese headlines may separate their two halves with a space. */
  headline?: boolean;
  /** A body paragraph: its Tabs are reported once for the paragraph by check-pasted-tables.ts. */
  paragraph?: boolean;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement']);
/** Nothing inside these is prose: code is code, HTML and expressions are markup. */
const SKIP = new Set(['code', 'inlineCode', 'html', 'yaml', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'math', 'inlineMath']);

/**
 * Inline markup whose edges count as a boundary: a space written next to a link or an emphasis
 * ("[首页](/) [新闻](/news/)") separates two elements and is not a stray space inside a word.
 */
const INLINE_MARKUP = new Set(['link', 'linkReference', 'emphasis', 'strong', 'delete', 'mdxJsxTextElement']);
const BOUNDARY = '\uFFFC';

function addBoundary(block: TextBlock, offset: number | undefined): void {
  block.text += BOUNDARY;
  block.offsets.push(offset ?? 0);
}

export function textBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: Node, current: TextBlock | undefined): void => {
    if (SKIP.has(node.type)) {
      // Inline code and expressions still separate the words around them: "行内 `x` 也" has no stray space.
      if (current && (node.type === 'inlineCode' || node.type === 'mdxTextExpression')) addBoundary(current, node.position?.start.offset);
      return;
    }
    let block = current;
    if (BLOCKS.has(node.type) || !block) {
      if (node.type !== 'root' && BLOCKS.has(node.type)) {
        block = { text: '', offsets: [], ...(node.type === 'heading' ? { headline: true } : {}), ...(node.type === 'paragraph' ? { paragraph: true } : {}) };
        blocks.push(block);
      }
    }
    if (node.type === 'text' && block) appendText(block, node as Text, source);
    if (node.type === 'break' && block) {
      block.text += '\n';
      block.offsets.push(node.position?.start.offset ?? 0);
    }
    const marked = block && INLINE_MARKUP.has(node.type) ? block : undefined;
    if (marked) addBoundary(marked, node.position?.start.offset);
    if ('children' in node) for (const child of (node as Parent).children) walk(child, block);
    if (marked) addBoundary(marked, (node.position?.end.offset ?? 1) - 1);
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
