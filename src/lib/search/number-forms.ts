/**
 * Numbers typed for a day: "626", "0626" or "六二六" mean 6月26日, the 国际禁毒日, which the site writes
 * "6·26". Such a number is also read as month and day ("6.26"), searched besides what was typed.
 */
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function asDigits(term: string): string | undefined {
  const normal = term.normalize('NFKC');
  if (/^\d+$/.test(normal)) return normal;
  const chars = [...normal];
  if (chars.length > 1 && chars.every((c) => c in CHINESE_DIGITS)) return chars.map((c) => CHINESE_DIGITS[c]).join('');
  return undefined;
}

/** "626" → "6.26"; undefined when the number cannot be a month and day. */
export function monthDay(term: string): string | undefined {
  const digits = asDigits(term);
  if (!digits || digits.length < 3 || digits.length > 4) return undefined;
  const month = Number(digits.slice(0, -2));
  const day = Number(digits.slice(-2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${month}.${day}`;
}

/** The query with each of its words that reads as a day written as month.day; undefined when none does. */
export function asMonthDays(query: string): string | undefined {
  const words = query.trim().split(/[\s\u3000]+/u);
  const read = words.map((word) => monthDay(word) ?? word);
  return read.some((word, i) => word !== words[i]) ? read.join(' ') : undefined;
}
