import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Image, Paragraph } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { figurePlaceholderNode } from './figure-placeholder.ts';
import { figureAttributeProblems, markdownImageProblems, resolveContentImage, unknownComponentProblem } from './image-rules.ts';

interface Options {
  /** The project root: image keys and file names in messages are relative to it. */
  root: string;
  /** The site's base path ("/" or "/jdxh/"): site links written as "/news/" get it prepended. */
  base: string;
}

type Positioned = { position?: { start: { line: number } } };

/**
 * Sätteri plugin for news, pages and stories (Markdown and MDX), so that mistakes stop the build:
 * - <Figure src alt caption>: all three required as plain text; src relative to the file, must exist under
 *   content/; src becomes the project-relative key Figure.astro looks up in Astro's image pipeline.
 * - A paragraph holding only ![alt](src "caption") becomes a <Figure> (in .md: a placeholder for one, see
 *   figure-placeholder.ts).
 * - Any other capitalised component is an error naming file, line and component.
 * - Site links "/news/" honour the base path.
 */
export function contentPlugin(options: Options) {
  const root = path.resolve(options.root);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;

  return (factory: PluginFactoryContext): MdastPluginDefinition => {
    const file = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
    const shown = file ? path.relative(root, file).split(path.sep).join('/') : '（未知文件）';
    const isMdx = factory.sourceFormat === 'mdx';
    const problems: string[] = [];
    let lineOffset: number | undefined;
    const report = (node: Positioned, message: string) => {
      lineOffset ??= isMdx ? 0 : linesBeforeBody(file, factory.source);
      const line = node.position?.start.line;
      problems.push(`文件 ${shown}${line ? ` 第 ${line + lineOffset} 行` : ''}：${message}`);
    };

    const soleImage = (paragraph: Readonly<Paragraph>): Readonly<Image> | undefined => {
      const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      return meaningful.length === 1 && meaningful[0].type === 'image' ? meaningful[0] : undefined;
    };

    const figureElement = (src: string, alt: string, caption: string, at: Positioned): MdxJsxFlowElement => ({
      type: 'mdxJsxFlowElement',
      name: 'Figure',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'src', value: src },
        { type: 'mdxJsxAttribute', name: 'alt', value: alt },
        { type: 'mdxJsxAttribute', name: 'caption', value: caption },
      ],
      children: [],
      position: at.position as MdxJsxFlowElement['position'],
    });

    const jsx = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: MdastVisitorContext) => {
      const name = node.name ?? '';
      const unknown = unknownComponentProblem(name);
      if (unknown) return report(node, unknown);
      if (name !== 'Figure') return;
      const text = (attr: string) => {
        const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === attr);
        return found && typeof found.value === 'string' ? found.value : undefined;
      };
      const attrs = { src: text('src'), alt: text('alt'), caption: text('caption') };
      const missing = figureAttributeProblems(attrs);
      missing.forEach((m) => report(node, m));
      if (!attrs.src?.trim()) return;
      const resolved = resolveContentImage(root, file, attrs.src);
      if ('problem' in resolved) return report(node, resolved.problem);
      // Attributes cannot be set in place: the element is replaced by one with the resolved src.
      ctx.replaceNode(node, { ...figureElement(resolved.key, attrs.alt ?? '', attrs.caption ?? '', node), type: node.type } as MdxJsxFlowElement);
    };

    const siteLink = (node: Readonly<{ url: string }>, ctx: MdastVisitorContext) => {
      const url = node.url;
      if (base !== '/' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)) {
        ctx.setProperty(node as never, 'url' as never, (base + url.slice(1)) as never);
      }
    };

    const definition: MdastPluginDefinition = {
      name: 'jdxh-content',
      options: { position: true },
      paragraph(node, ctx) {
        const image = soleImage(node);
        if (!image) return;
        const found = markdownImageProblems(image.alt, image.title, image.url);
        found.forEach((m) => report(image, m));
        if (found.length) return;
        const resolved = resolveContentImage(root, file, image.url);
        if ('problem' in resolved) return report(image, resolved.problem);
        const figure = { src: resolved.key, alt: image.alt!, caption: image.title! };
        if (isMdx) {
          ctx.replaceNode(node, figureElement(figure.src, figure.alt, figure.caption, node));
          return;
        }
        // Plain Markdown cannot hold a component: ContentBody.astro renders <Figure> in the placeholder's place.
        ctx.replaceNode(node, figurePlaceholderNode(figure, node.position) as never);
      },
      image(node, ctx) {
        const parent = ctx.parent(node);
        if (parent?.type === 'paragraph' && soleImage(parent as Paragraph)) return;
        report(node, `图片 ${node.url} 夹在文字中间。请让图片单独成段，并写上说明：![描述](${node.url} "图为……")。`);
      },
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      link: siteLink,
      definition: siteLink,
      after() {
        if (problems.length) throw new Error(problems.join('\n'));
      },
    };
    // Every image is written "![": without one, no paragraph needs looking into (reading a paragraph's
    // children from the parser is what cost time, a thousand articles of six paragraphs each).
    if (!factory.source.includes('![')) {
      delete definition.paragraph;
      delete definition.image;
    }
    return definition;
  };
}

/**
 * Astro hands .md files to the processor without their frontmatter (MDX keeps its lines), so positions count
 * from the body; editors need the line in the file they opened.
 */
function linesBeforeBody(file: string, source: string): number {
  if (source.startsWith('---')) return 0;
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines[0].trim() !== '---') return 0;
    const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    return closing > 0 ? closing + 1 : 0;
  } catch {
    return 0;
  }
}
