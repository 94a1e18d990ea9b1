/**
 * A captioned Markdown image in a .md file cannot become a component there (only MDX renders components),
 * and Astro's own Markdown image handling writes a single <img>, without the JPEG fallback old phones need.
 * So the Markdown plugin leaves a placeholder element where the figure goes, and ContentBody.astro renders
 * <Figure> in its place: one component makes every content picture (Figure, covers, Markdown images).
 * It is the same placeholder-and-replace scheme Astro uses for its own Markdown images (__ASTRO_IMAGE_).
 * Editors cannot forge a placeholder: raw HTML in content is shown as text (content-safety.ts).
 */

export const FIGURE_PLACEHOLDER_TAG = 'jdxh-figure';

/** What <Figure> needs: src is the project-relative key ("/content/news/images/x.jpg"). */
export interface FigureProps {
  src: string;
  alt: string;
  caption: string;
}

/** The mdast node (a Sätteri custom node) that the Markdown → HTML step turns into the placeholder element. */
export function figurePlaceholderNode(figure: FigureProps, position: unknown) {
  return {
    type: 'contentFigure',
    data: {
      hName: FIGURE_PLACEHOLDER_TAG,
      hProperties: { dataSrc: figure.src, dataAlt: figure.alt, dataCaption: figure.caption },
    },
    children: [],
    position,
  };
}

// Attribute values are quoted with " (escaped inside), but may hold a bare > or <.
const PLACEHOLDER = new RegExp(`<${FIGURE_PLACEHOLDER_TAG}((?:\\s[\\w-]+="[^"]*")*)></${FIGURE_PLACEHOLDER_TAG}>`, 'g');

/**
 * The rendered HTML cut at each placeholder: HTML strings and the figures between them.
 * Undefined when there is no placeholder, so the caller can render the HTML as Astro does.
 */
export function splitAtFigures(html: string): (string | FigureProps)[] | undefined {
  if (!html.includes(`<${FIGURE_PLACEHOLDER_TAG}`)) return undefined;
  const parts: (string | FigureProps)[] = [];
  let last = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    parts.push(html.slice(last, match.index));
    parts.push(figureFrom(match[1]));
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  const unread = parts.find((p): p is string => typeof p === 'string' && p.includes(`<${FIGURE_PLACEHOLDER_TAG}`));
  if (unread !== undefined) throw new Error(`无法读取图片占位元素：${unread.slice(unread.indexOf(`<${FIGURE_PLACEHOLDER_TAG}`), 300)}`);
  return parts;
}

function figureFrom(attributes: string): FigureProps {
  const values = new Map<string, string>();
  for (const [, name, value] of attributes.matchAll(/\s([\w-]+)="([^"]*)"/g)) values.set(name, decodeAttribute(value));
  const read = (name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`图片占位元素缺少 ${name}：${attributes}`);
    return value;
  };
  return { src: read('data-src'), alt: read('data-alt'), caption: read('data-caption') };
}

/** Undoes the HTML serializer's escaping of an attribute value (it escapes & " ' and may use numeric forms). */
function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|apos|lt|gt));/gi, (whole, hex, dec, name) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
    return named[name.toLowerCase()] ?? whole;
  });
}
