import type { Block, Inline } from '../typeset/index.ts';

/** Characters a reader sees, as the 版本记录页 counts 字数: everything but white space. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('');
}

/** The visible text of blocks, in reading order (image alt texts excluded; captions included). */
export function blocksText(blocks: Block[]): string {
  const parts: string[] = [];
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          parts.push(inlineText(b.inlines));
          break;
        case 'list':
          b.items.forEach(walk);
          break;
        case 'blockquote':
          walk(b.blocks);
          break;
        case 'figure':
          parts.push(inlineText(b.caption));
          break;
        case 'callout':
          parts.push(b.title);
          walk(b.blocks);
          break;
        case 'table':
          b.header.forEach((c) => parts.push(inlineText(c)));
          b.rows.forEach((r) => r.forEach((c) => parts.push(inlineText(c))));
          break;
        case 'footnotes':
          b.notes.forEach((n) => walk(n.blocks));
          break;
        case 'thematicBreak':
          break;
      }
    }
  };
  walk(blocks);
  return parts.join('\n');
}

/** 字数 in the customary unit, 千字, rounded up: 12,345 characters → "13 千字". */
export function thousandCharacters(count: number): string {
  return `${Math.max(1, Math.ceil(count / 1000))} 千字`;
}
