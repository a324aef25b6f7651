// The Canvas client against the fake: retries, back-off on rate limiting, time-outs, pagination, errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CanvasError, createCanvasClient, nextLink } from '../../../src/platforms/canvas/canvas-client.ts';
import { startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';

let fake: FakeCanvas;
const slept: number[] = [];
beforeAll(async () => {
  fake = await startFakeCanvas();
});
afterAll(() => fake?.close());
beforeEach(() => {
  fake.mode = 'ok';
  fake.budget = 700;
  slept.length = 0;
});

const self = z.object({ id: z.number() });
const client = (over: Partial<Parameters<typeof createCanvasClient>[0]> = {}) =>
  createCanvasClient({
    baseUrl: fake.url,
    token: fake.token,
    baseDelayMs: 10,
    maxAttempts: 3,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    ...over,
  });

async function failure(p: Promise<unknown>): Promise<CanvasError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof CanvasError) return err;
    throw err;
  }
  throw new Error('expected a CanvasError');
}

describe('Canvas client', () => {
  it('GIVEN a 503 then success THEN the GET is tried again after a back-off', async () => {
    fake.failNext(1, 503, 'Service Unavailable');
    expect(await client().get('/users/self', self)).toEqual({ id: 9000 });
    expect(slept).toEqual([10]);
  });

  it('GIVEN Canvas keeps answering 502 THEN gives up after maxAttempts with "unavailable"', async () => {
    fake.failNext(3, 502, 'Bad Gateway');
    const err = await failure(client().get('/users/self', self));
    expect(err.failure).toBe('unavailable');
    expect(err.message).toBe('GET /api/v1/users/self: Canvas answered 502');
    expect(slept).toEqual([10, 20]);
  });

  it('GIVEN 403 Rate Limit Exceeded THEN backs off and tries again', async () => {
    fake.failNext(1, 403, '403 Forbidden (Rate Limit Exceeded)');
    expect(await client().get('/users/self', self)).toEqual({ id: 9000 });
    expect(slept).toEqual([10]);
  });

  it('GIVEN 429 with Retry-After THEN waits at least that long', async () => {
    fake.failNext(1, 429, 'Too Many Requests', { 'retry-after': '2' });
    await client().get('/users/self', self);
    expect(slept).toEqual([2000]);
  });

  it('GIVEN a plain 403 THEN it is not retried: the account lacks a permission', async () => {
    fake.failNext(
      1,
      403,
      JSON.stringify({ errors: [{ message: 'user not authorized to perform that action' }] }),
    );
    const err = await failure(client().get('/users/self', self));
    expect(err.failure).toBe('forbidden');
    expect(slept).toEqual([]);
  });

  it('GIVEN a revoked token THEN 401 fails at once, without the token in the message', async () => {
    fake.mode = 'unauthorized';
    const err = await failure(client().get('/users/self', self));
    expect(err.failure).toBe('unauthorized');
    expect(err.message).not.toContain(fake.token);
    expect(slept).toEqual([]);
  });

  it('GIVEN X-Rate-Limit-Remaining runs low THEN the client slows down before the next call', async () => {
    fake.budget = 40;
    const c = client();
    await c.get('/users/self', self);
    expect(c.rateLimitRemaining).toBe(39);
    expect(slept).toEqual([]);
    await c.get('/users/self', self);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(0);
  });

  it('GIVEN Canvas does not answer THEN the request times out as "unavailable"', async () => {
    fake.mode = 'hang';
    const err = await failure(client({ timeoutMs: 200, maxAttempts: 1 }).get('/users/self', self));
    expect(err.failure).toBe('unavailable');
    expect(err.message).toMatch(/no answer within 0.2 s/);
  });

  it('GIVEN a POST that gets a 503 THEN it is not retried (Canvas may have acted on it)', async () => {
    fake.failNext(1, 503, 'Service Unavailable');
    const err = await failure(client().post('/courses/4242/discussion_topics', { title: 't' }, self));
    expect(err.failure).toBe('unavailable');
    expect(slept).toEqual([]);
  });

  it('GIVEN a Link header THEN only a same-origin next page is followed', () => {
    const base = 'https://canvas.example.edu';
    expect(
      nextLink(
        '<https://canvas.example.edu/api/v1/x?page=1>; rel="current",<https://canvas.example.edu/api/v1/x?page=2>; rel="next"',
        base,
      ),
    ).toBe('https://canvas.example.edu/api/v1/x?page=2');
    expect(nextLink('<https://evil.example.com/api/v1/x?page=2>; rel="next"', base)).toBeUndefined();
    expect(nextLink('<https://canvas.example.edu/api/v1/x?page=9>; rel="last"', base)).toBeUndefined();
  });
});
