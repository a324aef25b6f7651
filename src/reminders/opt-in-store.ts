// Who wants reminders as direct messages (`remindme on`), per platform user, with their own leads if they chose.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';
import type { Platform } from '../core/command.ts';

export interface OptIn {
  platform: Platform;
  userId: string;
  /** The user's own leads; absent means each event's leads. */
  leads?: string[];
}

interface Row {
  platform: Platform;
  user_id: string;
  leads: string | null;
}

function ensureOptInTables(db: Database.Database): void {
  ensureSchema(
    db,
    'reminder_opt_ins',
    `CREATE TABLE IF NOT EXISTS reminder_opt_ins (
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    leads TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
  )`,
  );
}

export function setOptIn(db: Database.Database, optIn: OptIn, now: Date): void {
  ensureOptInTables(db);
  db.prepare(
    `INSERT INTO reminder_opt_ins (platform, user_id, leads, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, user_id) DO UPDATE SET leads = excluded.leads`,
  ).run(optIn.platform, optIn.userId, optIn.leads?.length ? optIn.leads.join(',') : null, now.toISOString());
}

/** True when the user was opted in. */
export function removeOptIn(db: Database.Database, platform: Platform, userId: string): boolean {
  ensureOptInTables(db);
  return (
    db.prepare('DELETE FROM reminder_opt_ins WHERE platform = ? AND user_id = ?').run(platform, userId)
      .changes > 0
  );
}

export function listOptIns(db: Database.Database): OptIn[] {
  ensureOptInTables(db);
  const rows = db
    .prepare('SELECT platform, user_id, leads FROM reminder_opt_ins ORDER BY platform, user_id')
    .all() as Row[];
  return rows.map((r) => ({
    platform: r.platform,
    userId: r.user_id,
    ...(r.leads !== null && { leads: r.leads.split(',') }),
  }));
}

/** What commands may do with reminder preferences: direct-message reminders on or off, per platform user. */
export interface ReminderPreferences {
  /** Whether reminders can reach this platform's users by direct message. */
  canDirect(platform: Platform): boolean;
  optIn(optIn: OptIn, now: Date): void;
  /** True when the user was opted in. */
  optOut(platform: Platform, userId: string): boolean;
}

/** `dropWaiting` gives up the user's reminders still waiting to be sent, so turning them off stops those too. */
export function createReminderPreferences(
  db: Database.Database,
  canDirect: (platform: Platform) => boolean,
  dropWaiting: (platform: Platform, userId: string) => void,
): ReminderPreferences {
  return {
    canDirect,
    optIn: (optIn, now) => setOptIn(db, optIn, now),
    optOut: (platform, userId) => {
      dropWaiting(platform, userId);
      return removeOptIn(db, platform, userId);
    },
  };
}
