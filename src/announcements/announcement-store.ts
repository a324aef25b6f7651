// Scheduled announcements in SQLite: they survive restarts; when due, each is handed to the outbox exactly once.
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

  /** Moves a scheduled announcement to `done` or `expired`; true for exactly one caller. */
  finish(id: number, status: 'done' | 'expired'): boolean {
    return (
      this.db
        .prepare("UPDATE announcements SET status = ? WHERE id = ? AND status = 'scheduled'")
        .run(status, id).changes === 1
    );
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
