import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { readJson, sendJson } from '../../src/http/http-kit.ts';
import { close, createHttpServer, listen } from '../../src/http/server.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = createHttpServer(
    [
      { method: 'GET', path: '/hello', handle: (_req, res) => sendJson(res, 200, { hello: 'world' }) },
      {
        method: 'GET',
        path: /\/items\/(?<id>[a-z0-9]+)\.json/,
        handle: (_req, res, ctx) => sendJson(res, 200, { id: ctx.params.id }),
      },
      {
        method: 'POST',
        path: '/echo',
        handle: async (req, res) => sendJson(res, 200, { got: await readJson(req) }),
      },
      {
        method: 'GET',
        path: '/boom',
        handle: () => {
          throw new Error('secret internal detail');
        },
      },
    ],
    silentLogger,
  );
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(() => close(server));

describe('the HTTP server', () => {
  it('GIVEN a port already in use THEN starting fails with a message that says how to fix it', async () => {
    const port = Number(new URL(base).port);
    const second = createHttpServer([], silentLogger);
    await expect(listen(second, port, '127.0.0.1')).rejects.toThrow(
      `port ${port} on 127.0.0.1 is already in use (another course-bot, or another program): stop that one, or set PORT to a free port, such as PORT=${port + 1}`,
    );
    expect(second.listening).toBe(false);
  });

  it('GIVEN a known path THEN the route answers, with named path parameters', async () => {
    expect(await (await fetch(`${base}/hello`)).json()).toEqual({ hello: 'world' });
    expect(await (await fetch(`${base}/items/abc123.json`)).json()).toEqual({ id: 'abc123' });
    const res = await fetch(`${base}/hello`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('GIVEN an unknown path of thousands of characters THEN the 404 repeats at most 100 characters of it', async () => {
    const long = `/${'x'.repeat(8_000)}`;
    const res = await fetch(`${base}${long}`);
    expect(res.status).toBe(404);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toBe(`Nothing at ${long.slice(0, 99)}….`);
  });

  it('GIVEN HEAD on a GET route THEN it answers without a body', async () => {
    const res = await fetch(`${base}/hello`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('GIVEN an unknown path or a wrong method THEN 404 or 405 with a JSON error', async () => {
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'Nothing at /nope.' } });
    const wrong = await fetch(`${base}/hello`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
  });

  it('GIVEN a body over 64 KB, a non-JSON type or broken JSON THEN 413, 415 or 400', async () => {
    const json = { 'Content-Type': 'application/json' };
    const big = await fetch(`${base}/echo`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify('x'.repeat(70_000)),
    });
    expect(big.status).toBe(413);
    const text = await fetch(`${base}/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    const broken = await fetch(`${base}/echo`, { method: 'POST', headers: json, body: '{"a":' });
    expect(broken.status).toBe(400);
    expect((await broken.json()) as unknown).toMatchObject({ error: { code: 'invalid_json' } });
    const ok = await fetch(`${base}/echo`, { method: 'POST', headers: json, body: '{"a":1}' });
    expect(await ok.json()).toEqual({ got: { a: 1 } });
  });

  it('GIVEN a handler that throws THEN 500 with a generic message and no internals', async () => {
    const res = await fetch(`${base}/boom`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('secret internal detail');
    expect(body).not.toMatch(/\.ts:\d+/);
  });
});
