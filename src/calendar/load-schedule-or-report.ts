// For CLI commands that need only the schedule: load it, or print every problem (file:line field) and give up.
import { formatIssue } from '../content/content-error.ts';
import { DEFAULT_SCHEDULE_FILE } from '../content/load-content.ts';
import { loadSchedule } from '../content/load-schedule.ts';
import type { Schedule } from '../schedule/schedule.ts';

export function loadScheduleOrReport(
  file: string | undefined,
  printError: (line: string) => void,
): Schedule | null {
  const loaded = loadSchedule(file ?? DEFAULT_SCHEDULE_FILE);
  if (loaded.ok) return loaded.value;
  printError(`${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the schedule:`);
  for (const issue of loaded.issues) printError(`  ${formatIssue(issue)}`);
  return null;
}
