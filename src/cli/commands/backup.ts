// `backup FILE`: a consistent copy of the bot's SQLite database while the bot keeps running (SQLite's online backup),
// written next to FILE first and renamed into place, then checked, so FILE is always a whole, usable database.
import type { Command } from 'commander';
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, ConfigError } from '../../config.ts';
import { errorMessage } from '../../core/error-message.ts';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runBackup(
  file: string,
  opts: { force?: boolean },
  env: Record<string, string | undefined>,
  io: Io,
): Promise<number> {
  let databaseFile: string;
  try {
    databaseFile = parseConfig(env).databaseFile;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.err(err.message);
    return 1;
  }
  const target = path.resolve(file);
  if (!existsSync(databaseFile)) {
    io.err(`No database at ${databaseFile}: nothing to back up. Set DATA_DIR to the folder the bot uses.`);
    return 1;
  }
  if (target === databaseFile) {
    io.err('FILE: is the database itself; name another file.');
    return 2;
  }
  if (existsSync(target) && !opts.force) {
    io.err(`FILE: ${target} already exists; name a new file, or add --force to replace it.`);
    return 2;
  }
  if (!existsSync(path.dirname(target))) {
    io.err(`FILE: the folder ${path.dirname(target)} does not exist; create it first.`);
    return 2;
  }
  const partial = `${target}.partial-${process.pid}`;
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
    // The copy keeps WAL mode from the original's header; as a single self-contained file it is easier to move.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check (${String(check)})`);
    } finally {
      copy.close();
    }
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    io.err(`Backup failed: ${errorMessage(err)}. ${target} was not written.`);
    return 1;
  } finally {
    source.close();
  }
  const kb = Math.ceil(statSync(target).size / 1024);
  io.out(`Backed up ${databaseFile} to ${target} (${kb} KB, integrity check ok).`);
  return 0;
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      "copy the bot's SQLite database (under DATA_DIR) to FILE while the bot runs (SQLite online backup)",
    )
    .argument('<file>', 'where to write the copy, e.g. /var/backups/course-bot-2026-11-30.sqlite')
    .option('--force', 'replace FILE if it exists')
    .action(async (file: string, opts: { force?: boolean }) => {
      process.exitCode = await runBackup(file, opts, process.env, {
        out: (l) => console.log(l),
        err: (l) => console.error(l),
      });
    });
}
