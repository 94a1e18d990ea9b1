import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';
import { entryUrl } from './site-routes.ts';

/**
 * Two files that would get the same address: news/a.md and news/a.mdx, or names that differ only in case
 * or punctuation (Astro turns each file name into a URL slug). Also branch ids in branches.yaml.
 */
export function checkDuplicateSlugs(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of corpus.entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry.file);
      continue;
    }
    problems.push({
      file: entry.file,
      line: 1,
      column: 1,
      level: 'error',
      rule: 'slug',
      message: `网址重复：这个文件和 ${first} 的网址都是 ${entryUrl(entry) ?? `${entry.collection} 里的 ${entry.id}`}`,
      fix: '请给其中一个文件改名（文件名就是网址的最后一段）',
    });
  }
  const branches = corpus.data.find((d) => d.collection === 'branches');
  const list = branches?.yaml.data;
  if (branches && Array.isArray(list)) {
    const ids = new Map<string, number>();
    list.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = ids.get(id);
      if (first === undefined) return void ids.set(id, i);
      problems.push({
        file: branches.file,
        ...branches.where.value([i, 'id']),
        level: 'error',
        rule: 'slug',
        message: `第 ${i + 1} 项的“id”（编号）“${id}”与第 ${first + 1} 项重复`,
        fix: '每个分会的 id 必须不同，请改成另一个拼音编号',
      });
    });
  }
  return problems;
}
