// /healthz and /readyz on the real app: 503 with the reason when the disk is full or the database is corrupted
// (the start-up tick already fails), 200 again after recovery.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { recordingLogger, tempDir } from '../reminders/app-harness.ts';

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

async function start(freeBytes?: (dir: string) => number): Promise<string> {
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: tmp.dir });
  app = await createApp(config, {
    content: loadContent({ scheduleFile: path.join(FIXTURES, 'dst-2026.yaml') }),
    log: recordingLogger(),
    clock: fixedClock('2026-10-24T22:00:00Z'),
    ...(freeBytes && { freeBytes }),
  });
  return `http://127.0.0.1:${await app.start()}`;
}

async function get(url: string): Promise<{ status: number; problems: string[] }> {
  const res = await fetch(url);
  return { status: res.status, problems: ((await res.json()) as { problems: string[] }).problems };
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
    const db = new Database(file, { readonly: true });
    const roots = db
      .prepare(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('reminder_state', 'outbox', 'health_probe')",
      )
      .all() as { rootpage: number }[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    expect(roots).toHaveLength(3);
    const fd = openSync(file, 'r+');
    for (const { rootpage } of roots) {
      writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
    }
    closeSync(fd);

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
});
