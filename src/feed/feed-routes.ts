// GET /api/feed: the newest reminders and announcements, newest first.
import type Database from 'better-sqlite3';
import type { HttpRoute } from '../http/server.ts';
import { sendJson } from '../http/http-kit.ts';
import { listFeed } from './feed-store.ts';

export function feedRoutes(db: Database.Database): HttpRoute[] {
  return [{ method: 'GET', path: '/api/feed', handle: (_req, res) => sendJson(res, 200, listFeed(db)) }];
}
