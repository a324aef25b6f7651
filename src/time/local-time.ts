// Wall-clock times in the course's IANA zone. Every calendar-day computation goes through luxon, never Date alone.
import { DateTime, Info } from 'luxon';

export const LOCAL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
export const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why a text in the form YYYY-MM-DD (or YYYY-MM-DD HH:mm) is no real date or time: "February 2027 has 28 days",
 * "there is no month 13". Null when it is one, or is not in that form.
 */
export function impossibleDateReason(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2] ?? ''}; months run from 01 to 12`;
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).setLocale('en');
  const days = first.daysInMonth ?? 31;
  if (day < 1 || day > days) return `${first.toFormat('LLLL yyyy')} has ${days} days`;
  if (m[4] !== undefined && Number(m[4]) > 23)
    return 'hours run from 00 to 23; the end of a day is 23:59, or 00:00 of the next day';
  if (m[5] !== undefined && Number(m[5]) > 59) return 'minutes run from 00 to 59';
  return null;
}

/** The problem with a text that should be a date YYYY-MM-DD: in another form, or in the form but no real date. */
export function describeDate(text: string): string {
  const why = impossibleDateReason(text);
  return why ? `"${text}" is not a real date: ${why}` : `"${text}" is not a date YYYY-MM-DD`;
}

export function isValidZone(zone: string): boolean {
  return Info.isValidIANAZone(zone);
}

export type LocalTimeCheck =
  { ok: true; time: DateTime } | { ok: false; reason: 'format' | 'invalid' | 'nonexistent' };

/**
 * Reads `YYYY-MM-DD HH:mm` as a wall-clock time in `zone`. A time skipped by a spring-forward clock change
 * is reported rather than silently moved, because a deadline at a time that never happens is an authoring mistake.
 * A time repeated when the clocks go back is the first of the two.
 */
export function parseLocalTime(text: string, zone: string): LocalTimeCheck {
  const m = LOCAL_TIME_PATTERN.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  // (an hour of 24 or a 31st of April is no time at all, not one the clocks skip: luxon would move it on)
  if (impossibleDateReason(text) !== null) return { ok: false, reason: 'invalid' };
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
  // A time the clocks show twice (when they go back) is the first of the two, as RFC 5545 reads a calendar's local
  // times and as a weekly series coming from summer time reaches it.
  const [first = time] = time.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  return { ok: true, time: first };
}

export function parseLocalDate(text: string, zone: string): DateTime | null {
  if (!LOCAL_DATE_PATTERN.test(text)) return null;
  const date = DateTime.fromISO(text, { zone });
  return date.isValid ? date.startOf('day') : null;
}

/**
 * The instant (UTC) of a validated local time; a date alone (`YYYY-MM-DD`, an all-day event) is the start of that
 * day in the zone. Throws on invalid input: callers validate content first.
 */
export function localToInstant(text: string, zone: string): Date {
  if (LOCAL_DATE_PATTERN.test(text)) {
    const day = parseLocalDate(text, zone);
    if (!day) throw new Error(`"${text}" is not a valid date in ${zone}`);
    return day.toJSDate();
  }
  const parsed = parseLocalTime(text, zone);
  if (!parsed.ok) throw new Error(`"${text}" is not a valid local time in ${zone}`);
  return parsed.time.toJSDate();
}

/**
 * How dates and times are written follows the convention where the course's zone is: in the Americas month first
 * and a 12-hour clock ("Mon, Mar 6, 2023, 11:59 PM EST"), elsewhere day first and a 24-hour clock ("Mon 28 Sep
 * 2026, 23:59 CEST"). Students then read their deadlines the way they write them.
 */
export function monthFirst(zone: string): boolean {
  return /^(America|US|Canada)\//.test(zone);
}

const style = (zone: string): { locale: string; date: string; clock: string } =>
  monthFirst(zone)
    ? { locale: 'en-US', date: 'ccc, LLL d, yyyy', clock: 'h:mm a ZZZZ' }
    : { locale: 'en-GB', date: 'ccc d LLL yyyy', clock: 'HH:mm ZZZZ' };

/** "Mon 28 Sep 2026, 23:59 CEST" (or "Mon, Sep 28, 2026, 11:59 PM EDT", see monthFirst) in the course's zone. */
export function formatLocal(instant: Date, zone: string): string {
  const { locale, date, clock } = style(zone);
  return DateTime.fromJSDate(instant, { zone }).toFormat(`${date}, ${clock}`, { locale });
}

/** "Fri 4 Aug 2023" (or "Fri, Aug 4, 2023") for a local date `YYYY-MM-DD`: a date carries no zone. */
export function formatLocalDate(date: string, zone: string): string {
  const { locale, date: format } = style(zone);
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat(format, { locale });
}

/**
 * The days of an all-day event, from its first and last local dates (`YYYY-MM-DD`): "Mon 6 Mar 2023" for one day,
 * "Mon 6 Mar to Fri 10 Mar 2023" for several (or "Mon, Mar 6 to Fri, Mar 10, 2023", see monthFirst). A date is the
 * same for every reader, so it carries no zone.
 */
export function formatLocalDays(first: string, last: string | undefined, zone: string): string {
  if (last === undefined || last === first) return formatLocalDate(first, zone);
  const { locale, date } = style(zone);
  const from = DateTime.fromISO(first, { zone: 'UTC' });
  const to = DateTime.fromISO(last, { zone: 'UTC' });
  const withoutYear = monthFirst(zone) ? 'ccc, LLL d' : 'ccc d LLL';
  const head =
    from.year === to.year ? from.toFormat(withoutYear, { locale }) : from.toFormat(date, { locale });
  return `${head} to ${to.toFormat(date, { locale })}`;
}

/** "23:59 CEST" (or "11:59 PM EDT") in the course's zone. */
export function formatClock(instant: Date, zone: string): string {
  const { locale, clock } = style(zone);
  return DateTime.fromJSDate(instant, { zone }).toFormat(clock, { locale });
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
