// The Slack events already processed, by event_id, kept in SQLite for a day so a retry (even after a restart) is
// answered without being processed twice. Slack retries an event three times within minutes.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../../store/database.ts';

export const PROCESSED_EVENT_RETENTION_HOURS = 24;

export interface ProcessedEvents {
  has(eventId: string): boolean;
  /** Records the event as processed, and forgets those older than the retention. */
  add(eventId: string, now: Date): void;
}

export function createProcessedEventsStore(db: Database.Database): ProcessedEvents {
  ensureSchema(
    db,
    'slack_processed_events',
    `CREATE TABLE IF NOT EXISTS slack_processed_events (
    event_id TEXT PRIMARY KEY,
    processed_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS slack_processed_events_by_time ON slack_processed_events (processed_at)`,
  );
  const has = db.prepare('SELECT 1 FROM slack_processed_events WHERE event_id = ?').pluck();
  const insert = db.prepare(
    'INSERT OR IGNORE INTO slack_processed_events (event_id, processed_at) VALUES (?, ?)',
  );
  const prune = db.prepare('DELETE FROM slack_processed_events WHERE processed_at < ?');
  return {
    has: (eventId) => has.get(eventId) !== undefined,
    add(eventId, now) {
      insert.run(eventId, now.toISOString());
      prune.run(new Date(now.getTime() - PROCESSED_EVENT_RETENTION_HOURS * 3_600_000).toISOString());
    },
  };
}
