import type { Definition, PhrasingContent } from 'mdast';
import type { Inline, TextStyle } from '../model/index.ts';
import { TypesetError } from '../errors.ts';
import { isChineseContext } from '../text/classes.ts';
import { graphemes } from '../text/clusters.ts';
import { isCommentExpression, rejectNode } from './reject.ts';
import { sourceOf } from './source-ref.ts';

export interface InlineContext {
  file: string;
  definitions: Map<string, Definition>;
}

/** mdast phrasing content → our inlines (soft line breaks resolved, spaces collapsed). */
export function toInlines(nodes: PhrasingContent[], ctx: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) collectInline(node, {}, ctx, out);
  return normalizeWhitespace(out);
}

function collectInline(node: PhrasingContent, style: TextStyle, ctx: InlineContext, out: Inline[]): void {
  const source = sourceOf(node, ctx.file);
  switch (node.type) {
    case 'text': {
      // One inline per source line, so an error inside a long paragraph names the right line.
      const lines = node.value.split(/(?<=\n)/);
      lines.forEach((text, k) => out.push({ kind: 'text', text, style, source: k === 0 ? source : { file: ctx.file, line: source.line + k } }));
      return;
    }
    case 'inlineCode':
      out.push({ kind: 'text', text: node.value, style: { ...style, code: true }, source });
      return;
    case 'strong':
      for (const child of node.children) collectInline(child, { ...style, bold: true }, ctx, out);
      return;
    case 'emphasis':
      for (const child of node.children) collectInline(child, { ...style, italic: true }, ctx, out);
      return;
    case 'link':
      for (const child of node.children) collectInline(child, { ...style, link: node.url }, ctx, out);
      return;
    case 'linkReference': {
      const def = ctx.definitions.get(node.identifier.toLowerCase());
      if (!def) throw new TypesetError(`链接引用 [${node.label ?? node.identifier}] 没有定义，请在文中加上 [${node.identifier}]: 网址。`, source);
      for (const child of node.children) collectInline(child, { ...style, link: def.url }, ctx, out);
      return;
    }
    case 'break':
      out.push({ kind: 'break', source });
      return;
    case 'footnoteReference':
      out.push({ kind: 'footnoteRef', id: node.identifier, source });
      return;
    case 'html':
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return; // an editor's comment, not content
      throw new TypesetError(`印刷版不能排版 HTML 代码“${node.value.slice(0, 30)}”，请改用 Markdown 写法。`, source);
    case 'image':
    case 'imageReference':
      throw new TypesetError('图片要单独成段（上下各空一行），不能夹在文字中间。', source);
    default:
      if ((node as { type: string }).type === 'mdxTextExpression' && isCommentExpression((node as unknown as { value: string }).value)) return;
      rejectNode(node, ctx.file);
  }
}

const SOFT_BREAK = /[ \t]*\r?\n[ \t]*/g;

/**
 * A soft line break between two Chinese characters adds nothing; elsewhere it is one space. Runs of spaces
 * collapse to one; the paragraph's leading and trailing spaces go.
 */
function normalizeWhitespace(inlines: Inline[]): Inline[] {
  const texts = inlines.map((i) => (i.kind === 'text' && !i.style.code ? i.text : null));
  const neighbour = (index: number, dir: -1 | 1): string => {
    for (let j = index + dir; j >= 0 && j < inlines.length; j += dir) {
      const inline = inlines[j];
      if (inline.kind === 'break') return '';
      if (inline.kind === 'footnoteRef') return '1';
      const t = texts[j] ?? (inline.kind === 'text' ? inline.text : '');
      if (t.length > 0) {
        const g = graphemes(dir === -1 ? t.slice(-4) : t.slice(0, 4));
        return dir === -1 ? g[g.length - 1] : g[0];
      }
    }
    return '';
  };
  const result: Inline[] = [];
  inlines.forEach((inline, index) => {
    if (inline.kind !== 'text' || inline.style.code) {
      result.push(inline);
      return;
    }
    let text = inline.text.replace(SOFT_BREAK, (match, offset: number, whole: string) => {
      const before = offset > 0 ? lastGrapheme(whole.slice(0, offset)) : neighbour(index, -1);
      const afterText = whole.slice(offset + match.length);
      const after = afterText.length > 0 ? graphemes(afterText.slice(0, 4))[0] : neighbour(index, 1);
      return isChineseContext(before) && isChineseContext(after) ? '' : ' ';
    });
    text = text.replace(/[ \t]{2,}/g, ' ');
    texts[index] = text;
    result.push({ ...inline, text });
  });
  trimEdges(result);
  return result.filter((i) => i.kind !== 'text' || i.text.length > 0);
}

function lastGrapheme(text: string): string {
  const g = graphemes(text.slice(-4));
  return g[g.length - 1] ?? '';
}

function trimEdges(inlines: Inline[]): void {
  const first = inlines[0];
  if (first?.kind === 'text' && !first.style.code) inlines[0] = { ...first, text: first.text.replace(/^[ \t]+/, '') };
  const lastIndex = inlines.length - 1;
  const last = inlines[lastIndex];
  if (last?.kind === 'text' && !last.style.code) inlines[lastIndex] = { ...last, text: last.text.replace(/[ \t]+$/, '') };
}
