// What /healthz and /readyz report: the database (a write and a read, room to grow, and the file's own check), free
// disk, each tick's last run, each platform's connection and each destination's deliveries; with the reasons when
// something is broken.
import { statfsSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { errorMessage } from '../core/error-message.ts';
import type { TickStatus } from '../core/minute-tick.ts';
import type { PlatformStatus } from '../core/platform-connection.ts';
import type { Outbox } from '../delivery/outbox.ts';
import { ensureSchema } from '../store/database.ts';
import type { DatabaseCheckStatus } from './database-check.ts';

/** A tick that has not succeeded for this long is broken (it runs every minute). */
export const TICK_STALE_MS = 3 * 60_000;
/** Less free space than this on the database's disk is a full disk: SQLite writes start failing soon after. */
export const MIN_FREE_BYTES = 50 * 1024 * 1024;

export interface HealthSources {
  db: Database.Database;
  /** The database file (for free space); ':memory:' skips the disk check. */
  databaseFile: string;
  ticks: () => TickStatus[];
  platforms: () => PlatformStatus[];
  outbox: Outbox;
  /** The last check of the database file as it is on disk (see database-check.ts). */
  databaseCheck?: () => DatabaseCheckStatus;
  /** Free bytes on the database's disk; the default asks the file system. */
  freeBytes?: (dir: string) => number;
  now?: () => number;
}

export interface HealthReport {
  /** False when restarting the process could help: the database is unusable or the ticks stopped running. */
  live: boolean;
  /** False when something the course relies on is broken (also a platform down or failing to deliver). */
  ready: boolean;
  problems: string[];
  database: { ok: boolean; error?: string; freeBytes?: number; checkedAt?: string };
  ticks: TickStatus[];
  platforms: PlatformStatus[];
  deliveries: ReturnType<Outbox['health']>;
}

export function checkHealth(src: HealthSources): HealthReport {
  const now = src.now?.() ?? Date.now();
  const liveProblems: string[] = [];
  const readyProblems: string[] = [];

  const database: HealthReport['database'] = { ok: true };
  try {
    probeDatabase(src.db, new Date(now).toISOString());
  } catch (err) {
    database.ok = false;
    database.error = errorMessage(err);
    liveProblems.push(`database: ${database.error}`);
  }
  const file = src.databaseCheck?.();
  if (file?.checkedAt !== undefined) database.checkedAt = file.checkedAt;
  if (file && !file.ok) {
    database.ok = false;
    database.error ??= file.error;
    liveProblems.push(`database file: ${file.error} (checked at ${file.checkedAt})`);
  }
  if (database.ok) {
    try {
      probeRoom(src.db);
    } catch (err) {
      database.ok = false;
      database.error = errorMessage(err);
      readyProblems.push(`database: cannot grow: ${database.error}`);
    }
  }
  if (src.databaseFile !== ':memory:') {
    try {
      const free = (src.freeBytes ?? freeBytesOnDisk)(path.dirname(src.databaseFile));
      database.freeBytes = free;
      if (free < MIN_FREE_BYTES) {
        database.ok = false;
        readyProblems.push(
          `disk: ${Math.floor(free / 1024 / 1024)} MB free where the database is (at least ${MIN_FREE_BYTES / 1024 / 1024} MB needed)`,
        );
      }
    } catch (err) {
      readyProblems.push(`disk: free space unknown (${errorMessage(err)})`);
    }
  }

  const ticks = src.ticks();
  for (const t of ticks) {
    if (t.lastRunAt === undefined) continue; // still in its first run
    if (t.lastError !== undefined)
      readyProblems.push(`${t.name} tick: failed at ${t.lastRunAt}: ${t.lastError}`);
    if (now - Date.parse(t.lastRunAt) > TICK_STALE_MS)
      liveProblems.push(`${t.name} tick: no run since ${t.lastRunAt}`);
  }

  const platforms = src.platforms();
  for (const p of platforms) {
    if (p.state !== 'up') readyProblems.push(`${p.name}: ${p.state}${p.error ? ` (${p.error})` : ''}`);
  }
  // (a damaged database can fail here too, where the probe above passed: the report says so rather than fail whole)
  let deliveries: HealthReport['deliveries'] = [];
  try {
    deliveries = src.outbox.health();
  } catch (err) {
    database.ok = false;
    database.error ??= errorMessage(err);
    liveProblems.push(`database: the outbox cannot be read: ${errorMessage(err)}`);
  }
  for (const d of deliveries) {
    const failed = d.lastFailedAt ? Date.parse(d.lastFailedAt) : undefined;
    const sent = d.lastSentAt ? Date.parse(d.lastSentAt) : undefined;
    // Only while something waits: what was given up is in the log and the outbox, and the platform's state says
    // whether it answers now.
    if (d.waiting > 0 && failed !== undefined && (sent === undefined || failed > sent)) {
      readyProblems.push(
        `${d.destination}: deliveries failing (${d.waiting} waiting; last error: ${d.lastError})`,
      );
    }
  }

  const problems = [...liveProblems, ...readyProblems];
  return {
    live: liveProblems.length === 0,
    ready: problems.length === 0,
    problems,
    database,
    ticks,
    platforms,
    deliveries,
  };
}

/** A write and a read of a one-row table: fails on a corrupted, read-only or full database. */
function probeDatabase(db: Database.Database, at: string): void {
  ensureSchema(
    db,
    'health_probe',
    'CREATE TABLE IF NOT EXISTS health_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL)',
  );
  db.prepare(
    'INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
  ).run(at);
  const row = db.prepare('SELECT at FROM health_probe WHERE id = 1').get() as { at: string } | undefined;
  if (row?.at !== at) throw new Error('the value written could not be read back');
}

const ROLLBACK = new Error('rolled back');

/**
 * Whether the database can take a write that needs new pages (one bigger than two pages, rolled back): fails as
 * new outbox rows and logged questions would on a full disk or at the database's size limit. Nothing is written.
 */
function probeRoom(db: Database.Database): void {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  try {
    db.transaction(() => {
      db.prepare('UPDATE health_probe SET at = zeroblob(?) WHERE id = 1').run(2 * pageSize);
      throw ROLLBACK;
    })();
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
}

function freeBytesOnDisk(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}
