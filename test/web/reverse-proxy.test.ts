// Behind a reverse proxy that rewrites Host (nginx's default) the browser's Origin is PUBLIC_URL's: the web chat must
// accept it, and still refuse every other site. X-Forwarded-Host counts only when TRUST_PROXY says a proxy adds it.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './start-app.ts';

const PUBLIC_URL = 'https://bot.example.org';

/** POSTs a question the way a proxy passes a browser's request on: any Host, Origin and forwarding headers. */
function ask(base: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL('/api/ask', base);
  const payload = JSON.stringify({ text: 'what is the late penalty' });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('the web chat behind a reverse proxy', () => {
  let direct: RunningApp;
  let proxied: RunningApp;
  beforeAll(async () => {
    direct = await startApp({ env: { PUBLIC_URL } });
    proxied = await startApp({ env: { PUBLIC_URL: 'https://other.example.org', TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await direct?.stop();
    await proxied?.stop();
  });

  it('GIVEN Host rewritten to the upstream address and Origin = PUBLIC_URL THEN the question is answered', async () => {
    const res = await ask(direct.base, { Host: '127.0.0.1:3000', Origin: PUBLIC_URL });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ kind: 'answer' });
  });

  it('GIVEN Origin = the Host the request was sent to THEN it is answered (no proxy, any PUBLIC_URL)', async () => {
    const res = await ask(direct.base, { Host: 'localhost:3000', Origin: 'http://localhost:3000' });
    expect(res.status).toBe(200);
  });

  it('GIVEN another site, or PUBLIC_URL with another scheme or port THEN it is refused', async () => {
    for (const origin of [
      'https://evil.example',
      'http://bot.example.org',
      'https://bot.example.org:8443',
      'null',
    ]) {
      const res = await ask(direct.base, { Host: '127.0.0.1:3000', Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body).error.message).toBe('Requests from other sites are not accepted.');
    }
  });

  it('GIVEN X-Forwarded-Host without TRUST_PROXY THEN it is ignored', async () => {
    const headers = {
      Host: '127.0.0.1:3000',
      Origin: 'https://evil.example',
      'X-Forwarded-Host': 'evil.example',
    };
    expect((await ask(direct.base, headers)).status).toBe(403);
  });

  it('GIVEN TRUST_PROXY and the proxy forwarding the browser host THEN that host is the bot own', async () => {
    const headers = {
      Host: '127.0.0.1:3000',
      Origin: 'https://bot.example.org',
      'X-Forwarded-Host': 'bot.example.org',
    };
    expect((await ask(proxied.base, headers)).status).toBe(200);
    const evil = { ...headers, Origin: 'https://evil.example' };
    expect((await ask(proxied.base, evil)).status).toBe(403);
  });

  it('GIVEN TRUST_PROXY THEN each client behind the proxy has its own address budget; without it they share one', async () => {
    // 20 requests without a session is an address's anonymous budget (WEB_LIMITS.anonymous)
    const from = (ip: string) => ({ Host: '127.0.0.1:3000', 'X-Forwarded-For': ip });
    for (const app of [proxied, direct]) {
      let status = 200;
      for (let i = 0; i < 40 && status === 200; i++)
        status = (await ask(app.base, from('203.0.113.1'))).status;
      expect(status).toBe(429);
    }
    expect((await ask(proxied.base, from('203.0.113.2'))).status).toBe(200);
    expect((await ask(direct.base, from('203.0.113.2'))).status).toBe(429);
  });
});
