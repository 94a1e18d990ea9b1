import { parseBeijingDate } from '../schemas/dates.ts';

/**
 * A date as editors write it in Word or WeChat (2025.6.26, 2025/6/26, 2025年6月26日, 2025年6月26日 9:30) turned into
 * the form the fields take (2025-06-26, 2025-06-26 09:30). Undefined when the text is not such a date.
 */
export function isoDateFor(written: string): string | undefined {
  const m = /^\s*(\d{4})\s*[.．/／年-]\s*(\d{1,2})\s*[.．/／月-]\s*(\d{1,2})\s*[日号]?\s*(?:(\d{1,2})\s*[:：时点]\s*(\d{2})\s*分?)?\s*$/.exec(written.normalize('NFKC'));
  if (!m) return undefined;
  const [, year, month, day, hour, minute] = m;
  const pad = (n: string) => n.padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}${hour ? ` ${pad(hour)}:${minute}` : ''}`;
}

/** How to fix a date field the schema refused: the same date in the right form, or that the day does not exist. */
export function dateFix(key: string, written: string): string | undefined {
  const date = isoDateFor(written);
  if (!date) return undefined;
  if (!parseBeijingDate(date)) return `${date.slice(0, 10)} 这一天不存在（例如 2 月没有 30 日、4 月没有 31 日），请核对月份和日期`;
  return `日期要用英文连字符“-”隔开，月、日不足两位的前面补 0，这一行改为：${key}: ${date}`;
}
