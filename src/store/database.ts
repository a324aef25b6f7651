// Opens the bot's SQLite file and brings its schema up to date (src/store/migrations.ts). Each capability creates
// its own tables at their latest shape (CREATE TABLE IF NOT EXISTS) in its store module.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrations.ts';

/**
 * Opens (creating when missing) the database file and its folder. A folder that cannot be made or written, or a file
 * that is no SQLite database, is an error naming the path and what to do (never a bare "unable to open database file").
 */
export function openDatabase(file: string): Database.Database {
  if (file === ':memory:') return prepare(new Database(file));
  const dir = path.dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'EEXIST' || code === 'ENOTDIR'
        ? `the data folder ${dir} (DATA_DIR) is a file, not a folder: set DATA_DIR to a folder, or move the file away`
        : `the data folder ${dir} (DATA_DIR) cannot be created (${code ?? 'error'}): create it and let the bot's user write to it, or set DATA_DIR to a folder it can write`,
      { cause: err },
    );
  }
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    throw new Error(
      `${file} cannot be opened (${errorText(err)}): the bot's user must be able to read and write it and its folder (DATA_DIR), on a file system that is not read-only`,
      { cause: err },
    );
  }
  try {
    return prepare(db);
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
      throw new Error(
        `${file} is damaged or is not the bot's database (${errorText(err)}): restore the last backup (docs/deploying.md, Backups), or move the file away to start with an empty database`,
        { cause: err },
      );
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM')
      throw new Error(
        `${file} cannot be written (${errorText(err)}): the bot's user must be able to write it and its folder (DATA_DIR), on a file system that is not read-only`,
        { cause: err },
      );
    throw err;
  }
}

function prepare(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

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
