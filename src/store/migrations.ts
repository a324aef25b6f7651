// Schema migrations: the database's version is `PRAGMA user_version`; at open, every migration above it runs in
// order, each in its own transaction with the version bump, so an interrupted upgrade resumes where it stopped.
//
// Each capability creates its tables at their latest shape (CREATE TABLE IF NOT EXISTS in its store). A
// migration turns an older database's tables into that shape, so it must also do nothing on a new database
// (the table it changes may not exist yet). Version 0 is every database made before versions existed.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { scrubIdentifiers } from '../question-log/scrub-identifiers.ts';

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'the outbox replaces the reminder and announcement delivery records',
    up(db) {
      // Their rows only said what was sent before the upgrade; the tick resumes from reminder_state.last_tick
      // and an announcement marked done is never queued again, so nothing is sent twice.
      db.exec('DROP TABLE IF EXISTS reminder_deliveries; DROP TABLE IF EXISTS announcement_deliveries;');
    },
  },
  {
    version: 2,
    description: 'calendar subscription tokens are stored as SHA-256 hashes',
    up(db) {
      if (!columns(db, 'calendar_subscriptions').includes('token')) return;
      // The table's version-2 shape, written out here on purpose: a later change to the store's DDL comes with
      // its own migration, and this one must keep producing what version 2 was.
      db.exec(`
        ALTER TABLE calendar_subscriptions RENAME TO calendar_subscriptions_plain;
        DROP INDEX IF EXISTS calendar_subscriptions_owner;
        CREATE TABLE calendar_subscriptions (
          token_hash TEXT PRIMARY KEY,
          owner TEXT NOT NULL,
          group_id TEXT,
          types TEXT,
          created_at TEXT NOT NULL,
          revoked_at TEXT
        );
        CREATE INDEX calendar_subscriptions_owner ON calendar_subscriptions (owner, revoked_at);`);
      const insert = db.prepare(
        `INSERT INTO calendar_subscriptions (token_hash, owner, group_id, types, created_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      const rows = db.prepare('SELECT * FROM calendar_subscriptions_plain').all() as {
        token: string;
        owner: string;
        group_id: string | null;
        types: string | null;
        created_at: string;
        revoked_at: string | null;
      }[];
      for (const r of rows) {
        insert.run(hashToken(r.token), r.owner, r.group_id, r.types, r.created_at, r.revoked_at);
      }
      db.exec('DROP TABLE calendar_subscriptions_plain');
    },
  },
  {
    version: 3,
    description: 'questions already logged lose their mentions, e-mail addresses, phone and student numbers',
    up(db) {
      if (!columns(db, 'question_log').includes('question')) return;
      // As new questions are logged from this version on; a later, stricter scrubber comes with its own migration.
      const update = db.prepare('UPDATE question_log SET question = ? WHERE id = ?');
      const rows = db.prepare('SELECT id, question FROM question_log').all() as {
        id: number;
        question: string;
      }[];
      for (const r of rows) {
        const scrubbed = scrubIdentifiers(r.question);
        if (scrubbed !== r.question) update.run(scrubbed, r.id);
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export class SchemaVersionError extends Error {
  readonly code = 'SCHEMA_TOO_NEW';
}

/** How calendar tokens are stored: the SHA-256 of the token, in hex (the token itself is never stored). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Brings the database to SCHEMA_VERSION; returns the versions before and after. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new SchemaVersionError(
      `The database is at schema version ${from}, but this release knows versions up to ${latest}: it was used by a newer release. Run that release, or restore a backup made before the upgrade.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: Math.max(from, latest) };
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}
