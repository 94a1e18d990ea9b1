/**
 * Build time only (Node): what of a built HTML page goes into the search index, and the HTML we hand
 * Pagefind instead of the page itself.
 *
 * The rules mirror Pagefind's own reader (pagefind/src/fossick/parser.rs): only the inside of
 * data-pagefind-body elements, minus data-pagefind-ignore subtrees and the elements Pagefind always
 * drops (script, style, nav, footer, form, label, svg, iframe, template, noscript). Headings weigh more
 * (h1 7 … h6 2, as Pagefind does), data-pagefind-weight is honoured.
 */
import { createHash } from 'node:crypto';
import { parseDocument } from 'htmlparser2';
import { canonicalText } from './canonical.ts';
import { documentTokens } from './grams.ts';
import { isTitleFirstKind, titleTokens } from './title-first.ts';

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  startIndex: number | null;
  endIndex: number | null;
}

const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd',
  'map', 'object', 'output', 'q', 's', 'samp', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time',
  'tt', 'u', 'var', 'mark', 'ruby', 'rt', 'rp', 'wbr', 'del', 'ins', 'data',
]);
const HEADING_WEIGHT: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };

export interface TextBlock {
  /** Pagefind weight as written in data-pagefind-weight ("1" is Pagefind's default). */
  weight: string;
  text: string;
}

export interface IndexablePage {
  /** The indexed text in reading order, one block per paragraph/heading/list item… */
  blocks: TextBlock[];
  /** All blocks, whitespace-normalised, separated by a space: shown in excerpts and checked for exact matches. */
  text: string;
  /** The outermost data-pagefind-body elements, as positions in the HTML source. */
  bodies: Array<{ innerStart: number; innerEnd: number }>;
  /**
   * When the page names its title and image itself (as SearchMeta does), Pagefind needs nothing from a
   * body but the elements carrying metadata, filters and sort keys: their HTML, per body. Otherwise
   * undefined, and Pagefind gets the whole body (it takes a default title from the first h1 and a default
   * image from the first picture).
   */
  bodyData?: string[];
  /** The page's title and kind as its SearchMeta declares them (data-pagefind-meta title:…, filter kind:…). */
  title?: string;
  kind?: string;
}

const DATA_ATTRIBUTES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

function carriesData(node: DomNode): boolean {
  return DATA_ATTRIBUTES.some((name) => name in (node.attribs ?? {}));
}

/** The source of the outermost elements under `node` that carry metadata, filters or sort keys. */
function dataElements(node: DomNode, html: string, found: string[]): string[] {
  for (const child of node.children ?? []) {
    if (!isElement(child) || child.attribs?.['data-pagefind-ignore'] === 'all') continue;
    if (carriesData(child)) found.push(html.slice(child.startIndex ?? 0, (child.endIndex ?? -1) + 1));
    else dataElements(child, html, found);
  }
  return found;
}

/** Metadata keys the page declares anywhere ("title:…", "image[src]" → title, image). */
function declaredMetaKeys(node: DomNode, keys: Set<string>): Set<string> {
  for (const child of node.children ?? []) {
    if (!isElement(child)) continue;
    const key = /^\s*([\w-]+)/.exec(child.attribs?.['data-pagefind-meta'] ?? '')?.[1];
    if (key) keys.add(key);
    declaredMetaKeys(child, keys);
  }
  return keys;
}

/** The value of "key:value" in the first such `attribute` anywhere in the page (attributes come decoded). */
function declaredValue(node: DomNode, attribute: string, key: string): string | undefined {
  for (const child of node.children ?? []) {
    if (!isElement(child)) continue;
    const declared = child.attribs?.[attribute];
    if (declared?.startsWith(`${key}:`)) return declared.slice(key.length + 1);
    const found = declaredValue(child, attribute, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function findBodies(node: DomNode, found: DomNode[]): DomNode[] {
  for (const child of node.children ?? []) {
    if (!isElement(child)) continue;
    if (child.attribs && 'data-pagefind-body' in child.attribs) found.push(child);
    else findBodies(child, found);
  }
  return found;
}

function collectBlocks(body: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock = { weight: '1', text: '' };
  const flush = (weight: string) => {
    const text = current.text.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ weight: current.weight, text });
    current = { weight, text: '' };
  };
  const walk = (node: DomNode, weight: string) => {
    if (node.type === 'text') {
      current.text += node.data ?? '';
      return;
    }
    if (!isElement(node)) return;
    const name = node.name ?? '';
    const attribs = node.attribs ?? {};
    if (REMOVED.has(name) || 'data-pagefind-ignore' in attribs) return;
    const ownWeight = attribs['data-pagefind-weight'] ?? HEADING_WEIGHT[name] ?? weight;
    const block = !INLINE.has(name);
    if (block || ownWeight !== current.weight) flush(ownWeight);
    if (name === 'br') current.text += ' ';
    for (const attr of (attribs['data-pagefind-index-attrs'] ?? '').split(',')) {
      const value = attribs[attr.trim()];
      if (attr.trim() && value) current.text += ` ${value} `;
    }
    for (const child of node.children ?? []) walk(child, ownWeight);
    if (block || ownWeight !== weight) flush(weight);
  };
  for (const child of body.children ?? []) walk(child, '1');
  flush('1');
  return blocks;
}

function startTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

function innerRange(html: string, body: DomNode): { innerStart: number; innerEnd: number } {
  const name = body.name ?? '';
  const innerStart = startTagEnd(html, body.startIndex ?? 0);
  const end = (body.endIndex ?? -1) + 1;
  const innerEnd = html.lastIndexOf('</', end - 1);
  const closing = html.slice(innerEnd, end);
  if (innerStart < 0 || innerEnd < innerStart || !new RegExp(`^</${name}\\s*>$`, 'i').test(closing)) {
    throw new Error(`带 data-pagefind-body 的 <${name}> 元素没有正确闭合（位置 ${body.startIndex}）`);
  }
  return { innerStart, innerEnd };
}

/** The page's indexable text, or undefined when the page has no data-pagefind-body (it is not indexed). */
export function readIndexablePage(html: string): IndexablePage | undefined {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true }) as unknown as DomNode;
  const bodies = findBodies(document, []);
  if (bodies.length === 0) return undefined;
  const blocks = bodies.flatMap(collectBlocks);
  const declared = declaredMetaKeys(document, new Set());
  return {
    blocks,
    text: blocks.map((b) => b.text).join(' '),
    bodies: bodies.map((body) => innerRange(html, body)),
    bodyData: declared.has('title') && declared.has('image') ? bodies.map((body) => dataElements(body, html, []).join('')) : undefined,
    title: declaredValue(document, 'data-pagefind-meta', 'title'),
    kind: declaredValue(document, 'data-pagefind-filter', 'kind'),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Digits only (so no query token can ever prefix-match it), changing whenever the page's text changes. */
export function textDigest(text: string): string {
  return BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 12)}`).toString();
}

/**
 * For news and stories, the title once more as marked tokens (see src/lib/search/title-first.ts), after
 * everything else so that the positions of the text's own tokens stay as they are.
 */
function titleParagraph(page: IndexablePage): string {
  if (!page.title || !isTitleFirstKind(page.kind)) return '';
  const tokens = titleTokens(canonicalText(page.title)).join(' ');
  return tokens ? `<p>${tokens}</p>` : '';
}

/**
 * The HTML Pagefind indexes for a page (never written to dist/): each body's original content (or only its
 * metadata elements, see IndexablePage.bodyData) stays, wrapped in data-pagefind-ignore so its meta,
 * filters, sort keys and title still count but its words are not indexed; the indexed words are the character-pair tokens, one paragraph per text block so weights
 * carry over. The real text reaches the browser in the fragment file (src/build/search-fragments.ts); its
 * digest goes in as metadata so that the fragment's name, a hash of what Pagefind saw, changes with it.
 */
export function indexDocument(html: string, page: IndexablePage): string {
  const tokenParagraphs = page.blocks
    .map((block) => {
      const tokens = documentTokens(canonicalText(block.text)).join(' ');
      if (!tokens) return '';
      const weight = block.weight === '1' ? '' : ` data-pagefind-weight="${escapeHtml(block.weight)}"`;
      return `<p${weight}>${tokens}</p>`;
    })
    .join('');
  let out = '';
  let cursor = 0;
  page.bodies.forEach(({ innerStart, innerEnd }, i) => {
    const last = i === page.bodies.length - 1;
    out += html.slice(cursor, innerStart);
    out += '<div data-pagefind-ignore>';
    out += page.bodyData ? page.bodyData[i] : html.slice(innerStart, innerEnd);
    if (last) out += `<span data-pagefind-meta="text_digest:${textDigest(page.text)}"></span>`;
    out += '</div>';
    if (last) out += tokenParagraphs + titleParagraph(page);
    cursor = innerEnd;
  });
  return out + html.slice(cursor);
}
