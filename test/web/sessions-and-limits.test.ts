// Sessions are issued and signed by the server: made-up or altered cookies buy no budget, a real session keeps its
// own, one busy client cannot lock out the others of its address, and cookieless clients do not share an identity.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../src/core/command.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { close, createHttpServer, listen } from '../../src/http/server.ts';
import { loadSessionKey } from '../../src/web/session-key-store.ts';
import { createWebRoutes } from '../../src/web/web-routes.ts';
import { openDatabase } from '../../src/store/database.ts';
import { createTestCore } from '../platforms/helpers/test-core.ts';
import { newSession } from './session-cookie.ts';
import { startApp, type RunningApp } from './start-app.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NEURON = 'x = 2; w = 0.5\ny = sigmoid(w*x)\ndy/dw = 0.39\n';

function fakeCookie(i: number): string {
  return `cb_session=${`fake${i}`.padEnd(22, 'x')}.${'A'.repeat(43)}`;
}

describe('the real app (anonymous budget 20 a minute per address, gradcheck 5 a minute)', () => {
  let web: RunningApp;
  beforeAll(async () => {
    web = await startApp();
  });
  afterAll(() => web.stop());

  const gradcheck = (cookie: string) =>
    fetch(`${web.base}/api/gradcheck`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Cookie: cookie },
      body: NEURON,
    });

  it('GIVEN 300 gradient checks, each with a fresh made-up cookie THEN at most 5 are checked, the rest get 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) {
      const res = await gradcheck(fakeCookie(i));
      await res.arrayBuffer();
      statuses.push(res.status);
      // Each is answered as a new visitor: a session the server signed replaces the made-up one.
      expect(res.headers.get('set-cookie')).toMatch(/^cb_session=[\w-]{22}\.[\w-]{43};/);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(295);
  });

  it('GIVEN the anonymous budget spent by made-up cookies THEN a real session still has its own', async () => {
    const session = await newSession(web.base);
    for (let i = 0; i < 5; i++) expect((await gradcheck(session.cookie)).status).toBe(200);
    // ...and its own limit holds too.
    expect((await gradcheck(session.cookie)).status).toBe(429);
    // A session answered 200 gets no new cookie: it keeps its identity.
    const ask = await fetch(`${web.base}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: session.cookie },
      body: JSON.stringify({ text: 'late penalty' }),
    });
    expect(ask.status).toBe(200);
    expect(ask.headers.get('set-cookie')).toBeNull();
  });

  it('GIVEN a real session id with its signature altered THEN it is a new anonymous visitor, over budget here', async () => {
    const session = await newSession(web.base);
    // The first character of the signature (the last one also holds padding bits, which decode the same).
    const at = session.cookie.indexOf('.') + 1;
    const altered = `${session.cookie.slice(0, at)}${session.cookie[at] === 'A' ? 'B' : 'A'}${session.cookie.slice(at + 1)}`;
    const res = await fetch(`${web.base}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: altered },
      body: JSON.stringify({ text: 'late penalty' }),
    });
    // The made-up cookies of the first test used this address's whole anonymous budget.
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'without a session',
    );
    expect(res.headers.get('set-cookie')).not.toContain(session.cookie);
  });
});

describe('limits of one address, on a small scale (session 10, anonymous 3, address 20 a minute)', () => {
  const t = createTestCore();
  const ping = defineCommand({
    name: 'ping',
    description: 'Answers pong',
    options: [],
    args: z.object({}),
    access: 'everyone',
    rateLimit: { bucket: 'ping', perMinute: 1000 },
    execute: () => ({ text: 'pong', private: true, kind: 'info' }),
  });
  const runner = createCommandRunner(t.core, [ping]);
  let server: ReturnType<typeof createHttpServer>;
  let base = '';
  beforeAll(async () => {
    server = createHttpServer(
      createWebRoutes({
        core: t.core,
        runner,
        adminToken: undefined,
        limits: { perSession: 10, anonymous: 3, perAddress: 20 },
      }),
      silentLogger,
    );
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await close(server);
    t.cleanup();
  });
  let minute = 0;
  afterEach(() => {
    // A fresh minute for each test: every budget is full again.
    minute += 2;
    t.core.clock = { now: () => new Date(Date.parse('2026-03-02T09:00:00Z') + minute * 60_000) };
  });

  const ping200 = async (cookie?: string): Promise<boolean> => {
    const res = await fetch(`${base}/api/command`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie && { Cookie: cookie }) },
      body: JSON.stringify({ name: 'ping' }),
    });
    await res.arrayBuffer();
    return res.status === 200;
  };
  const count = async (n: number, cookie?: string): Promise<number> => {
    let ok = 0;
    for (let i = 0; i < n; i++) if (await ping200(cookie)) ok++;
    return ok;
  };

  it('GIVEN one session sending as fast as it can THEN it gets its 10 and no more', async () => {
    const s = await newSession(base);
    expect(await count(30, s.cookie)).toBe(10);
  });

  it('GIVEN cookieless requests THEN they share 3, and sessions are not touched by that', async () => {
    expect(await count(10)).toBe(3);
    expect(await count(10, fakeCookie(1))).toBe(0);
    expect(await count(5, (await newSession(base)).cookie)).toBe(5);
  });

  it('GIVEN busy clients using the whole address budget THEN a light client behind the same address is still served', async () => {
    const heavy = [await newSession(base), await newSession(base), await newSession(base)];
    expect(await count(15, heavy[0]?.cookie)).toBe(10);
    expect(await count(15, heavy[1]?.cookie)).toBe(10);
    // The address is now over its 20 a minute: a third client gets an equal share, 20 / 3 clients.
    expect(await count(15, heavy[2]?.cookie)).toBe(6);
    expect(await ping200(heavy[0]?.cookie)).toBe(false);
    // A light client has used less than an equal share (20 / 4 = 5): it is served, up to that share.
    const light = await newSession(base);
    expect(await count(8, light.cookie)).toBe(5);
  });
});

describe('identity of clients without a cookie', () => {
  let web: RunningApp;
  beforeAll(async () => {
    web = await startApp();
  });
  afterAll(() => web.stop());

  const command = async (name: string) => {
    const res = await fetch(`${web.base}/api/command`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, args: {} }),
    });
    return (await res.json()) as { reply: { text: string; links?: { url: string }[] } };
  };

  it("GIVEN two students without cookies at one address THEN one's unsubscribe leaves the other's calendar link on", async () => {
    const first = await command('subscribe');
    const link = first.reply.links?.find((l) => l.url.startsWith('http'))?.url ?? '';
    expect(link).toMatch(/\/calendar\/.+\.ics$/);
    const calendar = () => fetch(link.replace(/^https?:\/\/[^/]+/, web.base)).then((r) => r.status);
    expect(await calendar()).toBe(200);
    const other = await command('unsubscribe');
    expect(other.reply.text).toContain('You have no active calendar link');
    expect(await calendar()).toBe(200);
  });
});

describe('the signing key', () => {
  it('GIVEN no SESSION_SECRET THEN one key is generated and kept in the database, the same after a restart', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-key-'));
    try {
      const file = path.join(dir, 'db.sqlite');
      const db = openDatabase(file);
      const first = loadSessionKey(db, undefined);
      db.close();
      const reopened = openDatabase(file);
      expect(loadSessionKey(reopened, undefined).equals(first)).toBe(true);
      expect(first).toHaveLength(32);
      expect(loadSessionKey(reopened, 'a-secret-of-at-least-32-characters!!').equals(first)).toBe(false);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("GIVEN a cookie from a bot with another key THEN it is not this bot's session", async () => {
    const one = await startApp();
    const two = await startApp();
    try {
      const session = await newSession(one.base);
      const res = await fetch(`${two.base}/api/commands`, { headers: { Cookie: session.cookie } });
      expect(res.status).toBe(200);
      // A new session is issued: the other bot's cookie was not accepted.
      expect(res.headers.get('set-cookie')).toMatch(/^cb_session=/);
      const same = await fetch(`${one.base}/api/commands`, { headers: { Cookie: session.cookie } });
      expect(same.headers.get('set-cookie')).toBeNull();
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
