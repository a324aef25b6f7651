// When the reminder tick last ran, so a restart plans what fell due while the bot was down.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';

const LAST_TICK_KEY = 'last_tick';

function ensureStateTable(db: Database.Database): void {
  ensureSchema(
    db,
    'reminder_state',
    'CREATE TABLE IF NOT EXISTS reminder_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
  );
}

export function readTickState(db: Database.Database): string | null {
  ensureStateTable(db);
  const row = db.prepare('SELECT value FROM reminder_state WHERE key = ?').get(LAST_TICK_KEY) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeTickState(db: Database.Database, value: string): void {
  ensureStateTable(db);
  db.prepare(
    'INSERT INTO reminder_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(LAST_TICK_KEY, value);
}
