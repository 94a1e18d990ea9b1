import path from 'node:path';
import type { Node } from 'unist';
import type { Block, SourceRef } from '../model/index.ts';
import { TypesetError } from '../errors.ts';
import { sourceOf } from './source-ref.ts';

/** The MDX JSX element as remark-mdx gives it (only what we read). */
export interface JsxElement extends Node {
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: Node[];
}

function attribute(element: JsxElement, name: string, file: string, required: boolean): string | undefined {
  const source = sourceOf(element, file);
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      throw new TypesetError(`<${element.name}> 里不能用 {...} 展开属性，请逐个写出 ${name}="…"。`, source);
    }
    if (attr.name !== name) continue;
    if (typeof attr.value === 'string') return attr.value;
    throw new TypesetError(`<${element.name}> 的 ${name} 要写成带引号的文字 ${name}="…"，不能用 {…} 表达式。`, source);
  }
  if (required) throw new TypesetError(`<${element.name}> 缺少 ${name} 属性，请补上 ${name}="…"。`, source);
  return undefined;
}

function checkAttributes(element: JsxElement, allowed: string[], file: string): void {
  for (const attr of element.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name && !allowed.includes(attr.name)) {
      throw new TypesetError(`<${element.name}> 没有 ${attr.name} 属性，可用的属性是：${allowed.join('、')}。`, sourceOf(element, file));
    }
  }
}

/** An image path relative to the Markdown file → absolute path; remote images cannot be printed. */
export function resolveImagePath(src: string, file: string, source: SourceRef): string {
  if (/^[a-z]+:\/\//i.test(src) || src.startsWith('//')) {
    throw new TypesetError(`图片“${src}”是网络地址，印刷版只能用本地图片。请把图片放进 images 文件夹，写成 ./images/文件名。`, source);
  }
  return path.resolve(path.dirname(path.resolve(file)), decodeURI(src));
}

/** `<Figure src alt caption />` → a figure block. */
export function figureFromJsx(element: JsxElement, file: string): Block {
  checkAttributes(element, ['src', 'alt', 'caption'], file);
  const source = sourceOf(element, file);
  if (element.children.length > 0) {
    throw new TypesetError('<Figure> 不能包含内容，图注请写在 caption="…" 里，并写成 <Figure … />。', source);
  }
  const src = attribute(element, 'src', file, true)!;
  const alt = attribute(element, 'alt', file, true)!;
  const caption = attribute(element, 'caption', file, false);
  return {
    kind: 'figure',
    image: { path: resolveImagePath(src, file, source), alt },
    caption: caption ? [{ kind: 'text', text: caption, style: {}, source }] : [],
    source,
  };
}

/** The title of a `<Callout>` written without one: the same as on the website (components/mdx/Callout.astro). */
export const DEFAULT_CALLOUT_TITLE = '知识卡片';

/** `<Callout title>` → its title; the children are parsed as blocks by the caller. */
export function calloutTitle(element: JsxElement, file: string): string {
  checkAttributes(element, ['title'], file);
  return attribute(element, 'title', file, false) ?? DEFAULT_CALLOUT_TITLE;
}
