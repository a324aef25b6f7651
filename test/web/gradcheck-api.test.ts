import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSession } from './session-cookie.ts';
import { ADMIN_TOKEN, startApp, type RunningApp } from './start-app.ts';

let web: RunningApp;
beforeAll(async () => {
  web = await startApp();
});
afterAll(() => web.stop());

// One sigmoid neuron: dl/dk = 2(y - 1) y(1 - y) = -0.14713 with y = sigmoid(0.7); the last claim flips its sign.
const NEURON =
  'x = 2; t = 1; w = 0.5; b = -0.3\nk = w*x + b\ny = sigmoid(k)\nl = (y - t)^2\ndl/dw = -0.2943\ndl/dk = 0.1471\n';

async function check(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(web.base + '/api/gradcheck', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('POST /api/gradcheck', () => {
  it("GIVEN a program as text THEN the checker's JSON, without true values for a student", async () => {
    const { status, body } = await check(NEURON, { Cookie: (await newSession(web.base)).cookie });
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.summary).toEqual({ correct: 1, total: 2 });
    expect(body.claims[1]).toMatchObject({ of: 'l', wrt: 'k', correct: false });
    expect('true' in body.claims[1]).toBe(false);
    expect(body.values).toBeUndefined();
  });

  it('GIVEN the admin token THEN the true values are included', async () => {
    const { body } = await check(NEURON, { Authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(body.claims[1].true).toBeCloseTo(-0.14713, 4);
  });

  it('GIVEN invalid input THEN 422 with the line; JSON or empty bodies THEN 415 or 400; too big THEN 413', async () => {
    const cookie = { Cookie: (await newSession(web.base)).cookie };
    const invalid = await check('x = 2\ny = x +\n', cookie);
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({ ok: false, error: { line: 2 } });
    expect((await check('   ', cookie)).status).toBe(400);
    expect((await check('x'.repeat(65 * 1024), cookie)).status).toBe(413);
    const json = await fetch(web.base + '/api/gradcheck', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });

  it('GIVEN a program of exactly 64 KB in many lines THEN it is checked, not refused as too long', async () => {
    // 64 KB is the documented bound; the program's newlines must not count twice (as JSON escapes would).
    const cookie = { Cookie: (await newSession(web.base)).cookie };
    const comments = '# a note on the derivation\n'.repeat(2000);
    const program = NEURON + comments + '#'.repeat(64 * 1024 - NEURON.length - comments.length);
    expect(Buffer.byteLength(program)).toBe(64 * 1024);
    const { status, body } = await check(program, cookie);
    expect(status).toBe(200);
    expect(body.summary).toEqual({ correct: 1, total: 2 });
  });

  it('GIVEN a sixth check in a minute THEN 429', async () => {
    const cookie = { Cookie: (await newSession(web.base)).cookie };
    for (let i = 0; i < 5; i++) expect((await check(NEURON, cookie)).status).toBe(200);
    const limited = await check(NEURON, cookie);
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toContain('at most 5 a minute');
  });
});
