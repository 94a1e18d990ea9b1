import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPrintable } from '../../src/check/check-printable.ts';
import { loadCorpus } from '../../src/check/corpus.ts';
import { parseMarkdown } from '../../src/check/markdown.ts';
import { parseStory, storyFromTree, type ParsedStory } from '../../src/typeset/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(import.meta.dirname, 'fixtures');

test('the print check hands the PDF engine the tree the corpus parsed, rather than parsing the story again', async () => {
  const corpus = await loadCorpus(path.join(fixtures, 'clean'));
  const story = corpus.entries.find((e) => e.collection === 'stories')!;
  expect(checkPrintable(corpus, [])).toEqual([]);

  // A task list (print refuses it) added to the source only: the check reads the tree, which is still clean.
  story.source = `${story.source.trimEnd()}\n\n- [ ] 认识常见毒品（示例）\n`;
  expect(checkPrintable(corpus, [])).toEqual([]);

  story.tree = parseMarkdown(story.source, story.isMdx).tree;
  const taskLine = story.source.trimEnd().split('\n').length;
  expect(checkPrintable(corpus, [])).toEqual([
    { file: story.file, line: taskLine, column: 1, level: 'error', rule: 'print', message: '印刷版不支持任务列表（- [ ] …），请改成普通列表。' },
  ]);
});

type Outcome = { story: ParsedStory } | { error: string };
const outcome = (read: () => ParsedStory): Outcome => {
  try {
    return { story: read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe.each([
  ['the sample content', projectRoot],
  ['the clean fixture', path.join(fixtures, 'clean')],
  ['the broken fixture', path.join(fixtures, 'broken')],
])('%s', (_name, root) => {
  test("every file's corpus tree gives the engine what parseStory gives from the source (same blocks, or the same error)", async () => {
    const corpus = await loadCorpus(root);
    expect(corpus.entries.filter((e) => e.collection === 'stories').length).toBeGreaterThan(0);
    for (const entry of corpus.entries) {
      const file = path.join(corpus.projectRoot, entry.file);
      const fromSource = outcome(() => parseStory(entry.source, file));
      if (!entry.tree) {
        // What the check cannot parse (reported as an MDX syntax error), the engine refuses too.
        expect(fromSource, entry.file).toHaveProperty('error');
        continue;
      }
      const tree = entry.tree;
      expect(outcome(() => storyFromTree(tree, file)), entry.file).toEqual(fromSource);
    }
  });
});
