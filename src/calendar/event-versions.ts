// SEQUENCE and DTSTAMP per event: a content hash in SQLite; a changed hash raises the sequence so clients update.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';
import { createHash } from 'node:crypto';
import type { Schedule, ScheduleEvent } from '../schedule/schedule.ts';

export interface EventVersion {
  sequence: number;
  /** When this version was first seen: the event's DTSTAMP and LAST-MODIFIED, stable across restarts. */
  changedAt: Date;
}

interface Row {
  event_id: string;
  hash: string;
  sequence: number;
  changed_at: string;
}

function ensureEventVersionTables(db: Database.Database): void {
  ensureSchema(
    db,
    'calendar_event_versions',
    `CREATE TABLE IF NOT EXISTS calendar_event_versions (
    event_id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    changed_at TEXT NOT NULL
  )`,
  );
}

/** Everything a calendar shows about an event, plus the zone (a zone change moves every instant), as text. */
export function eventCanonical(event: ScheduleEvent, zone: string): string {
  const { id, type, title, description, group, start, end, weeklyUntil, skip, location, url, remind } = event;
  const canonical = JSON.stringify([
    zone,
    id,
    type,
    title,
    description ?? null,
    group ?? null,
    start,
    end ?? null,
    weeklyUntil ?? null,
    [...skip].sort(),
    location ?? null,
    url ?? null,
    remind ?? null,
    // (only when set, so that adding the field left every other event's version as it was)
    ...(event.dailyUntil !== undefined ? [{ dailyUntil: event.dailyUntil }] : []),
    // (a day whose time is to be announced shows across the day; its time announced, at that time)
    ...(event.timeTba ? [{ timeTba: true }] : []),
  ]);
  return canonical;
}

function eventHash(event: ScheduleEvent, zone: string): string {
  return createHash('sha256').update(eventCanonical(event, zone)).digest('base64url').slice(0, 22);
}

/** Records the schedule's events and returns each one's version; new events start at 0. */
export function syncEventVersions(
  db: Database.Database,
  schedule: Schedule,
  now: Date,
): Map<string, EventVersion> {
  ensureEventVersionTables(db);
  const select = db.prepare('SELECT * FROM calendar_event_versions WHERE event_id = ?');
  const upsert = db.prepare(
    `INSERT INTO calendar_event_versions (event_id, hash, sequence, changed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (event_id) DO UPDATE SET hash = excluded.hash, sequence = excluded.sequence,
       changed_at = excluded.changed_at`,
  );
  const out = new Map<string, EventVersion>();
  db.transaction(() => {
    for (const event of schedule.events) {
      const hash = eventHash(event, schedule.timezone);
      const row = select.get(event.id) as Row | undefined;
      if (row && row.hash === hash) {
        out.set(event.id, { sequence: row.sequence, changedAt: new Date(row.changed_at) });
        continue;
      }
      const sequence = row ? row.sequence + 1 : 0;
      upsert.run(event.id, hash, sequence, now.toISOString());
      out.set(event.id, { sequence, changedAt: now });
    }
  })();
  return out;
}
