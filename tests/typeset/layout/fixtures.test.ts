import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/typeset/parse/index.ts';
import { SIZE, set } from './inline-helpers.ts';

/**
 * Fixtures: `name.md` (front matter: measure and indent in ems; the body is one paragraph) → `name.lines`
 * (the expected lines). Set UPDATE_FIXTURES=1 to write missing expectations, then read them before committing.
 */
const dir = path.join(import.meta.dirname, '../fixtures/lines');

describe('line fixtures', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(name, () => {
      const file = path.join(dir, name);
      const { data, blocks } = parseStory(readFileSync(file, 'utf8'), file);
      const paragraph = blocks[0];
      if (paragraph.kind !== 'paragraph') throw new Error(`${name}: the body must be one paragraph`);
      const measure = Number(data.measure);
      const lines = set(paragraph.inlines, measure, { indent: Number(data.indent ?? 0) * SIZE });
      const expectedFile = file.replace(/\.md$/, '.lines');
      const actual = lines.map((l) => l.text).join('\n') + '\n';
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      for (const line of lines.slice(0, -1)) expect(line.right).toBeCloseTo(measure * SIZE, 6);
    });
  }
});
