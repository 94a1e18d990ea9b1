import type { LocatedYaml } from '../yaml-source.ts';
import type { TextBlock } from './text-blocks.ts';

/**
 * The prose fields of a YAML block (title, summary, foreword…) as text blocks. `base` is where the YAML
 * text starts in the file (after the frontmatter's ---). One-line values (plain or quoted) and literal
 * blocks (`|`) are mapped line by line to exact columns; a value whose lines cannot be found verbatim
 * (folded, escaped) is skipped rather than reported at a wrong place.
 */
export function yamlTextBlocks(yaml: LocatedYaml, source: string, base: number, fields: readonly string[]): TextBlock[] {
  const data = yaml.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return [];
  const blocks: TextBlock[] = [];
  for (const field of fields) {
    const value = data[field];
    if (typeof value !== 'string' || !value.trim()) continue;
    const block = locateLines(value, source, base + yaml.valueOffsetOf([field]));
    if (block) blocks.push(block);
  }
  return blocks;
}

function locateLines(value: string, source: string, start: number): TextBlock | undefined {
  const block: TextBlock = { text: '', offsets: [] };
  let cursor = start;
  const lines = value.replace(/\n+$/, '').split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      block.text += '\n';
      block.offsets.push(cursor);
    }
    if (!line) continue;
    const at = source.indexOf(line, cursor);
    // The first line sits right at the value (after an opening quote); later ones after indentation.
    if (at === -1 || (i === 0 && lines.length === 1 && at - start > 1) || source.slice(cursor, at).includes('\n\n\n')) return undefined;
    for (let k = 0; k < line.length; k++) block.offsets.push(at + k);
    block.text += line;
    cursor = at + line.length;
  }
  return block;
}
