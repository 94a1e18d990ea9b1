import type { Definition, FootnoteDefinition, Image, Paragraph, RootContent, Table } from 'mdast';
import type { Node } from 'unist';
import type { Block, Inline, SourceRef } from '../model/index.ts';
import { TypesetError } from '../errors.ts';
import { calloutTitle, figureFromJsx, resolveImagePath, type JsxElement } from './components.ts';
import { toInlines, type InlineContext } from './inlines.ts';
import { isCommentExpression, rejectNode } from './reject.ts';
import { sourceOf } from './source-ref.ts';

export interface BlockContext extends InlineContext {
  footnotes: FootnoteDefinition[];
  /** The <Callout> being read, when inside one (boxes do not nest in print). */
  callout?: { title: string; line: number };
}

/** mdast block content → our blocks. */
export function toBlocks(nodes: RootContent[], ctx: BlockContext): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const block = toBlock(node, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}

function toBlock(node: RootContent, ctx: BlockContext): Block | undefined {
  const source = sourceOf(node, ctx.file);
  switch (node.type) {
    case 'yaml':
    case 'definition':
      return undefined; // front matter and link definitions are read elsewhere
    case 'footnoteDefinition':
      ctx.footnotes.push(node);
      return undefined;
    case 'heading':
      return { kind: 'heading', depth: Math.min(node.depth, 4) as 1 | 2 | 3 | 4, inlines: toInlines(node.children, ctx), source };
    case 'paragraph':
      return paragraphOrFigure(node, ctx);
    case 'blockquote':
      return { kind: 'blockquote', blocks: toBlocks(node.children, ctx), source };
    case 'list':
      for (const item of node.children) {
        if (item.checked !== null && item.checked !== undefined) {
          throw new TypesetError('印刷版不支持任务列表（- [ ] …），请改成普通列表。', sourceOf(item, ctx.file));
        }
      }
      return {
        kind: 'list',
        ordered: node.ordered === true,
        start: node.start ?? 1,
        items: node.children.map((item) => toBlocks(item.children, ctx)),
        source,
      };
    case 'thematicBreak':
      return { kind: 'thematicBreak', source };
    case 'table':
      return toTable(node, ctx);
    case 'html':
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return undefined;
      throw new TypesetError(`印刷版不能排版 HTML 代码“${node.value.slice(0, 30)}”，请改用 Markdown 写法。`, source);
    default:
      return fromMdx(node, ctx);
  }
}

function fromMdx(node: Node, ctx: BlockContext): Block | undefined {
  if (node.type === 'mdxFlowExpression' && isCommentExpression((node as unknown as { value: string }).value)) return undefined;
  if (node.type === 'mdxJsxFlowElement') {
    const element = node as JsxElement;
    if (element.name === 'Figure') return figureFromJsx(element, ctx.file);
    if (element.name === 'Callout') {
      const source = sourceOf(node, ctx.file);
      if (ctx.callout) throw nestedCallout(ctx.callout, source);
      const title = calloutTitle(element, ctx.file);
      return { kind: 'callout', title, blocks: toBlocks(element.children as RootContent[], { ...ctx, callout: { title, line: source.line } }), source };
    }
  }
  rejectNode(node, ctx.file);
}

/**
 * A box inside a box: the printed page cannot hold it (two tints and frames one inside the other, the text
 * 2 em narrower again, blur in black-and-white print), and an editor hardly means it; it stops the build
 * with where it is and how to write it instead, rather than lose the inner box's frame.
 */
function nestedCallout(outer: { title: string; line: number }, source: SourceRef): TypesetError {
  return new TypesetError(
    `<Callout> 不能放在另一个 <Callout> 里面：这里的卡片在第 ${outer.line} 行的卡片“${outer.title}”之内，印刷版排不出框中框。` +
      `请把里面这个 <Callout>…</Callout> 整段移到外层的 </Callout> 之后，作为并列的另一张卡片；或者去掉它的 <Callout> 标签，把内容直接写进外层卡片（需要小标题时，用 **加粗** 的一行）。`,
    source,
  );
}

/** A paragraph holding only an image (Markdown or <Figure>) is a figure; the image title is its caption. */
function paragraphOrFigure(node: Paragraph, ctx: BlockContext): Block {
  const source = sourceOf(node, ctx.file);
  const visible = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (visible.length === 1) {
    const only = visible[0] as Node;
    if (only.type === 'image') {
      const image = only as Image;
      const caption: Inline[] = image.title ? [{ kind: 'text', text: image.title, style: {}, source }] : [];
      return { kind: 'figure', image: { path: resolveImagePath(image.url, ctx.file, source), alt: image.alt ?? '' }, caption, source };
    }
    if (only.type === 'mdxJsxTextElement' && (only as JsxElement).name === 'Figure') return figureFromJsx(only as JsxElement, ctx.file);
  }
  return { kind: 'paragraph', inlines: toInlines(node.children, ctx), source };
}

function toTable(node: Table, ctx: BlockContext): Block {
  const [head, ...body] = node.children;
  const cells = (row: typeof head) => row.children.map((cell) => toInlines(cell.children, ctx));
  return {
    kind: 'table',
    align: (node.align ?? []).map((a) => a ?? null),
    header: head ? cells(head) : [],
    rows: body.map(cells),
    source: sourceOf(node, ctx.file),
  };
}

export function definitionsOf(nodes: RootContent[]): Map<string, Definition> {
  const map = new Map<string, Definition>();
  const visit = (list: Node[]) => {
    for (const n of list) {
      if (n.type === 'definition') map.set((n as Definition).identifier.toLowerCase(), n as Definition);
      const children = (n as { children?: Node[] }).children;
      if (children) visit(children);
    }
  };
  visit(nodes);
  return map;
}
