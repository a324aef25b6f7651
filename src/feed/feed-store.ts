// The bot's own feed: reminders and announcements stored in SQLite and served at GET /api/feed.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';

export const FEED_LIMIT = 100;

export interface FeedItem {
  id: string;
  at: string;
  kind: 'reminder' | 'announcement';
  text: string;
  eventId?: string;
}

interface FeedRow {
  post_id: string;
  at: string;
  kind: 'reminder' | 'announcement';
  text: string;
  event_id: string | null;
}

function ensureFeedTables(db: Database.Database): void {
  ensureSchema(
    db,
    'feed_posts',
    `CREATE TABLE IF NOT EXISTS feed_posts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'announcement')),
    text TEXT NOT NULL,
    event_id TEXT
  )`,
  );
}

/** Adds an item; the same post id twice is stored once. Returns whether it was new. */
export function addFeedItem(db: Database.Database, item: FeedItem): boolean {
  ensureFeedTables(db);
  const result = db
    .prepare('INSERT OR IGNORE INTO feed_posts (post_id, at, kind, text, event_id) VALUES (?, ?, ?, ?, ?)')
    .run(item.id, item.at, item.kind, item.text, item.eventId ?? null);
  return result.changes === 1;
}

/** Newest first, at most `limit` (bounded by FEED_LIMIT). */
export function listFeed(db: Database.Database, limit = FEED_LIMIT): FeedItem[] {
  ensureFeedTables(db);
  const rows = db
    .prepare('SELECT post_id, at, kind, text, event_id FROM feed_posts ORDER BY at DESC, seq DESC LIMIT ?')
    .all(Math.min(Math.max(1, limit), FEED_LIMIT)) as FeedRow[];
  return rows.map((r) => ({
    id: r.post_id,
    at: r.at,
    kind: r.kind,
    text: r.text,
    ...(r.event_id !== null && { eventId: r.event_id }),
  }));
}
