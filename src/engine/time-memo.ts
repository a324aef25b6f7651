// Memoised wall-clock helpers: luxon formatting costs a fraction of a millisecond, and the schedule's few
// instants are formatted again for every deadline question.
import { formatClock, formatLocal, localToInstant } from '../time/local-time.ts';
import { remember } from './remember.ts';

const instants = new Map<string, Date>();
const labels = new Map<string, string>();

export function instantOf(local: string, zone: string): Date {
  return new Date(remember(instants, `${local}|${zone}`, () => localToInstant(local, zone)).getTime());
}

export function labelOf(instant: Date, zone: string): string {
  return remember(labels, `${instant.getTime()}|${zone}`, () => formatLocal(instant, zone));
}

export function clockLabelOf(instant: Date, zone: string): string {
  return remember(labels, `clock|${instant.getTime()}|${zone}`, () => formatClock(instant, zone));
}
