export interface Relatable {
  id: string;
  date: Date;
  category: string;
  tags: string[];
}

/**
 * Articles most related to `article`: each shared tag counts 2, the same category 1;
 * ties go to the newer article. Articles sharing nothing are never shown as related.
 */
export function relatedTo<T extends Relatable>(article: Relatable, all: T[], limit = 5): T[] {
  const tags = new Set(article.tags);
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => {
      const shared = other.tags.filter((t) => tags.has(t)).length;
      return { other, score: shared * 2 + (other.category === article.category ? 1 : 0) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime() || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map((x) => x.other);
}
