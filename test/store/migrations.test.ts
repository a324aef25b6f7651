import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnouncementStore } from '../../src/announcements/announcement-store.ts';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { openDatabase } from '../../src/store/database.ts';
import {
  hashToken,
  migrate,
  MIGRATIONS,
  SCHEMA_VERSION,
  SchemaVersionError,
} from '../../src/store/migrations.ts';
import {
  createSubscription,
  findActiveSubscription,
  revokeSubscription,
} from '../../src/subscriptions/subscription-store.ts';
import { readQuestions } from '../../src/question-log/question-store.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { recordingLogger, tempDir } from '../reminders/app-harness.ts';

const PREVIOUS_RELEASE = readFileSync(
  path.join(import.meta.dirname, '../fixtures/db/previous-release.sql'),
  'utf8',
);
const ACTIVE = 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';
const REVOKED = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const CLI = 'CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC';

let tmp: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'course-bot.sqlite');
});
afterEach(() => tmp.remove());

/** The previous release's database, then the migrations up to `version` (as a release at that version left it). */
function databaseAt(version: number): void {
  const db = new Database(file);
  db.exec(PREVIOUS_RELEASE);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  db.close();
}

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('schema migrations', () => {
  it('lists migrations in strictly increasing versions from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  for (let version = 0; version < SCHEMA_VERSION; version++) {
    it(`GIVEN a database at version ${version} THEN it opens at the latest version with its data intact`, () => {
      databaseAt(version);
      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(tables(db)).not.toContain('reminder_deliveries');
      expect(tables(db)).not.toContain('announcement_deliveries');
      expect(findActiveSubscription(db, ACTIVE)).toMatchObject({
        owner: 'web:old',
        filter: { group: 'fri-b', types: ['deadline', 'exam'] },
      });
      expect(findActiveSubscription(db, REVOKED)).toBeNull();
      expect(new AnnouncementStore(db).pending().map((a) => a.text)).toEqual([
        'Scheduled across the upgrade',
      ]);
      // Questions logged before version 3 keep their words but lose their identifiers.
      expect(readQuestions(db).map((q) => q.question)).toEqual([
        'when is the exam',
        '[mention] my student number is [number], mail me at [email]',
      ]);
      db.close();
      // Opening again changes nothing.
      const again = openDatabase(file);
      expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      again.close();
    });
  }

  it('GIVEN a database of the previous release THEN tokens are kept only as hashes, the feed URL still works and revocation too', async () => {
    databaseAt(0);
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: tmp.dir });
    const app = await createApp(config, {
      content: loadContent({ scheduleFile: path.join(FIXTURES, 'dst-2026.yaml') }),
      log: recordingLogger(),
      clock: fixedClock('2026-10-24T20:00:00Z'),
    });
    const base = `http://127.0.0.1:${await app.start()}`;
    try {
      const feed = await fetch(`${base}/calendar/${ACTIVE}.ics`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
      expect((await fetch(`${base}/calendar/${REVOKED}.ics`)).status).toBe(404);
      const stored = app.core.db.prepare('SELECT * FROM calendar_subscriptions').all();
      expect(JSON.stringify(stored)).not.toMatch(/AAAA|BBBB|CCCC/);
      expect(stored).toContainEqual(
        expect.objectContaining({ token_hash: hashToken(ACTIVE), owner: 'web:old' }),
      );
      expect(revokeSubscription(app.core.db, { token: CLI })).toBe(true);
      expect(findActiveSubscription(app.core.db, CLI)).toBeNull();
    } finally {
      await app.stop();
    }
  });

  it('GIVEN a new database THEN it starts at the latest version, and a new token is stored only as its hash', () => {
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const links = createSubscription(db, { owner: 'web:new' }, 'https://bot.example.org');
    expect(findActiveSubscription(db, links.token)).toMatchObject({ owner: 'web:new' });
    const raw =
      readFileSync(file).toString('latin1') +
      JSON.stringify(db.prepare('SELECT * FROM calendar_subscriptions').all());
    expect(raw).not.toContain(links.token);
    db.close();
  });

  it('GIVEN a database from a newer release THEN opening it fails with a clear message and changes nothing', () => {
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(SchemaVersionError);
    expect(() => openDatabase(file)).toThrow(/used by a newer release/);
  });

  it('GIVEN a migration that fails THEN its changes and the version bump are rolled back, and the next open retries it', () => {
    databaseAt(0);
    const db = new Database(file);
    const failing = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        description: 'fails half-way',
        up(d: Database.Database) {
          d.exec('DROP TABLE calendar_subscriptions');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toContain('calendar_subscriptions');
    db.close();
    const reopened = openDatabase(file);
    expect(findActiveSubscription(reopened, ACTIVE)).not.toBeNull();
    reopened.close();
  });
});
