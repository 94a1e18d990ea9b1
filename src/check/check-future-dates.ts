import type { Corpus } from './corpus.ts';
import type { Problem } from './problem.ts';

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A news item dated after today (Beijing time) is published at once and stays at the top of every list
 * until that day comes: usually a mistyped year (2062 for 2026). A warning, since the date may be meant.
 */
export function checkFutureDates(corpus: Corpus, now: Date = new Date()): Problem[] {
  const today = new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
  return corpus.entries.flatMap((entry): Problem[] => {
    if (entry.collection !== 'news') return [];
    const data = entry.frontmatter?.yaml.data as { date?: unknown; draft?: unknown } | undefined;
    if (data?.draft === true) return [];
    const date = data?.date;
    const day = typeof date === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:\s|$)/.exec(date)?.[1] : undefined;
    if (!day || day <= today) return [];
    return [
      {
        file: entry.file,
        ...entry.where.value(['date']),
        level: 'warning',
        rule: 'future-date',
        message: `“date”（发布时间）${day} 是将来的日期（比北京时间的今天晚）：这条新闻会立即发布，并一直排在新闻列表最前面`,
        fix: '请核对年份和月份；新闻写好但还不想发布时，请写 draft: true',
      },
    ];
  });
}
