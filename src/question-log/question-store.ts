// The question log in SQLite: question text (its identifiers scrubbed) and outcome only, never who asked; old rows are purged on a schedule.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { EngineReply } from '../engine/index.ts';
import { ensureSchema } from '../store/database.ts';
import { MAX_QUESTION_CHARS, cleanQuestion } from '../engine/text.ts';
import { scrubIdentifiers } from './scrub-identifiers.ts';

export type Channel = 'chat' | 'board' | 'cli';
export type Outcome = 'answer' | 'redirect' | 'fallback';

export interface LoggedQuestion {
  question: string;
  kind: Outcome;
  topId: string | null;
  topScore: number | null;
  channel: Channel;
}

/** The log row for a question and the engine's reply: the outcome and the best source, nothing about who asked. */
export function loggedQuestion(question: string, reply: EngineReply, channel: Channel): LoggedQuestion {
  const top = reply.sources[0];
  return { question, kind: reply.kind, topId: top?.id ?? null, topScore: top?.score ?? null, channel };
}

export interface QuestionRow extends LoggedQuestion {
  askedAt: Date;
}

export const DEFAULT_RETENTION_DAYS = 180;
/** Purging is cheap but not free: at most once an hour per database while logging. */
const PURGE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Events already logged are remembered this long: platforms retry within minutes (Slack within the hour). */
const EVENT_MEMORY_MS = DAY_MS;

const lastPurge = new WeakMap<Database.Database, number>();

/** Creates the table once per connection (CREATE TABLE IF NOT EXISTS). */
export function ensureQuestionLog(db: Database.Database): void {
  ensureSchema(
    db,
    'question_log',
    `
    CREATE TABLE IF NOT EXISTS question_log (
      id INTEGER PRIMARY KEY,
      asked_at INTEGER NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('chat', 'board', 'cli')),
      question TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('answer', 'redirect', 'fallback')),
      top_id TEXT,
      top_score REAL
    );
    CREATE INDEX IF NOT EXISTS question_log_asked_at ON question_log (asked_at);
    CREATE TABLE IF NOT EXISTS question_log_events (
      event_hash TEXT PRIMARY KEY,
      at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS question_log_events_at ON question_log_events (at);
  `,
  );
}

/** Deletes questions older than `days` before `now`; returns how many went. */
export function purgeOldQuestions(db: Database.Database, now: Date, days = DEFAULT_RETENTION_DAYS): number {
  ensureQuestionLog(db);
  lastPurge.set(db, now.getTime());
  db.prepare('DELETE FROM question_log_events WHERE at < ?').run(now.getTime() - EVENT_MEMORY_MS);
  return db.prepare('DELETE FROM question_log WHERE asked_at < ?').run(now.getTime() - days * DAY_MS).changes;
}

/** Stores questions (in one transaction) and purges expired ones at most hourly. */
export function logQuestions(
  db: Database.Database,
  rows: readonly LoggedQuestion[],
  now: Date,
  retentionDays = DEFAULT_RETENTION_DAYS,
): void {
  ensureQuestionLog(db);
  const insert = db.prepare(
    'INSERT INTO question_log (asked_at, channel, question, kind, top_id, top_score) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const at = now.getTime();
  db.transaction(() => {
    for (const r of rows) {
      // No one's mention, address or number; then the same cleaning and bound as the engine.
      const text = cleanQuestion(scrubIdentifiers(r.question)).text.slice(0, MAX_QUESTION_CHARS);
      // An empty or unreadable message tells the TAs nothing about missing content.
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      insert.run(at, r.channel, text, r.kind, r.topId, r.topScore);
    }
  })();
  const last = lastPurge.get(db);
  if (last === undefined || at - last >= PURGE_EVERY_MS || at < last)
    purgeOldQuestions(db, now, retentionDays);
}

/**
 * Stores one question. With `event` (the platform and id of the event it came in, e.g. `slack:Ev123`), a retry of an
 * event already logged is not logged again; only a hash of the event is kept, for a day.
 */
export function logQuestion(
  db: Database.Database,
  row: LoggedQuestion,
  now: Date,
  retentionDays = DEFAULT_RETENTION_DAYS,
  event?: string,
): void {
  if (event !== undefined) {
    ensureQuestionLog(db);
    const hash = createHash('sha256').update(event).digest('hex');
    const first = db
      .prepare('INSERT OR IGNORE INTO question_log_events (event_hash, at) VALUES (?, ?)')
      .run(hash, now.getTime()).changes;
    if (first === 0) return;
  }
  logQuestions(db, [row], now, retentionDays);
}

interface DbRow {
  asked_at: number;
  channel: Channel;
  question: string;
  kind: Outcome;
  top_id: string | null;
  top_score: number | null;
}

/** Questions asked at or after `since`, oldest first, optionally only some outcomes. */
export function readQuestions(
  db: Database.Database,
  opts: { since?: Date; kinds?: readonly Outcome[] } = {},
): QuestionRow[] {
  ensureQuestionLog(db);
  const kinds = opts.kinds ?? [];
  const kindFilter = opts.kinds ? ` AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const rows = db
    .prepare(
      `SELECT asked_at, channel, question, kind, top_id, top_score FROM question_log WHERE asked_at >= ?${kindFilter} ORDER BY asked_at, id`,
    )
    .all(opts.since?.getTime() ?? 0, ...kinds) as DbRow[];
  return rows.map((r) => ({
    askedAt: new Date(r.asked_at),
    channel: r.channel,
    question: r.question,
    kind: r.kind,
    topId: r.top_id,
    topScore: r.top_score,
  }));
}
