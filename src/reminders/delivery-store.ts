// Delivery records: each reminder is claimed here before it is sent, keyed by event, occurrence, lead and
// destination, so two ticks, two processes or a restart can never send it twice.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';
import type { Post } from '../core/posting.ts';

export type DeliveryStatus = 'sending' | 'sent' | 'failed' | 'skipped';

export interface DeliveryKey {
  eventId: string;
  /** ISO UTC start of the occurrence. */
  occurrence: string;
  lead: string;
  /** A poster's name (`feed`, `discord`) or `dm:PLATFORM:USERID`. */
  destination: string;
}

export interface Delivery extends DeliveryKey {
  at: string;
  status: DeliveryStatus;
  attempts: number;
  post: Post;
}

interface Row {
  event_id: string;
  occurrence: string;
  lead: string;
  destination: string;
  at: string;
  status: DeliveryStatus;
  attempts: number;
  post_json: string;
}

export function ensureDeliveryTables(db: Database.Database): void {
  ensureSchema(
    db,
    'reminder_deliveries',
    `CREATE TABLE IF NOT EXISTS reminder_deliveries (
    event_id TEXT NOT NULL,
    occurrence TEXT NOT NULL,
    lead TEXT NOT NULL,
    destination TEXT NOT NULL,
    at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'skipped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    post_json TEXT NOT NULL,
    error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (event_id, occurrence, lead, destination)
  );
  CREATE INDEX IF NOT EXISTS reminder_deliveries_status ON reminder_deliveries (status, at);
  CREATE TABLE IF NOT EXISTS reminder_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  );
}

/**
 * Claims a reminder for one destination. Exactly one caller gets true, whatever the number of ticks or processes;
 * `status` is `sending` (the caller sends next) or `skipped` (too late, recorded so it is not considered again).
 */
export function claimDelivery(
  db: Database.Database,
  key: DeliveryKey,
  at: Date,
  post: Post,
  status: 'sending' | 'skipped',
  now: Date,
): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO reminder_deliveries
       (event_id, occurrence, lead, destination, at, status, attempts, post_json, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      key.eventId,
      key.occurrence,
      key.lead,
      key.destination,
      at.toISOString(),
      status,
      status === 'sending' ? 1 : 0,
      JSON.stringify(post),
      now.toISOString(),
    );
  return result.changes === 1;
}

export function markDelivery(
  db: Database.Database,
  key: DeliveryKey,
  status: 'sent' | 'failed',
  now: Date,
  error?: string,
): void {
  db.prepare(
    `UPDATE reminder_deliveries SET status = ?, error = ?, updated_at = ?
     WHERE event_id = ? AND occurrence = ? AND lead = ? AND destination = ?`,
  ).run(status, error ?? null, now.toISOString(), key.eventId, key.occurrence, key.lead, key.destination);
}

/** Failed deliveries still worth a retry: fewer than `maxAttempts` tries and due no earlier than `notBefore`. */
export function retryableDeliveries(db: Database.Database, maxAttempts: number, notBefore: Date): Delivery[] {
  const rows = db
    .prepare(
      `SELECT * FROM reminder_deliveries WHERE status = 'failed' AND attempts < ? AND at >= ?
       ORDER BY at LIMIT 500`,
    )
    .all(maxAttempts, notBefore.toISOString()) as Row[];
  return rows.map(fromRow);
}

/** Claims a failed delivery for another try; true for exactly one caller. */
export function claimRetry(db: Database.Database, key: DeliveryKey, now: Date): boolean {
  return (
    db
      .prepare(
        `UPDATE reminder_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = ?
         WHERE event_id = ? AND occurrence = ? AND lead = ? AND destination = ? AND status = 'failed'`,
      )
      .run(now.toISOString(), key.eventId, key.occurrence, key.lead, key.destination).changes === 1
  );
}

export function listDeliveries(db: Database.Database): Delivery[] {
  ensureDeliveryTables(db);
  return (db.prepare('SELECT * FROM reminder_deliveries ORDER BY at, destination').all() as Row[]).map(
    fromRow,
  );
}

export function readState(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM reminder_state WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeState(db: Database.Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO reminder_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

function fromRow(r: Row): Delivery {
  return {
    eventId: r.event_id,
    occurrence: r.occurrence,
    lead: r.lead,
    destination: r.destination,
    at: r.at,
    status: r.status,
    attempts: r.attempts,
    post: JSON.parse(r.post_json) as Post,
  };
}
