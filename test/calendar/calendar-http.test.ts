import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { createSubscription, revokeSubscription } from '../../src/subscriptions/subscription-store.ts';
import { recordingLogger, startApp, tempDir } from '../reminders/app-harness.ts';
import { parseIcs } from './parse-ics.ts';

let tmp: ReturnType<typeof tempDir>;
let app: App;
let base: string;

beforeEach(async () => {
  tmp = tempDir();
  // A quiet day: no reminder falls due, so the start-up tick posts nothing.
  ({ app, base } = await startApp({ dataDir: tmp.dir, clock: fixedClock('2026-01-05T10:00:00Z') }));
});
afterEach(async () => {
  await app.stop();
  tmp.remove();
});

describe('GET /calendar.ics', () => {
  it('serves the whole calendar as text/calendar with an ETag, and 304 when the ETag matches', async () => {
    const res = await fetch(`${base}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const { events } = parseIcs(await res.text());
    expect(events.size).toBe(app.core.content.schedule.events.length);

    const again = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('GIVEN If-None-Match with the ETag in its weak form (W/, as a compressing proxy passes it on) THEN 304', async () => {
    const etag = (await fetch(`${base}/calendar.ics`)).headers.get('etag') ?? '';
    const again = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': `"x", W/${etag}` } });
    expect(again.status).toBe(304);
    const other = await fetch(`${base}/calendar.ics`, { headers: { 'If-None-Match': 'W/"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('filters by group and types, with a different ETag per filter', async () => {
    const res = await fetch(`${base}/calendar.ics?group=fri-b&types=practical,exam`);
    expect(res.status).toBe(200);
    const { events } = parseIcs(await res.text());
    expect([...events.keys()].sort()).toEqual(['exam.dl@localhost:0', 'practical-autumn.dl@localhost:0']);
    const all = await fetch(`${base}/calendar.ics`);
    expect(all.headers.get('etag')).not.toBe(res.headers.get('etag'));
  });

  it('GIVEN an unknown type THEN 400 with a JSON error naming the types parameter', async () => {
    const res = await fetch(`${base}/calendar.ics?types=deadline,quiz`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/^types: unknown type "quiz"/);
    expect(body.error.message).toContain('deadline, practical, lecture, exam, other');
  });

  it('GIVEN types named as a syllabus names them ("labs", "exams") THEN 400 saying which type to write', async () => {
    const res = await fetch(`${base}/calendar.ics?types=labs,exams`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(
      /^types: unknown type "labs", "exams" \(a lab is type practical; write exam\); use/,
    );
  });

  it('GIVEN an unknown query parameter THEN 400 naming it', async () => {
    const res = await fetch(`${base}/calendar.ics?grop=thu-a`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe('grop: unknown parameter; use group and types');
  });

  it('GIVEN types twice THEN both count; GIVEN group twice THEN 400, not the last one silently', async () => {
    const both = await fetch(`${base}/calendar.ics?group=fri-b&types=practical&types=exam`);
    expect(both.status).toBe(200);
    expect([...parseIcs(await both.text()).events.keys()].sort()).toEqual([
      'exam.dl@localhost:0',
      'practical-autumn.dl@localhost:0',
    ]);
    const twice = await fetch(`${base}/calendar.ics?group=thu-a&group=fri-b`);
    expect(twice.status).toBe(400);
    const body = (await twice.json()) as { error: { message: string } };
    expect(body.error.message).toBe('group: given more than once; give it once.');
  });

  it('GIVEN an unknown group THEN 400 listing the groups', async () => {
    const res = await fetch(`${base}/calendar.ics?group=mon-z`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain('fri-b, thu-a');
  });
});

describe('GET /calendar/TOKEN.ics', () => {
  it('serves a personal feed with its stored filters, and 404 once revoked', async () => {
    const links = createSubscription(
      app.core.db,
      { owner: 'cli', group: 'thu-a', types: ['practical'] },
      base,
    );
    expect(links.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(links.httpsUrl).toBe(`${base}/calendar/${links.token}.ics`);
    expect(links.webcalUrl).toBe(`webcal://127.0.0.1:${new URL(base).port}/calendar/${links.token}.ics`);

    const res = await fetch(links.httpsUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect([...parseIcs(await res.text()).events.keys()]).toEqual(['practical-spring.dl@localhost:0']);

    expect(revokeSubscription(app.core.db, { token: links.token })).toBe(true);
    expect((await fetch(links.httpsUrl)).status).toBe(404);
  });

  it('GIVEN a new subscription for the same owner THEN the old link stops working', async () => {
    const first = createSubscription(app.core.db, { owner: 'discord:42' }, base);
    const second = createSubscription(app.core.db, { owner: 'discord:42' }, base);
    expect(second.token).not.toBe(first.token);
    expect((await fetch(first.httpsUrl)).status).toBe(404);
    expect((await fetch(second.httpsUrl)).status).toBe(200);
  });

  it('GIVEN an unknown or malformed token THEN 404', async () => {
    expect((await fetch(`${base}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${base}/calendar/nope.ics`)).status).toBe(404);
  });
});

describe('GET /calendar/TOKEN.ics when the bot fails', () => {
  it('GIVEN a database that refuses writes (a full disk) THEN a 500, and the log does not hold the token', async () => {
    const log = recordingLogger();
    const dir = tempDir();
    const failing = await startApp({
      dataDir: dir.dir,
      clock: fixedClock('2026-01-05T10:00:00Z'),
      log,
    });
    try {
      const links = createSubscription(failing.app.core.db, { owner: 'discord:42' }, failing.base);
      // The first calendar after a load records each event's version: a write, refused here.
      failing.app.core.db.pragma('query_only = ON');
      const res = await fetch(links.httpsUrl);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain(links.token);
      const failed = log.lines.filter((l) => l.msg === 'request failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]?.fields?.path).toBe('/calendar/:token.ics');
      expect(JSON.stringify(log.lines)).not.toContain(links.token);
    } finally {
      failing.app.core.db.pragma('query_only = OFF');
      await failing.app.stop();
      dir.remove();
    }
  });
});
