// Canvas down, the token revoked, rate limited: the rest of the bot keeps answering, Canvas keeps its last good
// data and says so once, and everything recovers by itself when Canvas does.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CANVAS_IDS,
  startFakeCanvas,
  type CanvasMode,
  type FakeCanvas,
} from '../../fakes/canvas/fake-canvas.ts';
import { startApp } from '../../web/start-app.ts';
import { tenAssignments } from './assignments.ts';
import { canvasTestBed, CANVAS_SCHEDULE } from './canvas-test-core.ts';
import { loadContent } from '../../../src/content/load-content.ts';

let fake: FakeCanvas;
beforeAll(async () => {
  fake = await startFakeCanvas();
  fake.assignments = tenAssignments();
});
afterAll(() => fake?.close());

describe('the other platforms while Canvas fails', () => {
  const modes: CanvasMode[] = ['hang', 'down', 'unauthorized', 'rate-limited-403', 'rate-limited-429'];
  for (const mode of modes) {
    it(`GIVEN Canvas is ${mode} THEN the app starts and the web chat answers`, async () => {
      fake.mode = mode;
      const before = fake.records.length;
      const web = await startApp({
        content: loadContent({ scheduleFile: CANVAS_SCHEDULE }),
        env: {
          CANVAS_URL: fake.url,
          CANVAS_TOKEN: fake.token,
          CANVAS_COURSE_ID: String(CANVAS_IDS.course),
        },
      });
      try {
        // Canvas was asked (and failed or hangs) before the question.
        while (fake.records.length === before) await new Promise((r) => setTimeout(r, 20));
        const res = await fetch(`${web.base}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'what is the late penalty?' }),
        });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { kind: string }).kind).toBe('answer');
      } finally {
        await web.stop(); // does not wait for a hanging Canvas
        fake.mode = 'ok';
      }
    });
  }
});

describe('Canvas recovering by itself', () => {
  it('GIVEN the token is revoked THEN one clear log line, the last deadlines kept, and answers resume when it works again', async () => {
    const bed = canvasTestBed(fake);
    try {
      const adapter = bed.adapter();
      await adapter.pollOnce(); // deadlines read, board first look
      fake.mode = 'unauthorized';
      const q = fake.addEntry(CANVAS_IDS.board, CANVAS_IDS.student, '<p>what is the late penalty?</p>');
      for (let i = 0; i < 3; i++) await adapter.pollOnce();
      const refused = bed.logLines.filter((l) => l.includes('token was refused (401)'));
      expect(refused).toHaveLength(1);
      expect(JSON.parse(refused[0] ?? '{}')).toMatchObject({ level: 'error' });
      expect(bed.logLines.join('\n')).not.toContain(fake.token);
      expect(bed.core.content.schedule.events.map((e) => e.id)).toContain('canvas-101');
      expect(fake.repliesTo(CANVAS_IDS.board, q.id)).toEqual([]);

      fake.mode = 'ok';
      await adapter.pollOnce();
      await bed.core.outbox.drain();
      expect(bed.logLines.filter((l) => l.includes('canvas: working again'))).toHaveLength(1);
      expect(fake.repliesTo(CANVAS_IDS.board, q.id).filter((e) => e.user_id === CANVAS_IDS.bot)).toHaveLength(
        1,
      );
    } finally {
      fake.mode = 'ok';
      bed.cleanup();
    }
  });

  it('GIVEN Canvas rate limits (403 Rate Limit Exceeded) THEN the client backs off, says so once, and carries on after', async () => {
    const bed = canvasTestBed(fake);
    try {
      const adapter = bed.adapter();
      await adapter.pollOnce();
      fake.mode = 'rate-limited-403';
      const before = fake.records.length;
      await adapter.pollOnce();
      await adapter.pollOnce();
      const limited = fake.records.slice(before).filter((c) => c.status === 403);
      expect(limited.length).toBeGreaterThan(1); // tried again after backing off, then gave up for this poll
      expect(bed.logLines.filter((l) => l.includes('rate limited by Canvas'))).toHaveLength(1);
      fake.mode = 'ok';
      const q = fake.addEntry(CANVAS_IDS.board, CANVAS_IDS.student2, '<p>can i bring notes to the exam</p>');
      await adapter.pollOnce();
      await bed.core.outbox.drain();
      expect(fake.repliesTo(CANVAS_IDS.board, q.id)).toHaveLength(1);
    } finally {
      fake.mode = 'ok';
      bed.cleanup();
    }
  });

  it('GIVEN a 503 on a page of assignments THEN the read is retried and the deadlines still come in whole', async () => {
    const bed = canvasTestBed(fake);
    try {
      fake.pageSize = 4;
      fake.failNext(1, 503, 'Service Unavailable');
      await bed.adapter().pollOnce();
      expect(bed.core.content.schedule.events.filter((e) => e.id.startsWith('canvas-'))).toHaveLength(7);
    } finally {
      fake.pageSize = 100;
      bed.cleanup();
    }
  });
});

describe('Canvas in readiness', () => {
  it('GIVEN Canvas refuses the token THEN /readyz is 503 naming Canvas and its failing step', async () => {
    fake.mode = 'unauthorized';
    const web = await startApp({
      content: loadContent({ scheduleFile: CANVAS_SCHEDULE }),
      env: { CANVAS_URL: fake.url, CANVAS_TOKEN: fake.token, CANVAS_COURSE_ID: String(CANVAS_IDS.course) },
    });
    const readyz = async () => {
      const res = await fetch(`${web.base}/readyz`);
      const body = (await res.json()) as { problems: string[]; platforms: { name: string; state: string }[] };
      return { ...body, code: res.status };
    };
    try {
      // Before its first poll ends Canvas is still connecting (also not ready); then down with the reason.
      await vi.waitFor(async () => expect((await readyz()).platforms).toMatchObject([{ state: 'down' }]), {
        timeout: 5_000,
      });
      const down = await readyz();
      expect(down.code).toBe(503);
      expect(down.problems).toEqual([expect.stringMatching(/^canvas: down \(deadlines: .*401/)]);
    } finally {
      await web.stop();
      fake.mode = 'ok';
    }
  });

  it('GIVEN Canvas down THEN the state is down with the step; WHEN it is back THEN a probe finds it well before the next poll, and a poll follows', async () => {
    const bed = canvasTestBed(fake);
    // A poll every 5 minutes, doubling while it fails: without the probe recovery would take 10 minutes.
    const adapter = bed.adapter({ pollSeconds: 300 }, { probeEveryMs: 50 });
    try {
      expect(adapter.status()).toMatchObject({ name: 'canvas', state: 'connecting' });
      fake.mode = 'down';
      await adapter.start();
      await vi.waitFor(() => expect(adapter.status().state).toBe('down'), { timeout: 5_000 });
      expect(adapter.status()).toMatchObject({ failures: 1, error: expect.stringMatching(/^deadlines: /) });
      expect(adapter.status().lastOkAt).toBeUndefined();
      const polls = () => fake.records.filter((r) => r.path.endsWith('/assignments')).length;
      const before = polls();

      fake.mode = 'ok';
      await vi.waitFor(() => expect(adapter.status().state).toBe('up'), { timeout: 5_000 });
      expect(polls()).toBeGreaterThan(before);
      expect(adapter.status()).toMatchObject({ failures: 0, lastOkAt: bed.clock.now().toISOString() });
      expect(fake.records.some((r) => r.path.endsWith('/users/self'))).toBe(true);
    } finally {
      await adapter.stop();
      fake.mode = 'ok';
      bed.cleanup();
    }
  });
});
