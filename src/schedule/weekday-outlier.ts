// Sessions written one by one (lectures, practicals) of which nearly all fall on the course's days and one or two do
// not ("Class 5" on a Saturday among thirteen Monday classes, a Friday class among Monday and Thursday ones): often
// a typo in the syllabus or in the copying. `validate` warns, naming each, so the TA checks its date; a class moved on purpose can stay as it is, and one whose title or
// description names its own weekday ("Wednesday, not Friday, this week") is taken as moved on purpose.
import { DateTime } from 'luxon';
import { formatLocalDate } from '../time/local-time.ts';
import type { Schedule, ScheduleEvent } from './schedule.ts';
import { andList } from '../core/and-list.ts';

/** Sessions of a kind needed before their weekdays say anything. */
const MIN_SESSIONS = 5;
/** The share of them that must fall on one weekday. */
const MOST = 0.8;
/** More sessions off that weekday than this are taken as meant (a course that meets on two days). */
const MAX_OFF = 2;

const SESSION_TYPES = new Set<ScheduleEvent['type']>(['lecture', 'practical']);
const WEEKDAY_NAMES = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** "Mondays", "Mondays and Thursdays", "Mondays, Wednesdays and Fridays" (ISO weekdays, 1 is Monday). */
const days = (weekdays: readonly number[]): string =>
  andList(weekdays.map((d) => WEEKDAY_NAMES[d - 1] ?? ''));

/** The warning for one-time sessions off the weekday of nearly all the others of their type and group, or null. */
export function weekdayOutlierWarning(schedule: Schedule): string | null {
  const kinds = new Map<string, ScheduleEvent[]>();
  for (const e of schedule.events) {
    // (a series keeps its own weekday; an all-day event is a day, not a session)
    if (!SESSION_TYPES.has(e.type) || e.weeklyUntil || e.dailyUntil) continue;
    const key = `${e.type}\0${e.group ?? ''}`;
    kinds.set(key, [...(kinds.get(key) ?? []), e]);
  }
  const found: string[] = [];
  for (const events of kinds.values()) {
    if (events.length < MIN_SESSIONS) continue;
    const weekdayOf = (e: ScheduleEvent): number =>
      DateTime.fromISO(e.start.slice(0, 10), { zone: schedule.timezone }).weekday;
    const counts = new Map<number, number>();
    for (const e of events) counts.set(weekdayOf(e), (counts.get(weekdayOf(e)) ?? 0) + 1);
    // (the course's days: each weekday with more sessions than an odd one would have, "Mondays and Thursdays")
    const usual = [...counts]
      .filter(([, count]) => count > MAX_OFF)
      .map(([day]) => day)
      .sort((a, b) => a - b);
    const off = events.filter((e) => !usual.includes(weekdayOf(e)));
    const n = events.length - off.length;
    // (one whose title or description names its own weekday is moved on purpose: "Wednesday, not Friday, this week")
    const meant = (e: ScheduleEvent): boolean =>
      new RegExp(`\\b${WEEKDAY_NAMES[weekdayOf(e) - 1]?.slice(0, -1)}\\b`, 'i').test(
        `${e.title} ${e.description ?? ''}`,
      );
    if (usual.length === 0 || n / events.length < MOST || off.length === 0 || off.length > MAX_OFF) continue;
    for (const e of off.filter((e) => !meant(e)))
      found.push(
        `"${e.title}" is on ${formatLocalDate(e.start.slice(0, 10), schedule.timezone)}, but the other ${n} are on ${days(usual)}`,
      );
  }
  if (found.length === 0) return null;
  return `${found.join('; ')}. If the syllabus has a typo there, correct the date; a session moved on purpose can stay.`;
}
