import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSubscribe } from '../../src/cli/commands/subscribe.ts';
import { runUnsubscribe } from '../../src/cli/commands/unsubscribe.ts';
import { openDatabase } from '../../src/store/database.ts';
import { findActiveSubscription } from '../../src/subscriptions/subscription-store.ts';
import { tempDir } from '../reminders/app-harness.ts';

let tmp: ReturnType<typeof tempDir>;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
beforeEach(() => {
  tmp = tempDir();
  out = [];
  err = [];
});
afterEach(() => tmp.remove());

const env = () => ({ DATA_DIR: tmp.dir, PUBLIC_URL: 'https://bot.example.org/' });

function active(token: string) {
  const db = openDatabase(path.join(tmp.dir, 'course-bot.sqlite'));
  try {
    return findActiveSubscription(db, token);
  } finally {
    db.close();
  }
}

describe('CLI subscribe and unsubscribe', () => {
  it('GIVEN filters THEN prints https and webcal URLs from PUBLIC_URL for a subscription stored under DATA_DIR', () => {
    expect(runSubscribe({ group: 'thu-a', types: 'exam,deadline' }, env(), io)).toBe(0);
    const [https, webcal, google] = out;
    const token = /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(https ?? '')?.[1] ?? '';
    expect(https).toBe(`https://bot.example.org/calendar/${token}.ics`);
    expect(webcal).toBe(`webcal://bot.example.org/calendar/${token}.ics`);
    expect(google).toBe(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal ?? '')}`);
    expect(active(token)).toMatchObject({
      owner: 'cli',
      filter: { group: 'thu-a', types: ['deadline', 'exam'] },
    });

    out = [];
    expect(runUnsubscribe(https ?? '', env(), io)).toBe(0);
    expect(active(token)).toBeNull();
    expect(runUnsubscribe(token, env(), io)).toBe(1);
    expect(err.at(-1)).toMatch(/unknown or already revoked/);
  });

  it('GIVEN a bad type or token THEN a message naming the option and a non-zero exit', () => {
    expect(runSubscribe({ types: 'quiz' }, env(), io)).toBe(2);
    expect(err[0]).toMatch(/^--types: unknown type "quiz"/);
    expect(runUnsubscribe('short', env(), io)).toBe(2);
    expect(err[1]).toMatch(/^TOKEN:/);
  });

  it('GIVEN a group the schedule does not have THEN exit 2 listing the groups, and no subscription is made', () => {
    expect(runSubscribe({ group: 'thu-z' }, env(), io)).toBe(2);
    expect(err).toEqual([
      '--group: there is no group "thu-z"; the groups are fri-a, fri-online, thu-a, thu-online',
    ]);
    expect(out).toEqual([]);
  });
});
