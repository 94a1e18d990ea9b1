/** What is searched for a query as typed: the query itself, or what it reads as. */
import { asMonthDays } from './number-forms.ts';
import type { PinyinReader } from './pinyin.ts';

/**
 * The queries to search, in the order their results are shown: pinyin is replaced by the Chinese words it
 * reads as ("jindu" → 禁毒); a number that can be a day is searched as typed and as month.day
 * ("626" → 626, 6.26). Otherwise just the query.
 */
export function queryForms(query: string, pinyin?: PinyinReader): string[] {
  const chinese = pinyin?.read(query) ?? [];
  if (chinese.length > 0) return chinese;
  const day = asMonthDays(query);
  return day ? [query, day] : [query];
}
