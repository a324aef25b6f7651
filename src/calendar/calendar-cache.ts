// Generated calendars cached per (schedule object, filter): a reload replaces the schedule object, so the cache
// can never serve a stale calendar, and the hot path is a map lookup plus writing a prepared buffer.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Schedule } from '../schedule/schedule.ts';
import { filterKey, type CalendarFilter } from '../subscriptions/calendar-filter.ts';
import { buildIcs, type CalendarIdentity } from './build-ics.ts';
import { syncEventVersions, type EventVersion } from './event-versions.ts';

export interface CachedCalendar {
  body: Buffer;
  etag: string;
}

/** More distinct filters than this (groups x type sets) is not expected; past it the cache starts over. */
const MAX_ENTRIES = 256;

export interface CalendarCache {
  get(schedule: Schedule, filter: CalendarFilter): CachedCalendar;
}

/** `identityOf` names the course a schedule belongs to; asked once per schedule object, as the content reloads whole. */
export function createCalendarCache(
  db: Database.Database,
  clock: Clock,
  identityOf: (schedule: Schedule) => CalendarIdentity,
): CalendarCache {
  const bySchedule = new WeakMap<
    Schedule,
    { versions: Map<string, EventVersion>; identity: CalendarIdentity; entries: Map<string, CachedCalendar> }
  >();
  return {
    get(schedule, filter) {
      let slot = bySchedule.get(schedule);
      if (!slot) {
        // Once per schedule object: raises SEQUENCE for events whose content changed since the last load.
        const versions = syncEventVersions(db, schedule, clock.now());
        slot = { versions, identity: identityOf(schedule), entries: new Map() };
        bySchedule.set(schedule, slot);
      }
      const key = filterKey(filter);
      let entry = slot.entries.get(key);
      if (!entry) {
        const text = buildIcs(schedule, {
          filter,
          versions: slot.versions,
          identity: slot.identity,
          now: clock.now(),
        });
        const body = Buffer.from(text, 'utf8');
        entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
        if (slot.entries.size >= MAX_ENTRIES) slot.entries.clear();
        slot.entries.set(key, entry);
      }
      return entry;
    },
  };
}
