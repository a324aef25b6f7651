// `backup FILE` copies the live database (WAL included) into one self-contained, checked file, and never leaves a
// half-written FILE or replaces one without --force.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackup } from '../../src/cli/commands/backup.ts';
import { openDatabase } from '../../src/store/database.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'backup-'));
const dataDir = path.join(tmp, 'data');
const env = { DATA_DIR: dataDir };
let live: Database.Database;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

function rowsIn(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(() => {
  // The running bot's connection: WAL mode, and nothing checkpointed, so every row is still only in the -wal file.
  live = openDatabase(path.join(dataDir, 'course-bot.sqlite'));
  live.pragma('wal_autocheckpoint = 0');
  live.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = live.prepare('INSERT INTO notes (text) VALUES (?)');
  live.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`note ${i} `.repeat(20));
  })();
});
afterAll(() => {
  live.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('backup FILE', () => {
  it('GIVEN a running database with its writes still in the WAL THEN the copy holds them all, as one checked file', async () => {
    expect(existsSync(path.join(dataDir, 'course-bot.sqlite-wal'))).toBe(true);
    const target = path.join(tmp, 'copy.sqlite');
    const run = io();
    expect(await runBackup(target, {}, env, run.io)).toBe(0);
    expect(run.out[0]).toMatch(
      /^Backed up .*course-bot\.sqlite to .*copy\.sqlite \(\d+ KB, integrity check ok\)\.$/,
    );
    expect(rowsIn(target)).toBe(2000);
    // self-contained: rollback journal, not WAL, and no -wal or -shm beside it
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(existsSync(`${target}-wal`)).toBe(false);
    // the live database goes on working
    live.prepare('INSERT INTO notes (text) VALUES (?)').run('after the backup');
    expect((live.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(2001);
  });

  it('GIVEN FILE exists THEN it is kept unless --force', async () => {
    const target = path.join(tmp, 'existing.sqlite');
    writeFileSync(target, 'an older backup');
    const refused = io();
    expect(await runBackup(target, {}, env, refused.io)).toBe(2);
    expect(refused.err[0]).toContain('already exists; name a new file, or add --force to replace it.');
    expect(readFileSync(target, 'utf8')).toBe('an older backup');
    expect(await runBackup(target, { force: true }, env, io().io)).toBe(0);
    expect(rowsIn(target)).toBe(2001);
  });

  it('GIVEN no database under DATA_DIR THEN it says so and creates nothing', async () => {
    const empty = path.join(tmp, 'empty');
    const run = io();
    expect(await runBackup(path.join(tmp, 'x.sqlite'), {}, { DATA_DIR: empty }, run.io)).toBe(1);
    expect(run.err[0]).toMatch(
      /^No database at .*empty[/\\]course-bot\.sqlite: nothing to back up\. Set DATA_DIR/,
    );
    expect(existsSync(empty)).toBe(false);
    expect(existsSync(path.join(tmp, 'x.sqlite'))).toBe(false);
  });

  it('GIVEN a folder that does not exist, or the database itself THEN it refuses and names the problem', async () => {
    const missing = io();
    expect(await runBackup(path.join(tmp, 'no/such/dir/x.sqlite'), {}, env, missing.io)).toBe(2);
    expect(missing.err[0]).toContain('does not exist; create it first.');
    const itself = io();
    expect(await runBackup(path.join(dataDir, 'course-bot.sqlite'), { force: true }, env, itself.io)).toBe(2);
    expect(itself.err[0]).toBe('FILE: is the database itself; name another file.');
  });

  it('GIVEN the CLI THEN `backup FILE` runs it', () => {
    const target = path.join(tmp, 'from-cli.sqlite');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'backup', target],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(rowsIn(target)).toBe(2001);
  });
});
