export interface Relatable {
  id: string;
  date: Date;
  category: string;
  tags: string[];
}

/**
 * Articles most related to `article`: each shared tag counts 2, the same category 1;
 * ties go to the newer article, then to the id. Articles sharing nothing are never shown as related.
 *
 * Every article page asks this of the whole list, so it keeps only the best `limit` while reading the list
 * once, instead of scoring and sorting every other article (1000 articles made that a third of a second).
 */
export function relatedTo<T extends Relatable>(article: Relatable, all: T[], limit = 5): T[] {
  const tags = new Set(article.tags);
  const best: { other: T; score: number }[] = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    let score = other.category === article.category ? 1 : 0;
    for (const tag of other.tags) if (tags.has(tag)) score += 2;
    if (score === 0 || (best.length === limit && score < best[limit - 1].score)) continue;
    const candidate = { other, score };
    if (best.length === limit && !ranksBefore(candidate, best[limit - 1])) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1])) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((x) => x.other);
}

function ranksBefore(a: { other: Relatable; score: number }, b: { other: Relatable; score: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const newer = b.other.date.getTime() - a.other.date.getTime();
  if (newer !== 0) return newer < 0;
  return a.other.id.localeCompare(b.other.id) < 0;
}
