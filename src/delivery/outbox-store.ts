// The outbox table: one row per (item, destination, recipient), moved pending -> sending -> sent or given_up.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'given_up';

export interface OutboxRow {
  seq: number;
  item_id: string;
  kind: string;
  destination: string;
  /** '' for the destination's channel; a user id (direct message) or a thread id otherwise. */
  recipient: string;
  payload_json: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  expires_at: string;
  claimed_by: string | null;
  last_error: string | null;
  reason: string | null;
  created_at: string;
  updated_at: string;
}

export function ensureOutboxTables(db: Database.Database): void {
  ensureSchema(
    db,
    'outbox',
    `CREATE TABLE IF NOT EXISTS outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      destination TEXT NOT NULL,
      recipient TEXT NOT NULL DEFAULT '',
      payload_json TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'given_up')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      claimed_by TEXT,
      last_error TEXT,
      reason TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (item_id, destination, recipient)
    );
    CREATE INDEX IF NOT EXISTS outbox_due ON outbox (destination, status, next_attempt_at);
    CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status);`,
  );
}

/** SQL for the outbox, prepared once per connection. */
export class OutboxStore {
  private readonly insert: Database.Statement;
  private readonly nextDue: Database.Statement;
  private readonly claimRow: Database.Statement;
  private readonly finishRow: Database.Statement;
  private readonly retryRow: Database.Statement;

  constructor(readonly db: Database.Database) {
    ensureOutboxTables(db);
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO outbox (item_id, kind, destination, recipient, payload_json, status, next_attempt_at,
         expires_at, reason, created_at, updated_at)
       VALUES (@item_id, @kind, @destination, @recipient, @payload_json, @status, @next_attempt_at, @expires_at,
         @reason, @now, @now)`,
    );
    this.nextDue = db.prepare(
      `SELECT * FROM outbox WHERE destination = ? AND status = 'pending' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, seq LIMIT 1`,
    );
    this.claimRow = db.prepare(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_by = ?, updated_at = ?
       WHERE seq = ? AND status = 'pending'`,
    );
    this.finishRow = db.prepare(
      `UPDATE outbox SET status = ?, reason = ?, last_error = coalesce(?, last_error), claimed_by = NULL,
         updated_at = ? WHERE seq = ?`,
    );
    this.retryRow = db.prepare(
      `UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?, claimed_by = NULL, updated_at = ?
       WHERE seq = ?`,
    );
  }

  /** True when the row is new (an item is enqueued once per destination and recipient, whoever asks). */
  add(row: {
    item_id: string;
    kind: string;
    destination: string;
    recipient: string;
    payload_json: string;
    status: 'pending' | 'given_up';
    next_attempt_at: string;
    expires_at: string;
    reason: string | null;
    now: string;
  }): boolean {
    return this.insert.run(row).changes === 1;
  }

  /** Claims the oldest due row of a destination; null when none is due. Exactly one process wins a row. */
  claimNext(destination: string, now: Date, owner: string): OutboxRow | null {
    const nowIso = now.toISOString();
    for (;;) {
      const row = this.nextDue.get(destination, nowIso) as OutboxRow | undefined;
      if (!row) return null;
      if (this.claimRow.run(owner, nowIso, row.seq).changes === 1) {
        return { ...row, status: 'sending', attempts: row.attempts + 1, claimed_by: owner };
      }
    }
  }

  finish(seq: number, status: 'sent' | 'given_up', now: Date, reason: string | null, error?: string): void {
    this.finishRow.run(status, reason, error ?? null, now.toISOString(), seq);
  }

  retryAt(seq: number, at: Date, error: string, now: Date): void {
    this.retryRow.run(at.toISOString(), error, now.toISOString(), seq);
  }

  /** Pending rows whose window has closed, so they can be given up (and logged) one by one. */
  expired(destination: string, now: Date): OutboxRow[] {
    return this.db
      .prepare(
        `SELECT * FROM outbox WHERE destination = ? AND status = 'pending' AND expires_at <= ? ORDER BY seq LIMIT 500`,
      )
      .all(destination, now.toISOString()) as OutboxRow[];
  }

  /** Rows being sent, with who claimed them: a dead claimer's rows were interrupted. */
  sending(): OutboxRow[] {
    return this.db.prepare("SELECT * FROM outbox WHERE status = 'sending' ORDER BY seq").all() as OutboxRow[];
  }

  /** Gives up pending rows of an item (an announcement cancelled after it was queued). */
  cancelPending(itemId: string, reason: string, now: Date): number {
    return this.db
      .prepare(
        `UPDATE outbox SET status = 'given_up', reason = ?, updated_at = ? WHERE item_id = ? AND status = 'pending'`,
      )
      .run(reason, now.toISOString(), itemId).changes;
  }

  /** Gives up the pending rows of one kind for one recipient at a destination (who no longer wants them). */
  cancelForRecipient(
    where: { destination: string; recipient: string; kind: string },
    reason: string,
    now: Date,
  ): number {
    return this.db
      .prepare(
        `UPDATE outbox SET status = 'given_up', reason = ?, updated_at = ?
         WHERE destination = ? AND recipient = ? AND kind = ? AND status = 'pending'`,
      )
      .run(reason, now.toISOString(), where.destination, where.recipient, where.kind).changes;
  }

  /** Makes a destination's pending rows due now (its platform just came back). */
  dueNow(destination: string, now: Date): number {
    return this.db
      .prepare(
        `UPDATE outbox SET next_attempt_at = ?, updated_at = ? WHERE destination = ? AND status = 'pending'
         AND next_attempt_at > ?`,
      )
      .run(now.toISOString(), now.toISOString(), destination, now.toISOString()).changes;
  }

  byItem(itemId: string): OutboxRow[] {
    return this.db
      .prepare('SELECT * FROM outbox WHERE item_id = ? ORDER BY destination, recipient')
      .all(itemId) as OutboxRow[];
  }

  all(): OutboxRow[] {
    return this.db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];
  }

  /** Per destination: rows waiting, and the oldest waiting row's creation time. */
  backlog(): { destination: string; pending: number; oldest: string | null }[] {
    return this.db
      .prepare(
        `SELECT destination, count(*) AS pending, min(created_at) AS oldest FROM outbox
         WHERE status IN ('pending', 'sending') GROUP BY destination`,
      )
      .all() as { destination: string; pending: number; oldest: string | null }[];
  }
}
