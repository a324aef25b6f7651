// Whether the database file is intact as it is on disk: `PRAGMA quick_check` on a connection of its own, at start
// and then once a minute. The bot's own connection keeps the pages it has read in memory, so it goes on working,
// and its own checks pass, while the file under it is damaged, until those pages are read again (or the bot
// restarts and nothing works); a new connection reads the file. The check reads the whole file: a few ms per MB.
import Database from 'better-sqlite3';
import { errorMessage } from '../core/error-message.ts';
import type { Logger } from '../core/logger.ts';

export interface DatabaseCheckStatus {
  ok: boolean;
  /** When the last check ran (ISO); absent before the first. */
  checkedAt?: string;
  error?: string;
}

export interface DatabaseCheck {
  status(): DatabaseCheckStatus;
  /** Checks now, then every `everyMs`. */
  start(): void;
  stop(): void;
}

const MAX_REPORTED = 3;

export function createDatabaseCheck(file: string, log: Logger, everyMs = 60_000): DatabaseCheck {
  let status: DatabaseCheckStatus = { ok: true };
  let timer: NodeJS.Timeout | undefined;
  const check = (): void => {
    const error = findDamage(file);
    const checkedAt = new Date().toISOString();
    if (error !== undefined && status.ok) log.error('database check failed', { error });
    if (error === undefined && !status.ok) log.info('database check passed again');
    status = error === undefined ? { ok: true, checkedAt } : { ok: false, checkedAt, error };
  };
  return {
    status: () => ({ ...status }),
    start() {
      if (file === ':memory:' || timer) return;
      check();
      timer = setInterval(check, everyMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

/** What is wrong with the file, or undefined when the check passes. */
function findDamage(file: string): string | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(`quick_check(${MAX_REPORTED})`) as { quick_check: string }[];
    const found = rows
      .flatMap((r) => r.quick_check.split('\n'))
      .filter((m) => m !== 'ok' && !/^\*\*\* in database \w+ \*\*\*$/.test(m));
    return found.length === 0 ? undefined : `damaged: ${found.join('; ')}`;
  } catch (err) {
    return errorMessage(err);
  } finally {
    db?.close();
  }
}
