// Opens the bot's SQLite file and brings its schema up to date (src/store/migrations.ts). Each capability creates
// its own tables at their latest shape (CREATE TABLE IF NOT EXISTS) in its store module.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrations.ts';

export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

const created = new WeakMap<Database.Database, Set<string>>();

/**
 * Runs a capability's CREATE TABLE IF NOT EXISTS statements once per connection, so stores can call it on every
 * operation without re-running DDL on hot paths (calendar feeds, the feed, each question).
 */
export function ensureSchema(db: Database.Database, name: string, ddl: string): void {
  let done = created.get(db);
  if (!done) {
    done = new Set();
    created.set(db, done);
  }
  if (done.has(name)) return;
  db.exec(ddl);
  done.add(name);
}
