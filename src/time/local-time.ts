// Wall-clock times in the course's IANA zone. Every calendar-day computation goes through luxon, never Date alone.
import { DateTime, Info } from 'luxon';

export const LOCAL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
export const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidZone(zone: string): boolean {
  return Info.isValidIANAZone(zone);
}

export type LocalTimeCheck =
  { ok: true; time: DateTime } | { ok: false; reason: 'format' | 'invalid' | 'nonexistent' };

/**
 * Reads `YYYY-MM-DD HH:mm` as a wall-clock time in `zone`. A time skipped by a spring-forward clock change
 * is reported rather than silently moved, because a deadline at a time that never happens is an authoring mistake.
 */
export function parseLocalTime(text: string, zone: string): LocalTimeCheck {
  const m = LOCAL_TIME_PATTERN.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const time = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!time.isValid) return { ok: false, reason: 'invalid' };
  if (
    time.year !== year ||
    time.month !== month ||
    time.day !== day ||
    time.hour !== hour ||
    time.minute !== minute
  ) {
    return { ok: false, reason: 'nonexistent' };
  }
  return { ok: true, time };
}

export function parseLocalDate(text: string, zone: string): DateTime | null {
  if (!LOCAL_DATE_PATTERN.test(text)) return null;
  const date = DateTime.fromISO(text, { zone });
  return date.isValid ? date.startOf('day') : null;
}

/** The instant (UTC) of a validated local time. Throws on invalid input: callers validate content first. */
export function localToInstant(text: string, zone: string): Date {
  const parsed = parseLocalTime(text, zone);
  if (!parsed.ok) throw new Error(`"${text}" is not a valid local time in ${zone}`);
  return parsed.time.toJSDate();
}

/** "Mon 28 Sep 2026, 23:59 CEST" in the course's zone. */
export function formatLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ', { locale: 'en-GB' });
}

/** "3 days 4 hours", "45 minutes", or "overdue by 2 hours": the two largest units, rounded down. */
export function formatTimeLeft(from: Date, to: Date): string {
  const ms = to.getTime() - from.getTime();
  const overdue = ms < 0;
  let minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const parts: string[] = [];
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days > 0) parts.push(unit(days, 'day'));
  if (hours > 0) parts.push(unit(hours, 'hour'));
  if (days === 0 && minutes > 0) parts.push(unit(minutes, 'minute'));
  const text = parts.slice(0, 2).join(' ') || 'less than a minute';
  return overdue ? `overdue by ${text}` : text;
}
