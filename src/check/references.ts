import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentEntry } from './corpus.ts';

/** A link or image written in a content file, with where it was written. */
export interface Reference {
  kind: 'link' | 'image';
  url: string;
  offset: number;
  /** For images: the alt text and the caption (Markdown title or Figure caption), when given. */
  alt?: string;
  caption?: string;
  /** How it was written, for messages: Markdown image, Figure, cover… */
  via: 'markdown' | 'figure' | 'frontmatter';
}

/** Every link and image of a Markdown/MDX file: Markdown links and images, Figure src, cover in the frontmatter. */
export function referencesOf(entry: ContentEntry): Reference[] {
  const refs: Reference[] = [];
  if (entry.tree) collectFromTree(entry.tree, refs);
  const cover = (entry.frontmatter?.yaml.data as { cover?: unknown } | undefined)?.cover;
  const coverAlt = (entry.frontmatter?.yaml.data as { coverAlt?: unknown } | undefined)?.coverAlt;
  if (typeof cover === 'string' && entry.frontmatter) {
    refs.push({
      kind: 'image',
      url: cover,
      offset: entry.frontmatter.offset + Math.max(0, entry.frontmatter.yaml.valueOffsetOf(['cover'])),
      alt: typeof coverAlt === 'string' ? coverAlt : undefined,
      via: 'frontmatter',
    });
  }
  return refs;
}

function collectFromTree(tree: Root, refs: Reference[]): void {
  visit(tree, (node) => {
    const offset = node.position?.start.offset ?? 0;
    if (node.type === 'link' || node.type === 'definition') {
      refs.push({ kind: 'link', url: node.url, offset, via: 'markdown' });
    } else if (node.type === 'image') {
      refs.push({ kind: 'image', url: node.url, offset, alt: node.alt ?? '', caption: node.title ?? undefined, via: 'markdown' });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const src = stringAttribute(node, 'src');
      if (src !== undefined) {
        refs.push({ kind: 'image', url: src, offset, alt: stringAttribute(node, 'alt'), caption: stringAttribute(node, 'caption'), via: 'figure' });
      }
    }
  });
}

export function stringAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
