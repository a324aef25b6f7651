// The question log: what it stores (and never stores), retention, gap grouping, and askAndLog through a real Core.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { MAX_QUESTION_LENGTH } from '../../src/core/question-limit.ts';
import type { Core } from '../../src/core/core.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import { createCoreServices } from '../../src/core/services.ts';
import {
  askAndLog,
  gaps,
  logQuestion,
  purgeOldQuestions,
  readQuestions,
  type LoggedQuestion,
} from '../../src/question-log/index.ts';
import { openDatabase } from '../../src/store/database.ts';

const DAY = 24 * 60 * 60 * 1000;
const content = loadContent();
let dir: string;
let db: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'question-log-'));
  db = openDatabase(path.join(dir, 'bot.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const row = (question: string, kind: LoggedQuestion['kind'] = 'fallback'): LoggedQuestion => ({
  question,
  kind,
  topId: null,
  topScore: null,
  channel: 'chat',
});

function services(now: string) {
  const clock = fixedClock(now);
  const outbox = new Outbox(db, clock, silentLogger);
  return { outbox, ...createCoreServices({ db, clock, outbox, publicUrl: () => 'http://localhost' }) };
}

function core(now: string): Core & { clock: ReturnType<typeof fixedClock> } {
  return {
    content,
    clock: fixedClock(now),
    db,
    log: silentLogger,
    config: {
      publicUrl: 'http://localhost',
      contentPaths: {},
      reminderGraceMinutes: 60,
      questionLogRetentionDays: 30,
    },
    ...services(now),
  };
}

describe('GIVEN questions asked through askAndLog', () => {
  it('THEN each is stored with its outcome, top entry, score, time and channel, and no user identifier', () => {
    const c = core('2030-01-10T09:00:00Z');
    const reply = askAndLog(c, 'whats the late penalty', 'board');
    askAndLog(c, 'can i get an extension please', 'chat');
    const rows = readQuestions(db);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      question: 'whats the late penalty',
      kind: 'answer',
      topId: 'late-penalty',
      topScore: reply.sources[0]?.score,
      channel: 'board',
    });
    expect(rows[0]?.askedAt.toISOString()).toBe('2030-01-10T09:00:00.000Z');
    expect(rows[1]).toMatchObject({ kind: 'redirect', topId: null, channel: 'chat' });
    const columns = (db.prepare('PRAGMA table_info(question_log)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.sort()).toEqual(['asked_at', 'channel', 'id', 'kind', 'question', 'top_id', 'top_score']);
  });

  it('WHEN the same event is asked again (a platform retry) THEN it is answered again and logged once, for a day', () => {
    const c = core('2030-01-10T09:00:00Z');
    const first = askAndLog(c, 'whats the late penalty', 'board', [], 'slack:Ev0001');
    expect(askAndLog(c, 'whats the late penalty', 'board', [], 'slack:Ev0001')).toEqual(first);
    askAndLog(c, 'whats the late penalty', 'board', [], 'slack:Ev0002');
    askAndLog(c, 'whats the late penalty', 'board', [], 'discord:Ev0001');
    expect(readQuestions(db)).toHaveLength(3);
    // Only a hash of the event is kept: nothing a platform id could be read from.
    const kept = db.prepare('SELECT event_hash FROM question_log_events').all() as { event_hash: string }[];
    expect(kept.map((k) => k.event_hash).join()).not.toMatch(/Ev000/);
    // After a day the event is forgotten (purged with old questions).
    purgeOldQuestions(db, new Date('2030-01-11T09:00:01Z'), 30);
    logQuestion(db, row('whats the late penalty'), new Date('2030-01-11T09:00:01Z'), 30, 'slack:Ev0001');
    expect(readQuestions(db)).toHaveLength(4);
  });

  it('WHEN a question names someone (a mention, an e-mail, a phone or student number) THEN none of it is stored', () => {
    const c = core('2030-01-10T09:00:00Z');
    askAndLog(c, '<@123456789012345678> and I want to know the late penalty', 'board');
    askAndLog(c, 'can <@!987654321098765432> and <@&112233445566778899> hand in late', 'board');
    askAndLog(c, 'does <@U012AB3CD> or <@W0XYZ987|jan> grade the exam', 'board');
    askAndLog(
      c,
      '@Jane Doe my student number is 12345678, mail jane@uni.edu or call +31 6 1234 5678',
      'chat',
    );
    const stored = readQuestions(db).map((r) => r.question);
    expect(stored).toEqual([
      '[mention] and I want to know the late penalty',
      'can [mention] and [mention] hand in late',
      'does [mention] or [mention] grade the exam',
      '[mention] my student number is [number], mail [email] or call [phone]',
    ]);
  });

  it('THEN control characters are stripped and very long questions are stored bounded', () => {
    const c = core('2030-01-10T09:00:00Z');
    askAndLog(c, `late\u0000 penalty\u0007 ${'x'.repeat(100_000)}`, 'cli');
    const [stored] = readQuestions(db);
    expect(stored?.question.startsWith('late penalty ')).toBe(true);
    expect(stored?.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
  });

  it('THEN empty questions are answered but not logged', () => {
    const c = core('2030-01-10T09:00:00Z');
    expect(askAndLog(c, '   ', 'chat').kind).toBe('fallback');
    expect(readQuestions(db)).toHaveLength(0);
  });

  it('WHEN the log cannot be written THEN the student still gets the answer', () => {
    const c = core('2030-01-10T09:00:00Z');
    db.close();
    const broken = new Database(':memory:');
    broken.close();
    expect(askAndLog({ ...c, db: broken }, 'whats the late penalty', 'chat').kind).toBe('answer');
    db = openDatabase(path.join(dir, 'bot.sqlite'));
  });
});

describe('GIVEN questions with different outcomes', () => {
  it('WHEN reading only some outcomes THEN exactly those come back, oldest first', () => {
    const at = new Date('2030-01-10T09:00:00Z');
    logQuestion(db, row('first', 'answer'), at);
    logQuestion(db, row('second', 'redirect'), new Date(at.getTime() + 1000));
    logQuestion(db, row('third', 'fallback'), new Date(at.getTime() + 2000));
    const read = (kinds?: LoggedQuestion['kind'][]) => readQuestions(db, { kinds }).map((r) => r.question);
    expect(read(['fallback', 'redirect'])).toEqual(['second', 'third']);
    expect(read(['answer'])).toEqual(['first']);
    expect(read([])).toEqual([]);
    expect(read()).toEqual(['first', 'second', 'third']);
  });
});

describe('GIVEN the retention period', () => {
  it('WHEN purging THEN only questions older than the period are deleted', () => {
    const now = new Date('2030-06-30T12:00:00Z');
    logQuestion(db, row('old one'), new Date(now.getTime() - 181 * DAY));
    logQuestion(db, row('recent one'), new Date(now.getTime() - 179 * DAY));
    expect(purgeOldQuestions(db, now)).toBe(1);
    expect(readQuestions(db).map((r) => r.question)).toEqual(['recent one']);
    expect(purgeOldQuestions(db, now, 10)).toBe(1);
    expect(readQuestions(db)).toEqual([]);
  });

  it('WHEN logging more than an hour after the last purge THEN expired questions are purged by the insert', () => {
    const c = core('2030-01-01T00:00:00Z');
    askAndLog(c, 'question from january', 'chat');
    c.clock.set('2030-03-01T00:00:00Z'); // 59 days later; retention is 30 days in this core
    askAndLog(c, 'question from march', 'chat');
    expect(readQuestions(db).map((r) => r.question)).toEqual(['question from march']);
  });
});

describe('GIVEN unanswered and redirected questions', () => {
  it('THEN gaps groups similar wordings, most frequent first, and leaves answered ones out', () => {
    const t = new Date('2030-02-01T10:00:00Z');
    for (const q of [
      'can i bring a calculator to the exam',
      'calculator allowed in the exam?',
      'Calculator at the exam',
    ]) {
      logQuestion(db, row(q), t);
    }
    logQuestion(db, row('is there a resit'), t);
    logQuestion(db, row('is there a resit'), t);
    logQuestion(db, row('whats the late penalty', 'answer'), t);
    logQuestion(db, row('can i get an extension', 'redirect'), t);
    const found = gaps(db);
    expect(found.map((g) => g.count)).toEqual([3, 2, 1]);
    expect(found[0]?.questions).toHaveLength(3);
    expect(found[0]?.questions.every((q) => /calculator/i.test(q))).toBe(true);
    expect(found[1]).toMatchObject({ example: 'is there a resit', kinds: { fallback: 2 } });
    expect(found[2]).toMatchObject({ example: 'can i get an extension', kinds: { redirect: 1 } });
    expect(found.flatMap((g) => g.questions)).not.toContain('whats the late penalty');
  });

  it('WHEN questions differ only in an identifier THEN gaps shows one wording; placeholders alone group nothing', () => {
    const t = new Date('2030-02-01T10:00:00Z');
    logQuestion(db, row('my student number is 12345678, is there a resit'), t);
    logQuestion(db, row('my student number is 87654321, is there a resit'), t);
    logQuestion(db, row('mail jane@uni.edu about parking'), t);
    logQuestion(db, row('mail piet@uni.nl about lockers'), t);
    const found = gaps(db);
    expect(found[0]).toMatchObject({
      count: 2,
      questions: ['my student number is [number], is there a resit'],
    });
    expect(found.slice(1).map((g) => g.questions)).toEqual([
      ['mail [email] about parking'],
      ['mail [email] about lockers'],
    ]);
  });

  it('WHEN a message was small talk or had no word to look up THEN it is not a gap', () => {
    const t = new Date('2030-02-01T10:00:00Z');
    for (const q of [
      'hi',
      'thanks a lot, that helps',
      'good morning!',
      "that didn't help",
      'is there a resit',
    ])
      logQuestion(db, row(q), t);
    expect(gaps(db).map((g) => g.example)).toEqual(['is there a resit']);
  });

  it('WHEN a since date is given THEN older questions are left out', () => {
    logQuestion(db, row('old question about parking'), new Date('2030-01-01T00:00:00Z'));
    logQuestion(db, row('new question about lockers'), new Date('2030-02-01T00:00:00Z'));
    const found = gaps(db, { since: new Date('2030-01-15T00:00:00Z') });
    expect(found.map((g) => g.example)).toEqual(['new question about lockers']);
  });
});
