// Memoised wall-clock helpers: luxon formatting costs a fraction of a millisecond, and the schedule's few
// instants are formatted again for every deadline question.
import { formatClock, formatLocal, localToInstant } from '../time/local-time.ts';

const LIMIT = 2000;
const instants = new Map<string, Date>();
const labels = new Map<string, string>();

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= LIMIT) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}

export function instantOf(local: string, zone: string): Date {
  return new Date(remember(instants, `${local}|${zone}`, () => localToInstant(local, zone)).getTime());
}

export function labelOf(instant: Date, zone: string): string {
  return remember(labels, `${instant.getTime()}|${zone}`, () => formatLocal(instant, zone));
}

export function clockLabelOf(instant: Date, zone: string): string {
  return remember(labels, `clock|${instant.getTime()}|${zone}`, () => formatClock(instant, zone));
}
