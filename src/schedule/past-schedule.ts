// A schedule that is over before the bot starts: every event took place already. Usually a year written wrong (a
// syllabus that gives no year), or last term's file. `validate` warns, since every date answer would be a past one.
import { DateTime } from 'luxon';
import { formatLocalDate } from '../time/local-time.ts';
import { allOccurrences, type Occurrence, type Schedule } from './schedule.ts';

/** The warning for a schedule whose events are all over at `now`, or null. */
export function pastScheduleWarning(schedule: Schedule, now: Date): string | null {
  const endOf = (o: Occurrence): Date => o.end ?? o.start;
  const [first, ...rest] = allOccurrences(schedule);
  if (!first) return null;
  const last = rest.reduce((a, o) => (endOf(o) > endOf(a) ? o : a), first);
  if (endOf(last) > now) return null;
  // (the day it ended: an exam open from Monday to Wednesday was last on the Wednesday)
  const endDay = last.end ? DateTime.fromJSDate(last.end, { zone: schedule.timezone }).toISODate() : null;
  const day = formatLocalDate(last.lastDate ?? endDay ?? last.date, schedule.timezone);
  return (
    `every event in the schedule is over: the last, "${last.event.title}", was on ${day}. Students asking ` +
    'about dates would get past ones. If the term is still to come, check the year of the dates; for a past ' +
    'term kept on purpose (to try the bot), run validate with --now set to a time inside it.'
  );
}
