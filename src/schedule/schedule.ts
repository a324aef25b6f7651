// The validated schedule model and its occurrence expansion (weekly series with skipped dates).
import { DateTime } from 'luxon';
import type { LatePolicy } from '../content/grading-schema.ts';
import type { EventType } from '../content/schemas.ts';
import { localToInstant } from '../time/local-time.ts';

export interface ScheduleEvent {
  id: string;
  type: EventType;
  title: string;
  description?: string;
  /** Events without a group are for everyone. */
  group?: string;
  /**
   * Local `YYYY-MM-DD HH:mm` in the schedule's zone: a deadline's `due`, otherwise its `start`; an all-day event's
   * first date `YYYY-MM-DD`.
   */
  start: string;
  /** Local end; absent for deadlines, which are one instant. An all-day event's last date (inclusive), if not its first. */
  end?: string;
  /** Dated without a time (a holiday, a reading week): `start` and `end` are dates, never a deadline. */
  allDay?: true;
  /**
   * The event has a time, announced later (`time: tba`). With `allDay`, such as an exam in a slot given out on the
   * learning platform: it is treated as all-day (days, reminders in days), but said as "time to be announced". On a
   * deadline (never all-day), the day is known but not the time: `start` is the end of that day, by which it is late,
   * and it is said as its day with "time to be announced", reminded in days.
   */
  timeTba?: true;
  weeklyUntil?: string;
  /** A daily series: repeats every day through this local date `YYYY-MM-DD` (`daily_until`). */
  dailyUntil?: string;
  skip: string[];
  /** Other names students use for it ("a1", "hw 1", "the midterm"). */
  aliases?: string[];
  location?: string;
  url?: string;
  /** Lead times such as `7d`, `2h`; undefined means the type's defaults. */
  remind?: string[];
  /** The Canvas assignment this deadline comes from (imported) or stands for (`canvas_id` in YAML). */
  canvasId?: number;
  /** A deadline's own late policy (`late` in YAML), over the course file's. */
  late?: LatePolicy;
}

/**
 * An event whose date is not announced yet (`tba` in YAML), such as an exam "date to be announced". It is kept apart
 * from the dated events, so nothing that works with times (occurrences, reminders, calendars) ever sees it; replies and
 * lists that name it say that its date is not yet announced.
 */
export interface UndatedEvent {
  id: string;
  type: EventType;
  title: string;
  /** Always true: tells an undated event from a dated one where both are listed. */
  tba: true;
  /** When or how the date will be known ("announced in week 5"), from `tba: "…"`. */
  note?: string;
  description?: string;
  group?: string;
  aliases?: string[];
  location?: string;
  url?: string;
  /** Lead times for reminders once the event has a date (none are sent before). */
  remind?: string[];
  late?: LatePolicy;
  /** An assignment imported from Canvas without a due date (never from YAML: Canvas gives the date). */
  canvasId?: number;
}

export interface Schedule {
  file: string;
  course: string;
  timezone: string;
  /** The events with a date (or a weekly series of them). */
  events: ScheduleEvent[];
  /** The events without a date yet, in file order; absent when there are none. */
  undated?: UndatedEvent[];
  /** Canvas section id -> group, for assignments whose due date differs per section. */
  canvasSections?: Record<string, string>;
}

export interface Occurrence {
  event: ScheduleEvent;
  /** Local date `YYYY-MM-DD` of this occurrence (an all-day event's first day). */
  date: string;
  /** An all-day event's start of its first day in the zone. */
  start: Date;
  /** An all-day event's end is the start of the day after its last. */
  end: Date | null;
  /** An all-day event's last local date `YYYY-MM-DD` (inclusive): `date` for a one-day event. */
  lastDate?: string;
}

/** Every occurrence of an event, in order: one for a single event, one a week (a day) for a weekly (daily) series. */
export function occurrencesOf(event: ScheduleEvent, zone: string): Occurrence[] {
  const first = DateTime.fromJSDate(localToInstant(event.start, zone), { zone });
  const durationMs = event.end ? localToInstant(event.end, zone).getTime() - first.toMillis() : null;
  // An all-day event spans whole local days, whatever their length across a clock change.
  const days = event.allDay ? daysBetween(event.start, event.end ?? event.start) + 1 : 0;
  const out: Occurrence[] = [];
  const skip = new Set(event.skip);
  const lastDate = event.weeklyUntil ?? event.dailyUntil ?? first.toISODate();
  // Adding days or weeks in the zone keeps the local wall-clock time across daylight-saving changes.
  for (let n = 0; n < 520; n++) {
    const start = first.plus(event.dailyUntil ? { days: n } : { weeks: n });
    const date = start.toISODate() as string;
    if (lastDate === null || date > lastDate) break;
    if (skip.has(date)) continue;
    if (event.allDay) {
      out.push({
        event,
        date,
        start: start.startOf('day').toJSDate(),
        end: start.plus({ days }).startOf('day').toJSDate(),
        lastDate: start.plus({ days: days - 1 }).toISODate() as string,
      });
      continue;
    }
    out.push({
      event,
      date,
      start: start.toJSDate(),
      end: durationMs === null ? null : new Date(start.toMillis() + durationMs),
    });
  }
  return out;
}

/** The local date `YYYY-MM-DD` of an event's first session: its start's, or the first of a series not skipped. */
export function firstSessionDate(event: ScheduleEvent): string {
  const skip = new Set(event.skip);
  let day = DateTime.fromISO(event.start.slice(0, 10), { zone: 'UTC' });
  const step = event.dailyUntil !== undefined ? { days: 1 } : { weeks: 1 };
  while (skip.has(day.toISODate() as string)) day = day.plus(step);
  return day.toISODate() as string;
}

/** Whole days from one local date `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days,
  );
}

/** Expanding weekly series costs luxon work: once per schedule object (a reload makes a new one). */
const occurrenceCache = new WeakMap<Schedule, readonly Occurrence[]>();

/** Occurrences of all events, sorted by start (shared between callers: never mutate). */
export function allOccurrences(schedule: Schedule): readonly Occurrence[] {
  let all = occurrenceCache.get(schedule);
  if (!all) {
    all = schedule.events
      .flatMap((e) => occurrencesOf(e, schedule.timezone))
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.event.id.localeCompare(b.event.id));
    occurrenceCache.set(schedule, all);
  }
  return all;
}

/** Occurrences still to come (started at or after `now`; deadlines count until they pass). */
export function upcoming(
  schedule: Schedule,
  now: Date,
  filter: (e: ScheduleEvent) => boolean = () => true,
): Occurrence[] {
  return allOccurrences(schedule).filter((o) => filter(o.event) && o.start.getTime() >= now.getTime());
}

/** The events without a date yet that pass `filter`, in file order. */
export function undatedEvents(
  schedule: Pick<Schedule, 'undated'>,
  filter: (e: UndatedEvent) => boolean = () => true,
): UndatedEvent[] {
  return (schedule.undated ?? []).filter(filter);
}

/** What is said after an all-day event's days: "all day", or "time to be announced" for `time: tba`. */
/** How far off a local date `YYYY-MM-DD` is in calendar days of the zone: "today", "tomorrow", "in 3 days". */
export function daysAway(now: Date, date: string, zone: string): string {
  const away = daysBetween(DateTime.fromJSDate(now, { zone }).toISODate() ?? date, date);
  return away <= 0 ? 'today' : away === 1 ? 'tomorrow' : `in ${away} days`;
}

/**
 * An event said and reminded by its day, never a clock time: all-day, or a deadline whose time is to be announced
 * (replies give its day, reminders come in days at 09:00, calendars show it across the day).
 */
export function byDayOnly(event: Pick<ScheduleEvent, 'allDay' | 'timeTba'>): boolean {
  return event.allDay === true || event.timeTba === true;
}

export function allDayWord(event: Pick<ScheduleEvent, 'timeTba'>): string {
  return event.timeTba ? 'time to be announced' : 'all day';
}

/** "date not yet announced (expected in week 8)": what listings and replies say of an event without a date yet. */
export function undatedLabel(event: UndatedEvent): string {
  if (!event.note) return 'date not yet announced';
  // (a note with brackets of its own is set off by a colon, not put in brackets inside brackets)
  return /[()]/.test(event.note)
    ? `date not yet announced: ${event.note}`
    : `date not yet announced (${event.note})`;
}
