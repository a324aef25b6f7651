// The key that signs web session cookies: SESSION_SECRET when set, else one generated once and kept in SQLite, so
// sessions survive restarts without any set-up.
import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';

export function loadSessionKey(db: Database.Database, secret: string | undefined): Buffer {
  // Hashing gives a fixed-length key whatever the secret's length and alphabet.
  if (secret !== undefined) return createHash('sha256').update(`course-bot session key\n${secret}`).digest();
  ensureSchema(
    db,
    'web_session_key',
    `CREATE TABLE IF NOT EXISTS web_session_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL,
    created_at TEXT NOT NULL
  )`,
  );
  // Two processes starting at once both insert; the first key wins and both read it.
  db.prepare('INSERT OR IGNORE INTO web_session_key (id, key, created_at) VALUES (1, ?, ?)').run(
    randomBytes(32),
    new Date().toISOString(),
  );
  const row = db.prepare('SELECT key FROM web_session_key WHERE id = 1').get() as { key: Buffer };
  return row.key;
}
