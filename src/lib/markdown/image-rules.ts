import { existsSync } from 'node:fs';
import path from 'node:path';

/** The only components content may use (the contract in TEAM.md); lower-case HTML tags are left alone. */
export const CONTENT_COMPONENTS = ['Figure', 'Callout'] as const;

export type Resolved = { key: string } | { problem: string };

/**
 * Resolves an image path written in a content file (relative to that file) to the key Figure.astro
 * looks up: its path from the project root, "/content/news/images/x.jpg". Explains in Chinese what is wrong otherwise.
 */
export function resolveContentImage(root: string, file: string, src: string): Resolved {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return { problem: `图片 ${src} 是外部地址。网站不从其他网站加载图片：请把图片放进 content/ 下的 images 文件夹，用相对路径引用。` };
  }
  if (src.startsWith('/')) {
    return { problem: `图片 ${src} 应写成相对于本文件的路径，例如 ./images/照片.jpg。` };
  }
  const absolute = path.resolve(path.dirname(file), decodeURI(src));
  const key = path.relative(root, absolute).split(path.sep).join('/');
  if (!key.startsWith('content/')) {
    return { problem: `图片 ${src} 不在 content/ 文件夹内，请把图片移到 content/ 下并用相对路径引用。` };
  }
  if (!/\.(jpe?g|png|webp)$/i.test(key)) {
    return { problem: `图片 ${src} 的格式不支持，请使用 jpg、png 或 webp。` };
  }
  if (!existsSync(absolute)) {
    return { problem: `找不到图片 ${src}（应位于 ${key}）。请检查文件名和路径（相对于本文件）。` };
  }
  return { key: `/${key}` };
}

/** Problems with a <Figure>'s attributes (given as plain strings, or undefined when missing or not plain text). */
export function figureAttributeProblems(attrs: { src?: string; alt?: string; caption?: string }): string[] {
  const wanted: [keyof typeof attrs, string][] = [
    ['src', '图片路径'],
    ['alt', '替代文字：为看不见图片的读者描述画面'],
    ['caption', '图片说明，例如“图为……”'],
  ];
  return wanted
    .filter(([name]) => !attrs[name]?.trim())
    .map(([name, label]) => `<Figure> 缺少 ${name}（${label}），请写成 ${name}="……"（纯文字，不能为空）。`);
}

/** Problems with a Markdown image ![alt](src "caption") that stands as its own paragraph. */
export function markdownImageProblems(alt: string | null | undefined, title: string | null | undefined, src: string): string[] {
  const problems: string[] = [];
  if (!alt?.trim()) problems.push(`图片 ${src} 缺少替代文字，请写成 ![描述画面的文字](${src} "图为……")。`);
  if (!title?.trim()) problems.push(`图片 ${src} 缺少图片说明，请写成 ![${alt?.trim() || '描述画面的文字'}](${src} "图为……")。`);
  return problems;
}

export function unknownComponentProblem(name: string): string | undefined {
  if (!/^[A-Z]/.test(name) || (CONTENT_COMPONENTS as readonly string[]).includes(name)) return undefined;
  return `不认识的组件 <${name}>。正文只能使用 <Figure>（图片）和 <Callout>（知识卡片）。`;
}
