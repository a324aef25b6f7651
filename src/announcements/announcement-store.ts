// Scheduled announcements in SQLite: they survive restarts, and each (announcement, poster) is claimed once.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';

export type AnnouncementStatus = 'scheduled' | 'done' | 'cancelled' | 'expired';

export interface Announcement {
  id: number;
  text: string;
  /** The instant to post at (UTC). */
  dueAt: Date;
  createdAt: Date;
  status: AnnouncementStatus;
}

export interface Delivery {
  poster: string;
  status: 'claimed' | 'sent' | 'failed';
  error: string | null;
}

interface Row {
  id: number;
  text: string;
  due_at: string;
  created_at: string;
  status: AnnouncementStatus;
}

export class AnnouncementStore {
  constructor(private readonly db: Database.Database) {
    ensureSchema(
      db,
      'announcements',
      `
      CREATE TABLE IF NOT EXISTS announcements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL,
        due_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'scheduled'
      );
      CREATE INDEX IF NOT EXISTS announcements_due ON announcements (status, due_at);
      CREATE TABLE IF NOT EXISTS announcement_deliveries (
        announcement_id INTEGER NOT NULL REFERENCES announcements (id),
        poster TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (announcement_id, poster)
      );
    `,
    );
  }

  add(text: string, dueAt: Date, now: Date): Announcement {
    const info = this.db
      .prepare('INSERT INTO announcements (text, due_at, created_at) VALUES (?, ?, ?)')
      .run(text, dueAt.toISOString(), now.toISOString());
    return { id: Number(info.lastInsertRowid), text, dueAt, createdAt: now, status: 'scheduled' };
  }

  get(id: number): Announcement | null {
    const row = this.db.prepare('SELECT * FROM announcements WHERE id = ?').get(id) as Row | undefined;
    return row ? toAnnouncement(row) : null;
  }

  /** Scheduled announcements, soonest first. */
  pending(limit = 50): Announcement[] {
    const rows = this.db
      .prepare("SELECT * FROM announcements WHERE status = 'scheduled' ORDER BY due_at, id LIMIT ?")
      .all(limit) as Row[];
    return rows.map(toAnnouncement);
  }

  due(now: Date): Announcement[] {
    const rows = this.db
      .prepare("SELECT * FROM announcements WHERE status = 'scheduled' AND due_at <= ? ORDER BY due_at, id")
      .all(now.toISOString()) as Row[];
    return rows.map(toAnnouncement);
  }

  /** Cancels a scheduled announcement; false when it is not scheduled (unknown, posted or cancelled). */
  cancel(id: number): boolean {
    return (
      this.db
        .prepare("UPDATE announcements SET status = 'cancelled' WHERE id = ? AND status = 'scheduled'")
        .run(id).changes === 1
    );
  }

  finish(id: number, status: 'done' | 'expired'): void {
    this.db
      .prepare("UPDATE announcements SET status = ? WHERE id = ? AND status = 'scheduled'")
      .run(status, id);
  }

  /** Claims the delivery of one announcement to one poster; only the first claim wins, ever. */
  claim(id: number, poster: string, now: Date): boolean {
    return (
      this.db
        .prepare(
          "INSERT OR IGNORE INTO announcement_deliveries (announcement_id, poster, status, at) VALUES (?, ?, 'claimed', ?)",
        )
        .run(id, poster, now.toISOString()).changes === 1
    );
  }

  record(id: number, poster: string, status: 'sent' | 'failed', now: Date, error?: string): void {
    this.db
      .prepare(
        'UPDATE announcement_deliveries SET status = ?, error = ?, at = ? WHERE announcement_id = ? AND poster = ?',
      )
      .run(status, error ?? null, now.toISOString(), id, poster);
  }

  deliveries(id: number): Delivery[] {
    return this.db
      .prepare(
        'SELECT poster, status, error FROM announcement_deliveries WHERE announcement_id = ? ORDER BY poster',
      )
      .all(id) as Delivery[];
  }
}

function toAnnouncement(row: Row): Announcement {
  return {
    id: row.id,
    text: row.text,
    dueAt: new Date(row.due_at),
    createdAt: new Date(row.created_at),
    status: row.status,
  };
}
