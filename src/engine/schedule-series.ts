// A schedule's series: a weekly or daily event, or sessions written one by one (each class with its topic in its
// title) that are taken for one series of a type and group.
import type { EventType } from '../content/schemas.ts';
import type { Occurrence, ScheduleEvent } from '../schedule/schedule.ts';

/** A weekly or daily series. */
export const repeats = (e: ScheduleEvent): boolean =>
  e.weeklyUntil !== undefined || e.dailyUntil !== undefined;

/** The schedule format's event types whose events are sessions (classes, labs): several written one by one are a series, like a weekly one. */
export const SESSION_TYPES: ReadonlySet<EventType> = new Set<EventType>(['lecture', 'practical']);

/** Sessions written one by one are taken for a series when there are at least this many, on as many days. */
const MIN_SESSIONS = 3;

/** The series key of an event that is a series of its own (any event that is not a session of a longer one). */
const ownSeries = (e: ScheduleEvent): string => `id\u0000${e.id}`;
export const isOwnSeries = (key: string): boolean => key.startsWith('id\u0000');

/**
 * Each event's series: a weekly or daily series is its own; sessions written one by one (three or more classes or
 * practicals of one group, each on its own day, as when each class has its topic in its title) are one series per
 * type and group; any other event is its own.
 */
export function seriesKeys(events: readonly ScheduleEvent[]): Map<ScheduleEvent, string> {
  const keyOf = (e: ScheduleEvent) =>
    !repeats(e) && SESSION_TYPES.has(e.type) ? `${e.type}\u0000${e.group ?? ''}` : ownSeries(e);
  const days = new Map<string, Set<string>>();
  for (const e of events) {
    const key = keyOf(e);
    days.set(key, (days.get(key) ?? new Set()).add(e.start.slice(0, 10)));
  }
  return new Map(
    events.map((e) => {
      const key = keyOf(e);
      return [e, (days.get(key)?.size ?? 0) >= MIN_SESSIONS ? key : ownSeries(e)];
    }),
  );
}

const scheduleSeries = new WeakMap<readonly ScheduleEvent[], Map<ScheduleEvent, string>>();

/** `seriesKeys` of all the schedule's events, worked out once per schedule. */
export function seriesOfSchedule(all: readonly ScheduleEvent[]): Map<ScheduleEvent, string> {
  let series = scheduleSeries.get(all);
  if (!series) {
    series = seriesKeys(all);
    scheduleSeries.set(all, series);
  }
  return series;
}

/**
 * True when the events are several sessions written one by one of the schedule's series, but not all of them: the
 * question named them by words of their titles, not by their type.
 */
export function someSessionsOf(events: readonly ScheduleEvent[], all: readonly ScheduleEvent[]): boolean {
  const series = seriesOfSchedule(all);
  if (events.length < 2) return false;
  const keys = new Set(events.map((e) => series.get(e)));
  const [key] = keys;
  if (keys.size !== 1 || key === undefined || isOwnSeries(key)) return false;
  let total = 0;
  for (const k of series.values()) if (k === key) total++;
  return events.length < total;
}

/** The occurrences (in time order) on the first or the last day of each series, in time order. */
export function onDayOfEach(
  occurrences: readonly Occurrence[],
  seriesOf: ReadonlyMap<ScheduleEvent, string>,
  which: 'first' | 'last',
): Occurrence[] {
  const day = new Map<string, string>();
  for (const o of which === 'first' ? occurrences : [...occurrences].reverse()) {
    const key = seriesOf.get(o.event) ?? o.event.id;
    if (!day.has(key)) day.set(key, o.date);
  }
  // a weekly series has one session a day; sessions written one by one may have parallel ones on a day
  return occurrences.filter((o) => day.get(seriesOf.get(o.event) ?? o.event.id) === o.date);
}
