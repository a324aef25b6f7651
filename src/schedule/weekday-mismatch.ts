// Events whose names give a weekday their dates are not on ("Lab 1 (Monday group)" on a Sunday): usually a syllabus
// that gives dates with weekdays but no year, read in the wrong year. `validate` warns, naming the year in which the
// dates fall on the weekdays named, when one near it does.
import { DateTime } from 'luxon';
import type { Schedule, ScheduleEvent } from './schedule.ts';

/** Fewer events named on other weekdays are taken as meant. */
const MIN_WRONG = 2;
/** The share of them a year must put on their weekdays to be named. */
const MOST = 0.8;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The weekdays (1 = Monday) an event's title, aliases and group name. */
function weekdaysNamed(event: ScheduleEvent): Set<number> {
  const text = [event.title, ...(event.aliases ?? []), event.group ?? ''].join(' ').toLowerCase();
  const named = new Set<number>();
  WEEKDAYS.forEach((day, i) => {
    if (new RegExp(`\\b${day}s?\\b`).test(text)) named.add(i + 1);
  });
  return named;
}

/** The warning for events whose names give a weekday their first date is not on, or null. */
export function weekdayMismatchWarning(schedule: Schedule): string | null {
  const wrong: { event: ScheduleEvent; day: DateTime; named: Set<number> }[] = [];
  for (const event of schedule.events) {
    // (a deadline may fall before the day its group meets: "Pre-lab (Monday group)" due on Sunday evening)
    if (event.type === 'deadline') continue;
    const named = weekdaysNamed(event);
    // (an event that names several weekdays, "Monday and Wednesday labs", is not checked)
    if (named.size !== 1) continue;
    const day = DateTime.fromISO(event.start.slice(0, 10), { zone: schedule.timezone });
    if (day.isValid && !named.has(day.weekday)) wrong.push({ event, day, named });
  }
  const first = wrong[0];
  // (one such event is usually meant: "No class (Friday schedule)" on the Tuesday that follows a Friday's; but a
  // weekly series is every one of its sessions on that other weekday, and never meant so)
  if (!first || (wrong.length < MIN_WRONG && first.event.weeklyUntil === undefined)) return null;
  // (the year, within three of the one written, in which most of them fall on the weekday named)
  const fitting = (year: number): number =>
    wrong.filter((w) => {
      const moved = w.day.set({ year });
      return moved.isValid && moved.day === w.day.day && w.named.has(moved.weekday);
    }).length;
  const written = first.day.year;
  const year = [1, -1, 2, -2, 3, -3].map((d) => written + d).find((y) => fitting(y) >= wrong.length * MOST);
  return (
    (wrong.length === 1
      ? `The weekly series "${first.event.title}" names a weekday its sessions are not on: `
      : `${wrong.length} events in the schedule name a weekday their dates are not on: `) +
    `"${first.event.title}" ${wrong.length === 1 ? 'starts' : 'is'} on ${first.day.toFormat('cccc, LLL d, yyyy')}. ` +
    (year
      ? `In ${year} ${wrong.length === 1 ? 'it falls' : fitting(year) === wrong.length ? 'they fall' : 'most of them fall'} on the weekday named: check the year of the dates.`
      : 'Check the dates and the year.')
  );
}
