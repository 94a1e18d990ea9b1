// Content written by editors must never put script on the site. These Sätteri plugins (Astro 7's
// Markdown processor, used for .md and, through @astrojs/mdx, for .mdx) run on every content file:
//   - raw HTML in Markdown is shown as text, never passed through (the content checks report it);
//   - MDX may not use script-capable elements, event-handler or set:html attributes, imports or
//     code expressions (comments {/* … */} are fine), nor javascript:/data: links;
//   - links to other sites get rel="noopener noreferrer".
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';

interface Located {
  position?: { start?: { line?: number } } | undefined;
}
interface Context {
  readonly fileURL: URL | undefined;
}

export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
}

function where(ctx: Context, node: Located): string {
  const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '（未知文件）';
  const line = node.position?.start?.line;
  return line ? `${file} 第 ${line} 行` : file;
}

function refuse(ctx: Context, node: Located, what: string, fix: string): never {
  throw new UnsafeContentError(`${where(ctx, node)}：${what}。${fix}`);
}

/** Elements that can run script or pull in another document. */
const SCRIPT_CAPABLE = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta',
  'base', 'form', 'svg', 'math', 'template', 'noscript',
]);

/** Schemes a browser would run or render inline rather than navigate to. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside the scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

/** http(s) or protocol-relative: a link that leaves the site. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

function checkUrl(ctx: Context, node: Located & { url?: string }, field: string) {
  if (node.url && isUnsafeUrl(node.url)) {
    refuse(ctx, node, `${field}「${node.url.slice(0, 40)}」使用了不安全的地址`, '链接只能是 https:// 开头的网址或本站页面。');
  }
}

interface JsxNode extends Located {
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

function checkJsx(ctx: Context, node: JsxNode) {
  const name = node.name ?? '';
  if (SCRIPT_CAPABLE.has(name.toLowerCase())) {
    refuse(ctx, node, `不允许使用 <${name}> 标签`, '正文里只能用 Markdown 和 <Figure>、<Callout> 组件，请删除这个标签。');
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      refuse(ctx, node, `<${name}> 上不允许使用 {...} 展开属性`, '请把属性逐个写成 名称="值"。');
    }
    const attr = attribute.name ?? '';
    if (/^on/i.test(attr) || /^(set:|is:)/i.test(attr)) {
      refuse(ctx, node, `<${name}> 的属性 ${attr} 不允许使用`, '请删除这个属性。');
    }
    if (typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
      refuse(ctx, node, `<${name}> 的属性 ${attr} 使用了不安全的地址`, '链接只能是 https:// 开头的网址或本站文件。');
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      refuse(ctx, node, `<${name}> 的属性 ${attr} 使用了 {...} 表达式`, '请把属性值写成带引号的文字，例如 alt="图为……"。');
    }
  }
}

function checkExpression(ctx: Context, node: Located & { value?: string }) {
  const code = (node.value ?? '').trim();
  if (code === '' || /^\/\*[\s\S]*\*\/$/.test(code)) return;
  refuse(ctx, node, `不允许使用 {${code.slice(0, 30)}} 代码表达式`, '正文里的花括号会被当作代码执行；如要写花括号本身，请写成 \\{ 和 \\}。');
}

export const contentSafetyMdast: MdastPluginDefinition = {
  name: 'jdxh-content-safety',
  options: { position: true },
  html(node, ctx) {
    // Shown to readers as the very characters the editor typed; the content checks point at it.
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, ctx) {
    checkUrl(ctx, node, '链接地址');
  },
  image(node, ctx) {
    checkUrl(ctx, node, '图片地址');
  },
  definition(node, ctx) {
    checkUrl(ctx, node, '链接定义');
  },
  mdxJsxFlowElement(node, ctx) {
    checkJsx(ctx, node as JsxNode);
  },
  mdxJsxTextElement(node, ctx) {
    checkJsx(ctx, node as JsxNode);
  },
  mdxFlowExpression(node, ctx) {
    checkExpression(ctx, node);
  },
  mdxTextExpression(node, ctx) {
    checkExpression(ctx, node);
  },
  mdxjsEsm(node, ctx) {
    refuse(ctx, node, '不允许使用 import/export 语句', '组件 <Figure> 和 <Callout> 无需导入，请删除这一行。');
  },
};

function relTokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

export const externalLinksHast: HastPluginDefinition = {
  name: 'jdxh-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href !== 'string' || !isExternalUrl(href)) return;
      const rel = new Set(relTokens(node.properties?.rel));
      rel.add('noopener');
      rel.add('noreferrer');
      ctx.setProperty(node, 'rel', [...rel]);
    },
  },
};
