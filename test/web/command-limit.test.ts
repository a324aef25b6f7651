// The web API answers a command's rate limit from the runner's own count, so a request is counted once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../src/core/command.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { close, createHttpServer, listen } from '../../src/http/server.ts';
import { createWebRoutes } from '../../src/web/web-routes.ts';
import { createTestCore } from '../platforms/helpers/test-core.ts';
import { newSession } from './session-cookie.ts';

const t = createTestCore();
let runs = 0;
const ping = defineCommand({
  name: 'ping',
  description: 'Answers pong',
  options: [],
  args: z.object({}),
  access: 'everyone',
  rateLimit: { bucket: 'ping', perMinute: 3 },
  execute: () => {
    runs++;
    return { text: 'pong', private: true, kind: 'info' };
  },
});
const runner = createCommandRunner(t.core, [ping]);
const server = createHttpServer(
  createWebRoutes({ core: t.core, runner, adminToken: undefined }),
  silentLogger,
);
let base = '';
beforeAll(async () => {
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(async () => {
  await close(server);
  t.cleanup();
});

it('GIVEN the budget spent partly outside the web API THEN the web answers 429 from the same count', async () => {
  const session = await newSession(base);
  const requester = { platform: 'web', userId: `session:${session.id}`, role: 'student' } as const;
  const send = () =>
    fetch(`${base}/api/command`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: session.cookie },
      body: JSON.stringify({ name: 'ping' }),
    });
  expect((await runner.run('ping', {}, requester)).text).toBe('pong');
  expect((await send()).status).toBe(200);
  expect((await runner.run('ping', {}, requester)).text).toBe('pong');
  // Three of three are used: one web request counted once, two runs elsewhere.
  const limited = await send();
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('60');
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  expect(runs).toBe(3);
});
