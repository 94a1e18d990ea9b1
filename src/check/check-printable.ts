import path from 'node:path';
import { storyFromTree, TypesetError } from './engine.ts';
import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

/**
 * Stories as the PDF engine reads them: anything its parser refuses (a task list, a link reference with no
 * definition, …) is reported here rather than stopping the build later. Only for stories with no other error,
 * since the same mistake is usually reported by a check of its own already (MDX syntax, unknown components).
 * The engine reads the corpus's tree: src/check/markdown.ts parses with the same remark plugins as the engine.
 */
export function checkPrintable(corpus: Corpus, earlier: Problem[]): Problem[] {
  const hasError = new Set(earlier.filter((p) => p.level === 'error').map((p) => p.file));
  return corpus.entries.flatMap((entry): Problem[] => {
    if (entry.collection !== 'stories' || hasError.has(entry.file) || !entry.tree) return [];
    try {
      storyFromTree(entry.tree, path.join(corpus.projectRoot, entry.file));
      return [];
    } catch (error) {
      if (!(error instanceof TypesetError)) throw error;
      return [{ file: entry.file, line: error.source?.line ?? 1, column: error.source?.column ?? 1, level: 'error', rule: 'print', message: error.reason }];
    }
  });
}
