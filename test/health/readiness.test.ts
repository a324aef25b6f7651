// /healthz and /readyz on the real app: 503 with the reason when the disk is full or the database is corrupted
// (between runs: the start-up tick already fails; under the running bot: the file's own check finds it), or when the
// database cannot grow; 200 again after recovery.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { recordingLogger, tempDir } from '../reminders/app-harness.ts';
import { withSharedModelCache } from '../shared-model-cache.ts';

let tmp: ReturnType<typeof tempDir>;
let app: App | undefined;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  tmp.remove();
});

/** The database file's check runs this often here (a minute in production, where the ticks run every minute). */
const CHECK_EVERY_MS = 100;

let log = recordingLogger();

async function start(freeBytes?: (dir: string) => number): Promise<string> {
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: tmp.dir });
  log = recordingLogger();
  const content = loadContent({ scheduleFile: path.join(FIXTURES, 'dst-2026.yaml') });
  app = await createApp(withSharedModelCache(config, content), {
    content,
    log,
    clock: fixedClock('2026-10-24T22:00:00Z'),
    databaseCheckEveryMs: CHECK_EVERY_MS,
    ...(freeBytes && { freeBytes }),
  });
  return `http://127.0.0.1:${await app.start()}`;
}

async function get(url: string): Promise<{ status: number; problems: string[] }> {
  const res = await fetch(url);
  return { status: res.status, problems: ((await res.json()) as { problems: string[] }).problems };
}

/** Polls until `url` answers `status` (at most 5 s: a busy machine), and returns that answer. */
async function until(url: string, status: number): Promise<{ status: number; problems: string[] }> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await get(url);
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Writes garbage over the root pages of these tables; returns what was there, to put back. */
function corruptTables(file: string, tables: string[]): () => void {
  const db = new Database(file, { readonly: true });
  const roots = db
    .prepare(`SELECT rootpage FROM sqlite_master WHERE name IN (${tables.map(() => '?').join(', ')})`)
    .all(...tables) as { rootpage: number }[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(roots).toHaveLength(tables.length);
  const fd = openSync(file, 'r+');
  const saved = roots.map(({ rootpage }) => {
    const at = (rootpage - 1) * pageSize;
    const page = Buffer.alloc(pageSize);
    readSync(fd, page, 0, pageSize, at);
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, at);
    return { at, page };
  });
  closeSync(fd);
  return () => {
    const back = openSync(file, 'r+');
    for (const { at, page } of saved) writeSync(back, page, 0, page.length, at);
    closeSync(back);
  };
}

describe('health and readiness', () => {
  it('GIVEN a nearly full disk THEN /readyz is 503 saying so while /healthz stays 200; WHEN space is freed THEN 200', async () => {
    let free = 10 * 1024 * 1024;
    const base = await start(() => free);
    const ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.problems).toEqual(['disk: 10 MB free where the database is (at least 50 MB needed)']);
    expect((await get(`${base}/healthz`)).status).toBe(200);
    free = 5 * 1024 * 1024 * 1024;
    expect(await get(`${base}/readyz`)).toEqual({ status: 200, problems: [] });
  });

  it('GIVEN a corrupted database THEN /readyz and /healthz are 503 from the first tick with the reason; WHEN it is restored THEN 200', async () => {
    const first = await start();
    expect((await get(`${first}/readyz`)).status).toBe(200);
    await app?.stop();
    const file = path.join(tmp.dir, 'course-bot.sqlite');
    copyFileSync(file, `${file}.good`);
    // Garbage over the pages of the tables the ticks and the health probe use (corruption is usually local).
    corruptTables(file, ['reminder_state', 'outbox', 'health_probe']);

    const base = await start();
    const ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.problems.some((p) => /^reminder tick: failed at .*malformed/.test(p))).toBe(true);
    expect((await get(`${base}/healthz`)).status).toBe(503);
    await app?.stop();

    copyFileSync(`${file}.good`, file);
    const again = await start();
    expect(await get(`${again}/readyz`)).toEqual({ status: 200, problems: [] });
    expect(await get(`${again}/healthz`)).toEqual({ status: 200, problems: [] });
  });

  it('GIVEN a start on a database whose outbox indexes are damaged THEN /healthz and /readyz are 503 saying so, not 500', async () => {
    await start();
    await app?.stop();
    const file = path.join(tmp.dir, 'course-bot.sqlite');
    const db = new Database(file, { readonly: true });
    const indexes = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox'").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    db.close();
    expect(indexes.length).toBeGreaterThan(0);
    corruptTables(file, indexes);

    const base = await start();
    // (the step that failed is named in the log)
    expect(log.lines).toContainEqual({
      level: 'error',
      msg: 'start step failed',
      fields: { step: 'outbox', error: expect.stringMatching(/malformed/) as unknown },
    });
    for (const endpoint of ['healthz', 'readyz']) {
      const answer = await get(`${base}/${endpoint}`);
      expect(answer.status).toBe(503);
      expect(answer.problems).toContainEqual(
        expect.stringMatching(/^database: the outbox cannot be read: .*malformed/),
      );
    }
  });

  it('GIVEN the database file damaged under the running bot THEN /readyz and /healthz are 503 within one check; WHEN the file is repaired THEN 200', async () => {
    const base = await start();
    expect(await get(`${base}/readyz`)).toEqual({ status: 200, problems: [] });
    // What the bot wrote so far goes from the WAL into the file (SQLite does this by itself every 1,000 pages).
    app?.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const repair = corruptTables(path.join(tmp.dir, 'course-bot.sqlite'), ['reminder_state', 'outbox']);
    // The bot's own connection still has those pages in memory: only a look at the file itself can tell.
    const ready = await until(`${base}/readyz`, 503);
    expect(ready.status).toBe(503);
    expect(ready.problems).toEqual([
      expect.stringMatching(/^database file: damaged: Tree \d+ page \d+: .* \(checked at /),
    ]);
    expect((await get(`${base}/healthz`)).status).toBe(503);
    repair();
    expect(await until(`${base}/readyz`, 200)).toEqual({ status: 200, problems: [] });
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  it('GIVEN the database unable to grow under the running bot (full) THEN /readyz is 503 at once and /healthz 200; WHEN there is room again THEN 200', async () => {
    const base = await start();
    expect(await get(`${base}/readyz`)).toEqual({ status: 200, problems: [] });
    const db = app?.core.db;
    if (!db) throw new Error('no app');
    // SQLite refuses to grow past max_page_count with the error a full disk gives (SQLITE_FULL).
    const pages = db.pragma('page_count', { simple: true }) as number;
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    db.pragma(`max_page_count = ${pages}`);
    // It is what the bot's own writes would meet: a new outbox row needs room.
    expect(() =>
      app?.core.outbox.enqueue({
        id: 'x'.repeat(8_000),
        kind: 'announcement',
        payload: {},
        expiresAt: new Date('2026-10-25T00:00:00Z'),
      }),
    ).toThrow(/database or disk is full/);
    const ready = await get(`${base}/readyz`);
    expect(ready).toEqual({ status: 503, problems: ['database: cannot grow: database or disk is full'] });
    expect((await get(`${base}/healthz`)).status).toBe(200);
    db.pragma('max_page_count = 1073741823');
    expect(await get(`${base}/readyz`)).toEqual({ status: 200, problems: [] });
  });
});
