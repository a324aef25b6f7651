import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuestions } from '../../src/question-log/question-store.ts';
import { newSession } from './session-cookie.ts';
import { ADMIN_TOKEN, startApp, type RunningApp } from './start-app.ts';

let web: RunningApp;
beforeAll(async () => {
  web = await startApp();
});
afterAll(() => web.stop());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(web.base + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}
const command = (name: string, args: unknown, headers: Record<string, string> = {}) =>
  post('/api/command', { name, args }, headers);
const asTa = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('the page and its files', () => {
  it('GIVEN GET / THEN the page with a strict CSP, a session cookie and no CORS header', async () => {
    const res = await fetch(web.base + '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('set-cookie')).toMatch(
      /^cb_session=[\w-]{22}\.[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict/,
    );
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script
  });

  it('GIVEN the script and style THEN they are served with their types', async () => {
    expect((await fetch(web.base + '/app.js')).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(web.base + '/markdown.js')).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(web.base + '/style.css')).headers.get('content-type')).toContain('text/css');
  });
});

describe('GET /api/commands', () => {
  it('lists every command with its options, for the menu', async () => {
    const body = (await (await fetch(web.base + '/api/commands')).json()) as Json;
    const names = (body.commands as Json[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['ask', 'grade', 'help', 'announce']));
    const grade = (body.commands as Json[]).find((c) => c.name === 'grade');
    expect(grade?.options.map((o: Json) => o.name)).toEqual(['assignments', 'exam', 'late', 'section']);
  });

  it('leaves out commands that do not work on the web (remindme needs direct messages)', async () => {
    const body = (await (await fetch(web.base + '/api/commands')).json()) as Json;
    expect((body.commands as Json[]).map((c) => c.name)).not.toContain('remindme');
  });
});

describe('POST /api/ask', () => {
  it('GIVEN a question THEN the answer engine reply as kind, text and sources', async () => {
    const { status, body } = await post('/api/ask', { text: 'what is the late penalty for assignments?' });
    expect(status).toBe(200);
    // The FAQ answers this one: an answer, with the entries it came from, about the penalty.
    expect(body.kind).toBe('answer');
    expect(body.text).toMatch(/\blate\b/i);
    expect(body.text).toMatch(/penalt|points? (per|off)|deduct/i);
    expect(body.sources.length).toBeGreaterThan(0);
    expect((body.sources as Json[]).some((s) => /penalty/i.test(s.title))).toBe(true);
  });

  it('GIVEN a bare command name THEN that command runs instead of a search', async () => {
    const help = await post('/api/ask', { text: 'help' });
    expect(help.status).toBe(200);
    expect(help.body.text).toContain('**Commands**');
    const deadlines = await post('/api/ask', { text: 'deadlines' });
    expect(deadlines.body.text).toContain('**Next deadline');
  });

  it('GIVEN a command line that starts with a slash THEN its command runs with those arguments', async () => {
    const three = await post('/api/ask', { text: '/deadlines 3' });
    expect(three.status).toBe(200);
    expect(three.body.text).toContain('**Next deadline');
    expect(three.body.text.match(/^\d+\. /gm)).toHaveLength(3);
  });

  it('GIVEN a bad body THEN 400, 415 or 413 with a JSON error and no stack trace', async () => {
    const empty = await post('/api/ask', { text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('Please type a question.');
    const number = await post('/api/ask', { text: 5 });
    expect(number.status).toBe(400);
    expect(number.body.error.message).toBe('The question must be text: send {"text": "your question"}.');
    const long = await post('/api/ask', { text: 'why '.repeat(300) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('1,199 characters long; please keep it under 1,000');
    const broken = await post('/api/ask', '{"text": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_json');
    const plain = await fetch(web.base + '/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hi',
    });
    expect(plain.status).toBe(415);
    const huge = await post('/api/ask', { text: 'x'.repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    expect(JSON.stringify(huge.body)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('GIVEN JSON that is not {"text": ...} THEN 400 saying what to send, not the validator\'s words', async () => {
    // (a list, a string, null, a question under another name, an extra field: what another client may send)
    const { cookie } = await newSession(web.base);
    for (const body of [
      '[1]',
      '"when is the exam"',
      'null',
      { question: 'when is the exam' },
      { text: 'hi', lang: 'en' },
    ]) {
      const res = await post('/api/ask', body, { Cookie: cookie });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: 'invalid_body',
        message: 'Send the question as JSON: {"text": "your question"}.',
      });
    }
  });

  it('GIVEN the same question sent again with its Idempotency-Key THEN answered both times, logged once; a new key is a new question', async () => {
    const { cookie } = await newSession(web.base);
    const question = 'is there a resit for the exam (idempotency test)';
    const logged = () => readQuestions(web.app.core.db).filter((q) => q.question === question).length;
    const ask = (key: string) =>
      post('/api/ask', { text: question }, { Cookie: cookie, 'Idempotency-Key': key });
    const first = await ask('key-0001-aaaa');
    const again = await ask('key-0001-aaaa');
    expect(again.body).toEqual(first.body);
    expect(logged()).toBe(1);
    await ask('key-0002-bbbb');
    expect(logged()).toBe(2);
    // The key is the client's own: another session's request with the same key is its own question.
    const other = await newSession(web.base);
    await post('/api/ask', { text: question }, { Cookie: other.cookie, 'Idempotency-Key': 'key-0001-aaaa' });
    expect(logged()).toBe(3);
    const bad = await post(
      '/api/ask',
      { text: question },
      { Cookie: cookie, 'Idempotency-Key': 'no spaces allowed' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_idempotency_key');
    expect(logged()).toBe(3);
  });

  it('GIVEN GET on a POST route THEN 405 with Allow', async () => {
    const res = await fetch(web.base + '/api/ask');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('GIVEN a request from another site THEN 403', async () => {
    const { status, body } = await post('/api/ask', { text: 'hi' }, { Origin: 'https://evil.example' });
    expect(status).toBe(403);
    expect(body.error.code).toBe('cross_origin');
  });
});

describe('POST /api/command', () => {
  it('GIVEN the rest of a typed command line THEN it is parsed against the options', async () => {
    const { status, body } = await command('grade', '7,8,-,6 24');
    expect(status).toBe(200);
    expect(body.reply.private).toBe(true);
    expect(body.reply.text).toContain('21 of 40 points, 1 assignment without points');
    expect(body.reply.text).toContain('pass mark 20: exam grade **6.4**');
  });

  it('GIVEN arguments as an object THEN they are used as they are', async () => {
    const { body } = await command('grade', { assignments: '10 10 10 10', exam: 40 });
    expect(body.reply.text).toContain('final grade **10.0**');
  });

  it('GIVEN invalid arguments THEN 400 naming the argument', async () => {
    const bad = await command('grade', { exam: 'lots' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('`exam`');
    const extra = await command('grade', '1,2 3 4');
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toContain('takes at most 2 arguments; "4" is left over');
  });

  it('GIVEN JSON that is not {"name": ..., "args": ...} THEN 400 saying what to send, not the validator\'s words', async () => {
    const { cookie } = await newSession(web.base);
    for (const body of ['"deadlines"', '[]', { name: 'deadlines', arg: '3' }]) {
      const res = await post('/api/command', body, { Cookie: cookie });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: 'invalid_body',
        message: 'Send the command as JSON: {"name": "deadlines", "args": "3"}.',
      });
    }
  });

  it('GIVEN an unknown command THEN 404', async () => {
    const { status, body } = await command('nope', {});
    expect(status).toBe(404);
    expect(body.error.code).toBe('unknown_command');
  });

  it('GIVEN a TA command without a token or with a wrong one THEN 403 or 401, and nothing is posted', async () => {
    const none = await command('announce', 'Hello');
    expect(none.status).toBe(403);
    expect(none.body.error.message).toContain('enter your admin token under *Teaching assistants*');
    const wrong = await command('announce', 'Hello', { Authorization: 'Bearer wrong-token-wrong-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('That admin token is not right.');
    // (a header that is no bearer token is told how to send one, not that the token is wrong)
    const basic = await command('announce', 'Hello', { Authorization: `Basic ${ADMIN_TOKEN}` });
    expect(basic.status).toBe(401);
    expect(basic.body.error.message).toBe(
      'Send the admin token as the header "Authorization: Bearer <token>".',
    );
    const feed = (await (await fetch(web.base + '/api/feed')).json()) as Json[];
    expect(feed.filter((f) => f.kind === 'announcement')).toHaveLength(0);
  });

  it('GIVEN the admin token THEN announce posts to the feed', async () => {
    // (HTTP reads the scheme's name in any case: "bearer" is "Bearer")
    const lower = await command('announce', 'list', { Authorization: `bearer ${ADMIN_TOKEN}` });
    expect(lower.status).toBe(200);
    const { status, body } = await command('announce', 'Room change: **NU-2A05**', asTa);
    expect(status).toBe(200);
    expect(body.reply.text).toMatch(/Announcement #\d+ posted to .*feed/);
    const feed = (await (await fetch(web.base + '/api/feed')).json()) as Json[];
    expect(feed.map((f) => f.text)).toContain('Room change: **NU-2A05**');
  });

  it('GIVEN a scheduled announcement typed with --at THEN it is listed', async () => {
    const scheduled = await command('announce', 'Quiz tomorrow --at 2027-02-16 09:00', asTa);
    expect(scheduled.body.reply.text).toContain('scheduled for Tue 16 Feb 2027, 09:00 CET');
    const list = await command('announce', 'list', asTa);
    expect(list.body.reply.text).toContain('09:00 CET: Quiz tomorrow');
  });
});

describe('TA commands without a configured ADMIN_TOKEN', () => {
  it('GIVEN no ADMIN_TOKEN THEN TA commands are off with a clear message, even with a token sent', async () => {
    const other = await startApp({ adminToken: null });
    try {
      for (const headers of [{}, asTa]) {
        const res = await fetch(other.base + '/api/command', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ name: 'announce', args: 'Hello' }),
        });
        expect(res.status).toBe(403);
        expect(((await res.json()) as Json).error.message).toContain(
          'TA commands are turned off in this web chat',
        );
      }
    } finally {
      await other.stop();
    }
  });
});

describe('rate limits', () => {
  it('GIVEN more asks a minute than the command allows THEN 429 with Retry-After', async () => {
    const { cookie } = await newSession(web.base);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await post('/api/ask', { text: `question ${i}` }, { Cookie: cookie })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const limited = await post('/api/ask', { text: 'one more' }, { Cookie: cookie });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    // another client is not affected
    expect(
      (await post('/api/ask', { text: 'hello' }, { Cookie: (await newSession(web.base)).cookie })).status,
    ).toBe(200);
  });
});
