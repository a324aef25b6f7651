// Slack events are never dropped and never processed twice: the real bolt App behind our receiver (HTTP) and bolt's
// Socket Mode receiver, against the fake Slack, with real HMAC signatures.
import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createPlatformConnection } from '../../src/core/platform-connection.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { close, createHttpServer, listen } from '../../src/http/server.ts';
import { createProcessedEventsStore } from '../../src/platforms/slack/processed-events-store.ts';
import { createSlackAdapter } from '../../src/platforms/slack/slack-adapter.ts';
import { signSlackRequest } from '../../src/platforms/slack/verify-signature.ts';
import { SLACK_IDS, startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.ts';
import { eventBody, JSON_TYPE } from './helpers/slack-requests.ts';
import { slackConfigFor } from './helpers/platform-configs.ts';
import { createTestCore, testCommands, type CallRecord, type TestCore } from './helpers/test-core.ts';

const SECRET = 'slack-signing-secret-for-delivery-01';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Bot {
  fake: FakeSlack;
  t: TestCore;
  calls: CallRecord[];
  adapter: ReturnType<typeof createSlackAdapter>;
  /** POSTs a signed event body, as Slack does (retries carry X-Slack-Retry-Num). */
  deliver(body: string, retry?: number): Promise<number>;
}

async function httpBot(
  options: { fake?: FakeSlack; t?: TestCore; start?: boolean; callTimeoutMs?: number } = {},
): Promise<Bot> {
  const fake = options.fake ?? (await startFakeSlack());
  const t = options.t ?? createTestCore();
  const calls: CallRecord[] = [];
  const adapter = createSlackAdapter(
    slackConfigFor(fake.apiUrl, { bot: 'xoxb-delivery', signing: SECRET }),
    t.core,
    createCommandRunner(t.core, testCommands(calls)),
    { ...(options.callTimeoutMs !== undefined && { callTimeoutMs: options.callTimeoutMs }) },
  );
  const server: Server = createHttpServer(adapter.routes, silentLogger);
  const url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/slack/events`;
  if (options.start !== false) await adapter.start();
  cleanups.push(async () => {
    await adapter.stop();
    await close(server);
    if (!options.fake) await fake.close();
    if (!options.t) t.cleanup();
  });
  const now = String(Math.floor(t.core.clock.now().getTime() / 1000));
  return {
    fake,
    t,
    calls,
    adapter,
    async deliver(body, retry) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': JSON_TYPE,
          'x-slack-request-timestamp': now,
          'x-slack-signature': signSlackRequest(SECRET, now, body),
          ...(retry !== undefined && {
            'x-slack-retry-num': String(retry),
            'x-slack-retry-reason': 'http_error',
          }),
        },
        body,
      });
      await res.arrayBuffer();
      return res.status;
    },
  };
}

const boardQuestion = (ts: string, extra: Record<string, unknown> = {}) =>
  eventBody({
    type: 'message',
    channel: SLACK_IDS.qaChannel,
    channel_type: 'channel',
    user: SLACK_IDS.student,
    text: 'How is the exam graded?',
    ts,
    ...extra,
  });
const answersIn = (fake: FakeSlack, ts: string) =>
  fake.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);

describe('Slack events over HTTP', () => {
  it('GIVEN an event while the bot starts THEN 503, and the retry after start is processed before its 200', async () => {
    const bot = await httpBot({ start: false });
    const body = boardQuestion('10.1');
    expect(await bot.deliver(body)).toBe(503);
    await bot.adapter.start();
    expect(await bot.deliver(body, 1)).toBe(200);
    // Acknowledged only once processed: the answer was posted before the 200.
    expect(answersIn(bot.fake, '10.1')).toHaveLength(1);
    expect(await bot.deliver(body, 2)).toBe(200);
    expect(answersIn(bot.fake, '10.1')).toHaveLength(1);
  });

  it('GIVEN the answer cannot be posted (500) THEN 500, and the retry is processed once', async () => {
    const bot = await httpBot();
    const body = boardQuestion('11.1');
    bot.fake.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    expect(await bot.deliver(body)).toBe(500);
    expect(await bot.deliver(body, 1)).toBe(200);
    expect(await bot.deliver(body, 2)).toBe(200);
    const posts = bot.fake.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '11.1');
    expect(posts).toHaveLength(2); // the failed attempt and the one answer
    const asks = bot.calls.filter((c) => c.command === 'ask');
    expect(asks).toHaveLength(2);
    // Both runs name the same event, so the question log (the real ask's) records it once.
    const eventId = (JSON.parse(body) as { event_id: string }).event_id;
    expect(asks.map((c) => c.requester.eventId)).toEqual([eventId, eventId]);
    expect(bot.t.logLines.join('\n')).toContain('event not processed; Slack will retry it');
  });

  // (the time-out is generous enough that the retry, which looks for an earlier post first, finishes on a busy machine)
  it('GIVEN Slack does not answer the reply to an event THEN the call times out, the event is not acknowledged (500), and the retry is answered', async () => {
    const bot = await httpBot({ callTimeoutMs: 1_000 });
    const body = boardQuestion('16.1');
    const release = bot.fake.holdNext('chat.postMessage');
    try {
      // Without a time-out this request would wait as long as Slack holds the call (here: until the test ends).
      expect(await bot.deliver(body)).toBe(500);
      expect(bot.t.logLines.join('\n')).toMatch(/slack: handler failed.*timeout/);
      expect(await bot.deliver(body, 1)).toBe(200);
      expect(answersIn(bot.fake, '16.1')).toHaveLength(1);
    } finally {
      release();
    }
  });

  it('GIVEN Slack marked down by its check WHEN an event comes in and its answer is posted THEN Slack is up at once, without waiting for a check', async () => {
    const bot = await httpBot({ start: false });
    let checksFail = false;
    let failedChecks = 0;
    const connection = createPlatformConnection(
      'slack',
      () => bot.adapter.start(),
      () => Promise.resolve(),
      {
        log: bot.t.core.log,
        baseDelayMs: 5,
        // Once it has failed, a check hangs: only the event's answer can bring Slack up within the test (a check
        // failing again right after it would otherwise race with the assertion on a busy machine).
        probe: () => {
          if (!checksFail) return Promise.resolve();
          return failedChecks++ === 0 ? Promise.reject(new Error('auth.test: 503')) : new Promise(() => {});
        },
      },
    );
    bot.adapter.watch?.((state, error) => connection.report(state, error));
    connection.start();
    try {
      await vi.waitFor(() => expect(connection.status().state).toBe('up'), { timeout: 5_000 });
      checksFail = true;
      connection.callOutcome(false); // a failed delivery: checked at once, and the check fails from now on
      await vi.waitFor(() => expect(connection.status().state).toBe('down'), { timeout: 5_000 });
      expect(await bot.deliver(boardQuestion('17.1'))).toBe(200);
      expect(answersIn(bot.fake, '17.1')).toHaveLength(1);
      expect(connection.status().state).toBe('up');
    } finally {
      await connection.stop();
    }
  });

  it('GIVEN a retry while the first delivery is still being answered THEN it waits for it, and one answer is posted', async () => {
    const bot = await httpBot();
    const body = boardQuestion('15.1');
    const release = bot.fake.holdNext('chat.postMessage');
    const first = bot.deliver(body);
    await vi.waitFor(() => expect(bot.calls).toHaveLength(1));
    const retry = bot.deliver(body, 1);
    await vi.waitFor(() =>
      expect(bot.t.logLines.join('\n')).toContain('a retry waits for the delivery in progress'),
    );
    release();
    expect(await Promise.all([first, retry])).toEqual([200, 200]);
    expect(answersIn(bot.fake, '15.1')).toHaveLength(1);
    expect(bot.calls).toHaveLength(1);
  });

  it('GIVEN a retry after a restart THEN it is acknowledged without a second answer (dedupe kept in SQLite)', async () => {
    const fake = await startFakeSlack();
    const t = createTestCore();
    cleanups.push(async () => {
      await fake.close();
      t.cleanup();
    });
    const body = boardQuestion('12.1');
    const first = await httpBot({ fake, t });
    expect(await first.deliver(body)).toBe(200);
    await first.adapter.stop();
    const second = await httpBot({ fake, t });
    expect(await second.deliver(body, 1)).toBe(200);
    expect(answersIn(fake, '12.1')).toHaveLength(1);
    expect(second.calls).toHaveLength(0);
  });

  it('GIVEN a file_share message with text THEN it is a question; without text THEN it is ignored', async () => {
    const bot = await httpBot();
    const file = { subtype: 'file_share', files: [{ id: 'F0001', name: 'error.png' }] };
    expect(await bot.deliver(boardQuestion('13.1', file))).toBe(200);
    expect(answersIn(bot.fake, '13.1')).toHaveLength(1);
    expect(await bot.deliver(boardQuestion('13.2', { ...file, text: '' }))).toBe(200);
    expect(await bot.deliver(boardQuestion('13.3', { subtype: 'message_changed' }))).toBe(200);
    expect(bot.calls.map((c) => c.args)).toEqual([{ question: 'How is the exam graded?' }]);
  });
});

describe('Slack events over Socket Mode', () => {
  it('GIVEN the answer cannot be posted THEN the envelope is not acknowledged, and the redelivery is processed once', async () => {
    const fake = await startFakeSlack();
    const t = createTestCore();
    const calls: CallRecord[] = [];
    const adapter = createSlackAdapter(
      slackConfigFor(fake.apiUrl, { bot: 'xoxb-socket', app: 'xapp-1-delivery' }),
      t.core,
      createCommandRunner(t.core, testCommands(calls)),
    );
    cleanups.push(async () => {
      await adapter.stop();
      await fake.close();
      t.cleanup();
    });
    await adapter.start();
    await fake.socketConnected();
    const payload = JSON.parse(boardQuestion('14.1')) as Record<string, unknown>;
    const envelope = (id: string, retry: number) => ({
      envelope_id: id,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: retry,
      retry_reason: retry ? 'timeout' : '',
      payload,
    });
    fake.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    fake.socketSend(envelope('env-a', 0));
    await fake.waitFor((c) => c.method === 'chat.postMessage', 'the failed post');
    fake.socketSend(envelope('env-b', 1));
    await fake.waitFor((c) => c.method === 'socket.ack' && c.args.envelope_id === 'env-b', 'the ack');
    // The failed post and the one answer.
    expect(answersIn(fake, '14.1')).toHaveLength(2);
    fake.socketSend(envelope('env-c', 2));
    await fake.waitFor((c) => c.method === 'socket.ack' && c.args.envelope_id === 'env-c', 'the third ack');
    expect(fake.find((c) => c.method === 'socket.ack').map((c) => c.args.envelope_id)).toEqual([
      'env-b',
      'env-c',
    ]);
    expect(calls.filter((c) => c.command === 'ask')).toHaveLength(2);
  });
});

describe('the processed-events store', () => {
  it('GIVEN events older than a day THEN they are forgotten when a new one is recorded', () => {
    const t = createTestCore();
    cleanups.push(() => t.cleanup());
    const store = createProcessedEventsStore(t.core.db);
    store.add('Ev-old', new Date('2026-03-01T08:00:00Z'));
    store.add('Ev-recent', new Date('2026-03-02T07:00:00Z'));
    expect([store.has('Ev-old'), store.has('Ev-recent'), store.has('Ev-never')]).toEqual([true, true, false]);
    store.add('Ev-new', new Date('2026-03-02T09:00:00Z'));
    expect([store.has('Ev-old'), store.has('Ev-recent'), store.has('Ev-new')]).toEqual([false, true, true]);
  });
});
