import { z } from 'zod';

/**
 * Dates in content are Beijing wall-clock times ("2025-06-26" or "2025-06-26 09:30").
 * YAML loaders that understand timestamps hand us a Date whose UTC fields hold that wall clock;
 * plain strings are read as UTC+8. Either way the result is the same instant, on every machine.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const WALL_CLOCK = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseBeijingDate(input: unknown): Date | undefined {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? undefined : new Date(input.getTime() - BEIJING_OFFSET_MS);
  }
  if (typeof input !== 'string') return undefined;
  const m = WALL_CLOCK.exec(input.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const date = new Date(utc - BEIJING_OFFSET_MS);
  // Reject 2025-02-30 and the like, which Date.UTC would roll over silently.
  const back = new Date(utc);
  if (back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d) return undefined;
  return date;
}

export const beijingDate = z.unknown().transform((value, ctx) => {
  const date = parseBeijingDate(value);
  if (!date) {
    ctx.addIssue({
      code: 'custom',
      message: '日期格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm（北京时间），例如 2025-06-26 09:30',
    });
    return z.NEVER;
  }
  return date;
});

/** Formats an instant as Beijing time: 2025-06-26 09:30 (or the date alone). */
export function formatBeijing(date: Date, withTime = true): string {
  const t = new Date(date.getTime() + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return withTime ? `${day} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}` : day;
}

export function beijingYear(date: Date): number {
  return new Date(date.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();
}
