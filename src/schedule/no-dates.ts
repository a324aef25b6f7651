// What the date commands (deadlines, practicals, reminders, the calendar) say in a course that lists no dates: said
// plainly, where their usage or an empty list would leave a student wondering.
import type { Content } from '../content/load-content.ts';
import type { Schedule } from './schedule.ts';

/** Whether the schedule lists no events at all, dated or not yet (a course without a schedule). */
export function listsNoDates(schedule: Pick<Schedule, 'events' | 'undated'>): boolean {
  return schedule.events.length === 0 && (schedule.undated?.length ?? 0) === 0;
}

/** "The course information for X lists no dates, so …" when it lists none; undefined when it lists some. */
export function noDatesText(
  content: Pick<Content, 'course' | 'schedule'>,
  consequence: string,
): string | undefined {
  if (!listsNoDates(content.schedule)) return undefined;
  return `The course information for ${content.course.name} lists no dates, so ${consequence}.`;
}

/** Whether the course lists any dates: the date commands are offered only then (see `offers`). */
export function listsDates({ schedule }: Pick<Content, 'schedule'>): boolean {
  return !listsNoDates(schedule);
}

/** Whether the schedule lists events of a type, dated or not yet (`practicals` is offered only then). */
export function listsEventsOf({ schedule }: Pick<Content, 'schedule'>, type: string): boolean {
  return [...schedule.events, ...(schedule.undated ?? [])].some((e) => e.type === type);
}
