/** One thing an editor must fix (错误) or should look at (警告), pointing at a place in a content file. */
export type Level = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  level: Level;
  /** Short machine name of the check that found it, e.g. `schema`, `link`, `错别字`. */
  rule: string;
  /** What is wrong, in Chinese, naming the field where there is one. */
  message: string;
  /** How to fix it, in Chinese, when we know. */
  fix?: string;
}

export const LEVEL_LABEL: Record<Level, string> = { error: '错误', warning: '警告' };
