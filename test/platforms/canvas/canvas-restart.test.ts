// The real bot in a child process against the fake Canvas: killed with SIGKILL while a board reply is in flight,
// then started again on the same data folder, it posts no reply twice and answers what it had not reached.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { CANVAS_SCHEDULE } from './canvas-test-core.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BOARD = CANVAS_IDS.board;
let fake: FakeCanvas;
let dataDir: string;
const output: string[] = [];

beforeAll(async () => {
  fake = await startFakeCanvas();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-canvas-restart-'));
});
afterAll(async () => {
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function startBot(): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SCHEDULE_FILE: CANVAS_SCHEDULE,
      CANVAS_URL: fake.url,
      CANVAS_TOKEN: fake.token,
      CANVAS_COURSE_ID: String(CANVAS_IDS.course),
      CANVAS_POLL_SECONDS: '5',
    },
  });
  child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
  return child;
}

/** Waits until `done()` holds, checking every 50 ms; fails with `what` after `ms`. */
async function until(done: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const views = () => fake.records.filter((c) => c.path.endsWith(`/discussion_topics/${BOARD}/view`)).length;
const botReplies = (entryId: number) =>
  fake.repliesTo(BOARD, entryId).filter((e) => e.user_id === CANVAS_IDS.bot);
const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );

describe('Canvas board across a SIGKILL', () => {
  it('GIVEN the bot is killed mid-poll with a reply in flight THEN after a restart no entry has two replies', async () => {
    let bot = startBot();
    await until(() => views() >= 1, 'the first look at the board');
    const q1 = fake.addEntry(BOARD, CANVAS_IDS.student, '<p>what is the late penalty?</p>');
    const q2 = fake.addEntry(BOARD, CANVAS_IDS.student2, '<p>can i bring notes to the exam</p>');
    fake.holdNextPost(); // Canvas takes the first reply but the bot never hears back
    await until(
      () => fake.records.some((c) => c.method === 'POST' && c.path.endsWith('/replies') && c.status === 0),
      'a reply in flight',
    );
    let exit = exited(bot);
    bot.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    const answered = [q1, q2].filter((q) => botReplies(q.id).length > 0);
    expect(answered).toHaveLength(1); // the one in flight; the other was not reached

    bot = startBot();
    await until(() => botReplies(q1.id).length > 0 && botReplies(q2.id).length > 0, 'the other reply');
    const after = views();
    await until(() => views() >= after + 1, 'another poll after the restart');
    exit = exited(bot);
    bot.kill('SIGTERM'); // a clean stop waits for the running poll
    expect(await exit).toBe(0);

    expect(botReplies(q1.id)).toHaveLength(1);
    expect(botReplies(q2.id)).toHaveLength(1);
    expect(fake.records.filter((c) => c.method === 'POST' && c.path.endsWith('/replies'))).toHaveLength(2);
    expect(output.join('')).not.toContain(fake.token);
  }, 90_000);
});
