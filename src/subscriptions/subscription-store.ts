// Personal calendar subscriptions: a secret token (256 random bits) per owner, with the owner's filters. Only the
// token's SHA-256 is stored: a copy of the database does not give anyone the feed URLs.
import type Database from 'better-sqlite3';
import { ensureSchema } from '../store/database.ts';
import { hashToken } from '../store/migrations.ts';
import { randomBytes } from 'node:crypto';
import { EVENT_TYPES, type EventType } from '../content/schemas.ts';
import type { CalendarFilter } from './calendar-filter.ts';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface SubscriptionLinks {
  token: string;
  httpsUrl: string;
  webcalUrl: string;
  /** Opens Google Calendar's "add this calendar" page for the feed. */
  googleUrl: string;
}

export interface Subscription {
  owner: string;
  filter: CalendarFilter;
  createdAt: string;
  revokedAt: string | null;
}

interface Row {
  token_hash: string;
  owner: string;
  group_id: string | null;
  types: string | null;
  created_at: string;
  revoked_at: string | null;
}

function ensureSubscriptionTables(db: Database.Database): void {
  ensureSchema(
    db,
    'calendar_subscriptions',
    `CREATE TABLE IF NOT EXISTS calendar_subscriptions (
    token_hash TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    group_id TEXT,
    types TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS calendar_subscriptions_owner ON calendar_subscriptions (owner, revoked_at)`,
  );
}

/**
 * Google Calendar's page that adds a calendar by its feed URL (the same one the web page builds in app.js). Google
 * fetches the feed from its own servers, so this works only when PUBLIC_URL is reachable from the internet.
 */
export function googleCalendarUrl(webcalUrl: string): string {
  return `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcalUrl)}`;
}

/** `https://host/calendar/TOKEN.ics`, the same as `webcal://` (calendar apps subscribe to that form) and for Google. */
function subscriptionLinks(publicUrl: string, token: string): SubscriptionLinks {
  const httpsUrl = `${publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
  const webcalUrl = httpsUrl.replace(/^https?:\/\//, 'webcal://');
  return { token, httpsUrl, webcalUrl, googleUrl: googleCalendarUrl(webcalUrl) };
}

/**
 * Creates a personal feed for `owner` (`platform:userId` or `cli`). An owner has one active subscription:
 * making a new one revokes the old, so a leaked link is fixed by subscribing again.
 */
export function createSubscription(
  db: Database.Database,
  input: { owner: string; group?: string; types?: EventType[] },
  publicUrl: string,
  now: Date = new Date(),
): SubscriptionLinks {
  ensureSubscriptionTables(db);
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  db.transaction(() => {
    db.prepare('UPDATE calendar_subscriptions SET revoked_at = ? WHERE owner = ? AND revoked_at IS NULL').run(
      at,
      input.owner,
    );
    db.prepare(
      'INSERT INTO calendar_subscriptions (token_hash, owner, group_id, types, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(
      hashToken(token),
      input.owner,
      input.group ?? null,
      input.types?.length ? input.types.join(',') : null,
      at,
    );
  })();
  return subscriptionLinks(publicUrl, token);
}

/** Revokes by token or every active subscription of an owner. True when something was revoked. */
export function revokeSubscription(
  db: Database.Database,
  by: { token: string } | { owner: string },
  now: Date = new Date(),
): boolean {
  ensureSubscriptionTables(db);
  const at = now.toISOString();
  const result =
    'token' in by
      ? db
          .prepare(
            'UPDATE calendar_subscriptions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
          )
          .run(at, hashToken(by.token))
      : db
          .prepare('UPDATE calendar_subscriptions SET revoked_at = ? WHERE owner = ? AND revoked_at IS NULL')
          .run(at, by.owner);
  return result.changes > 0;
}

/** The active subscription for a token, or null when unknown, malformed or revoked. */
export function findActiveSubscription(db: Database.Database, token: string): Subscription | null {
  if (!TOKEN_PATTERN.test(token)) return null;
  ensureSubscriptionTables(db);
  const row = db
    .prepare('SELECT * FROM calendar_subscriptions WHERE token_hash = ? AND revoked_at IS NULL')
    .get(hashToken(token)) as Row | undefined;
  if (!row) return null;
  const types = row.types
    ? row.types.split(',').filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t))
    : undefined;
  return {
    owner: row.owner,
    filter: {
      ...(row.group_id !== null && { group: row.group_id }),
      ...(types && { types }),
    },
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** What commands may do with personal calendar feeds, bound to the bot's database and public URL. */
export interface SubscriptionService {
  create(input: { owner: string; group?: string; types?: EventType[] }, now: Date): SubscriptionLinks;
  revoke(by: { token: string } | { owner: string }, now: Date): boolean;
}

export function createSubscriptionService(
  db: Database.Database,
  publicUrl: () => string,
): SubscriptionService {
  return {
    create: (input, now) => createSubscription(db, input, publicUrl(), now),
    revoke: (by, now) => revokeSubscription(db, by, now),
  };
}
