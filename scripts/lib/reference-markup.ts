/**
 * The bench book (bench-typeset-book.ts) written for other typesetters, so they can be measured on the same text,
 * fonts and page as our engine: Typst markup, and HTML for Chromium's print. The synthetic Markdown has only
 * four kinds of block, translated directly: paragraphs, `## ` headings, one numbered list per story and
 * `<Callout title="…">` boxes (their title on a line of its own, their text one paragraph).
 */
import type { BookInput } from '../../src/typeset/index.ts';
import type { SyntheticStory } from '../bench-typeset-book.ts';

type Block =
  | { kind: 'paragraph' | 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'callout'; title: string; text: string };

function syntheticBlocks(markdown: string): Block[] {
  return markdown.split('\n\n').map((part): Block => {
    if (part.startsWith('## ')) return { kind: 'heading', text: part.slice(3) };
    if (/^\d+\. /.test(part)) return { kind: 'list', items: part.split('\n').map((line) => line.replace(/^\d+\. /, '')) };
    const callout = /^<Callout title="([^"]*)">\n([\s\S]*)\n<\/Callout>$/.exec(part);
    if (callout) return { kind: 'callout', title: callout[1]!, text: callout[2]!.replaceAll('\n', '') };
    return { kind: 'paragraph', text: part };
  });
}

/** The body and heading faces of the book, as font files and family names. */
export function referenceFonts(book: BookInput): { body: { file: string; family: string }; heading: { file: string; family: string } } {
  const face = (role: 'body' | 'heading') => book.fonts.faces[book.fonts.roles[role]]!;
  return { body: face('body'), heading: face('heading') };
}

const pt = (n: number) => `${n.toFixed(3)}pt`;

/**
 * Typst markup: the page, margins (inside/outside), body size and line pitch of `book`; justified, 2 em
 * first-line indents, stories on right-hand pages, a contents page. Line boxes are made one em tall so that
 * `leading` is the gap that makes the pitch.
 */
export function typstSource(book: BookInput, stories: SyntheticStory[]): string {
  const { page } = book;
  const { body, heading } = referenceFonts(book);
  const esc = (text: string) => text.replace(/[\\#*_$<>@[\]`=~/-]/g, (c) => `\\${c}`);
  const lines = [
    `#set page(width: ${pt(page.width)}, height: ${pt(page.height)}, margin: (top: ${pt(page.margins.top)}, bottom: ${pt(page.margins.bottom)}, inside: ${pt(page.margins.inner)}, outside: ${pt(page.margins.outer)}), numbering: "1")`,
    `#set text(font: "${body.family}", size: ${pt(page.bodySize)}, lang: "zh", region: "cn", top-edge: 1em, bottom-edge: 0em)`,
    `#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: ${page.linePitch - 1}em, spacing: ${page.linePitch - 1}em)`,
    `#show heading: set text(font: "${heading.family}", weight: "bold")`,
    `#show heading.where(level: 1): it => { pagebreak(to: "odd", weak: true); it }`,
    `#align(center + horizon, text(size: 2em, font: "${heading.family}", weight: "bold")[${esc(book.meta.title)}])`,
    '#pagebreak()',
    '#outline(title: "目录")',
  ];
  for (const story of stories) {
    lines.push(`= ${esc(story.title)}`);
    for (const block of syntheticBlocks(story.markdown)) {
      if (block.kind === 'heading') lines.push(`== ${esc(block.text)}`);
      else if (block.kind === 'list') lines.push(block.items.map((item) => `+ ${esc(item)}`).join('\n'));
      else if (block.kind === 'callout') lines.push(`#block(stroke: 0.5pt, inset: 8pt, width: 100%)[*${esc(block.title)}*\n\n${esc(block.text)}]`);
      else lines.push(esc(block.text));
    }
  }
  return lines.join('\n\n');
}

/** HTML for Chromium's print with the same page, margins (left/right pages), fonts and pitch as `book`. */
export function printHtml(book: BookInput, stories: SyntheticStory[]): string {
  const { page } = book;
  const { body, heading } = referenceFonts(book);
  const esc = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const html: string[] = [`<h1 class="cover">${esc(book.meta.title)}</h1>`];
  for (const story of stories) {
    html.push(`<section><h1>${esc(story.title)}</h1>`);
    for (const block of syntheticBlocks(story.markdown)) {
      if (block.kind === 'heading') html.push(`<h2>${esc(block.text)}</h2>`);
      else if (block.kind === 'list') html.push(`<ol>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ol>`);
      else if (block.kind === 'callout') html.push(`<aside><b>${esc(block.title)}</b><p>${esc(block.text)}</p></aside>`);
      else html.push(`<p>${esc(block.text)}</p>`);
    }
    html.push('</section>');
  }
  const m = page.margins;
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
@font-face { font-family: body; src: url("file://${body.file}"); }
@font-face { font-family: heading; font-weight: 700; src: url("file://${heading.file}"); }
@page { size: ${pt(page.width)} ${pt(page.height)}; margin: ${pt(m.top)} ${pt(m.outer)} ${pt(m.bottom)} ${pt(m.inner)}; }
@page :left { margin-left: ${pt(m.outer)}; margin-right: ${pt(m.inner)}; }
@page :right { margin-left: ${pt(m.inner)}; margin-right: ${pt(m.outer)}; }
body { margin: 0; font: ${pt(page.bodySize)}/${page.linePitch} body; text-align: justify; }
p { margin: 0; text-indent: 2em; }
h1, h2 { font-family: heading; font-weight: 700; }
h1.cover { margin-top: 40%; text-align: center; }
section { break-before: right; }
aside { border: 0.5pt solid; padding: 8pt; }
aside p { text-indent: 0; }
</style><body>${html.join('\n')}</body></html>`;
}
