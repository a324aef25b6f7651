// The schedule's warnings that `validate` prints and `start` logs: dates that are all past, weekdays named that the
// dates are not on, and a session on another weekday than its series'. They do not fail the check.
import { pastScheduleWarning } from './past-schedule.ts';
import type { Schedule } from './schedule.ts';
import { weekdayMismatchWarning } from './weekday-mismatch.ts';
import { weekdayOutlierWarning } from './weekday-outlier.ts';

export function scheduleWarnings(schedule: Schedule, now: Date): string[] {
  return [
    pastScheduleWarning(schedule, now),
    weekdayMismatchWarning(schedule),
    weekdayOutlierWarning(schedule),
  ].filter((w): w is string => w !== null);
}
