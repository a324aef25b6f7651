// What the Canvas platform keeps in SQLite: the last good data from Canvas, and one claim per board entry and
// per conversation, taken before its reply is queued in the outbox, so that nothing is answered twice.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../../store/database.ts';

export type ClaimKind = 'board' | 'inbox';
/**
 * `seen`: there before the bot first looked (never answered). `claimed`: being answered (a crash leaves it so;
 * the next poll finishes it). `queued` (the reply is in the outbox), `silent` (nothing worth posting), `ignored`
 * (staff, the bot itself, deleted): done.
 */
export type ClaimState = 'seen' | 'claimed' | 'queued' | 'silent' | 'ignored';

/** The claim-before-post seam: the board and the inbox only use this. */
export interface ReplyClaims {
  state(kind: ClaimKind, itemId: string): ClaimState | undefined;
  /** True when this call took the claim; false when the item was already known. */
  claim(kind: ClaimKind, itemId: string, now: Date): boolean;
  finish(kind: ClaimKind, itemId: string, state: Exclude<ClaimState, 'claimed'>, now: Date): void;
  /** Gives an open claim back (the runner said "too fast"): the next poll tries the item again. */
  release(kind: ClaimKind, itemId: string): void;
  /** Records items that are not answered (there before the first look, or by staff) unless already known. */
  note(kind: ClaimKind, itemIds: readonly string[], state: 'seen' | 'ignored', now: Date): void;
}

function ensureTables(db: Database.Database): void {
  ensureSchema(
    db,
    'canvas',
    `CREATE TABLE IF NOT EXISTS canvas_claims (
       kind TEXT NOT NULL,
       item_id TEXT NOT NULL,
       state TEXT NOT NULL,
       claimed_at TEXT NOT NULL,
       done_at TEXT,
       PRIMARY KEY (kind, item_id)
     );
     CREATE TABLE IF NOT EXISTS canvas_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  );
}

export function createReplyClaims(db: Database.Database): ReplyClaims {
  ensureTables(db);
  const select = db.prepare('SELECT state FROM canvas_claims WHERE kind = ? AND item_id = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO canvas_claims (kind, item_id, state, claimed_at) VALUES (?, ?, ?, ?)',
  );
  const release = db.prepare(
    "DELETE FROM canvas_claims WHERE kind = ? AND item_id = ? AND state = 'claimed'",
  );
  const update = db.prepare('UPDATE canvas_claims SET state = ?, done_at = ? WHERE kind = ? AND item_id = ?');
  return {
    state(kind, itemId) {
      const row = select.get(kind, itemId) as { state: ClaimState } | undefined;
      return row?.state;
    },
    claim(kind, itemId, now) {
      return insert.run(kind, itemId, 'claimed', now.toISOString()).changes === 1;
    },
    release(kind, itemId) {
      release.run(kind, itemId);
    },
    finish(kind, itemId, state, now) {
      update.run(state, now.toISOString(), kind, itemId);
    },
    note: (kind, itemIds, state, now) =>
      db.transaction(() => {
        for (const id of itemIds) insert.run(kind, id, state, now.toISOString());
      })(),
  };
}

/** Small JSON values: the last good assignments, whether the board and inbox have had their first look. */
export function readCanvasState(db: Database.Database, key: string): unknown {
  ensureTables(db);
  const row = db.prepare('SELECT value FROM canvas_state WHERE key = ?').get(key) as
    { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

export function writeCanvasState(db: Database.Database, key: string, value: unknown): void {
  ensureTables(db);
  db.prepare(
    'INSERT INTO canvas_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
