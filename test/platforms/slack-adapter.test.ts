// The real bolt App behind our HTTP server, with real request signatures and a fake Slack Web API.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { close, createHttpServer, listen } from '../../src/http/server.ts';
import type { PlatformAdapter } from '../../src/platforms/shared/platform-adapter.ts';
import { createSlackAdapter } from '../../src/platforms/slack/slack-adapter.ts';
import { SLACK_IDS, startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.ts';
import {
  eventBody,
  FORM,
  JSON_TYPE,
  postSigned,
  slashCommandBody,
  viewSubmissionBody,
} from './helpers/slack-requests.ts';
import { slackConfigFor } from './helpers/platform-configs.ts';
import { createTestCore, testCommands, type CallRecord, type TestCore } from './helpers/test-core.ts';

const SECRET = 'slack-signing-secret-for-tests-0001';
const BOT_TOKEN = 'xoxb-1111-2222-very-secret';

let fake: FakeSlack;
let adapter: PlatformAdapter;
let server: Server;
let url: string;
let t: TestCore;
let now: number;
const calls: CallRecord[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  t = createTestCore();
  now = Math.floor(t.core.clock.now().getTime() / 1000);
  adapter = createSlackAdapter(
    slackConfigFor(fake.apiUrl, { bot: BOT_TOKEN, signing: SECRET }),
    t.core,
    createCommandRunner(t.core, testCommands(calls)),
  );
  server = createHttpServer(adapter.routes, silentLogger);
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/slack/events`;
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  if (server) await close(server);
  await fake?.close();
  t?.cleanup();
});

const sign = () => ({ secret: SECRET, timestamp: now });
let responseCounter = 0;

async function slash(text: string, userId: string = SLACK_IDS.student) {
  const id = `r${++responseCounter}`;
  const res = await postSigned(url, slashCommandBody(text, userId, fake.responseUrl(id)), FORM, sign());
  expect(res.status).toBe(200);
  const respond = await fake.waitFor(
    (c) => c.method === 'respond' && c.args.responseUrlId === id,
    `respond ${id}`,
  );
  return respond.args as { text: string; response_type: string };
}

describe('Slack adapter with the real bolt App', () => {
  it('learned its own identity through auth.test on the fake Web API, with the bot token', () => {
    const auth = fake.find((c) => c.method === 'auth.test');
    expect(auth).toHaveLength(1);
    expect(auth[0]?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers the url_verification challenge of a signed request', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'chal-42', token: 'x' });
    const res = await postSigned(url, body, JSON_TYPE, sign());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'chal-42' });
  });

  it('runs a signed /course command with its arguments and answers in the channel through response_url', async () => {
    const reply = await slash('echo gradient 2');
    expect(reply.text).toBe('echo: gradient gradient');
    expect(reply.response_type).toBe('in_channel');
    expect(calls.at(-1)?.requester).toMatchObject({
      platform: 'slack',
      userId: SLACK_IDS.student,
      role: 'student',
    });
  });

  it('reads options by name like the web chat, and refuses words left over', async () => {
    expect((await slash('echo --times 3 --word hi')).text).toBe('echo: hi hi hi');
    const leftover = await slash('echo hi 2 and more');
    expect(leftover.response_type).toBe('ephemeral');
    expect(leftover.text).toMatch(/at most 2 arguments/);
  });

  it('rejects a bad signature and a stale timestamp with 401 before any handler runs', async () => {
    const before = calls.length;
    const body = slashCommandBody('echo forged', SLACK_IDS.student, fake.responseUrl('forged'));
    const forged = await postSigned(url, body, FORM, { ...sign(), forgeWith: 'not-the-secret' });
    const stale = await postSigned(url, body, FORM, { secret: SECRET, timestamp: now - 600 });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    expect(JSON.parse(stale.text).error.code).toBe('stale_timestamp');
    // A valid request afterwards is answered, and it is the only one that reached a handler.
    await slash('echo real');
    expect(calls.slice(before).map((c) => c.args)).toEqual([{ word: 'real' }]);
    expect(fake.find((c) => c.args.responseUrlId === 'forged')).toHaveLength(0);
  });

  it('answers privately (ephemeral) with due times in Slack date formatting', async () => {
    const reply = await slash('deadline');
    expect(reply.response_type).toBe('ephemeral');
    const unix = Date.parse('2026-03-10T22:59:00Z') / 1000;
    expect(reply.text).toContain(`<!date^${unix}^{date_short_pretty} {time}|Tue 10 Mar, 23:59 CET>`);
  });

  it('lets only users in SLACK_TA_USER_IDS announce', async () => {
    expect((await slash('announce No lab today')).text).toMatch(/teaching assistants only/);
    expect((await slash('announce No lab today', SLACK_IDS.ta)).text).toBe('Announced.');
    expect(calls.filter((c) => c.command === 'announce').map((c) => c.args)).toEqual([
      { message: 'No lab today' },
    ]);
  });

  it('reads a slash command\'s text as typed: Slack sends "&", "<" and ">" escaped', async () => {
    expect((await slash('announce Q&amp;A moved &lt;room 2&gt;', SLACK_IDS.ta)).text).toBe('Announced.');
    expect(calls.filter((c) => c.command === 'announce').at(-1)?.args).toEqual({
      message: 'Q&A moved <room 2>',
    });
  });

  it('turns a failing command into a short apology without internals', async () => {
    const reply = await slash('boom');
    expect(reply.text).toMatch(/^Sorry/);
    expect(reply.text).not.toMatch(/exploded|secret/);
  });

  it('collects a long text through a modal and sends the result by DM', async () => {
    const before = fake.records.length;
    const res = await postSigned(
      url,
      slashCommandBody('check', SLACK_IDS.student, fake.responseUrl('m')),
      FORM,
      sign(),
    );
    expect(res.status).toBe(200);
    const opened = await fake.waitFor((c) => c.method === 'views.open', 'views.open');
    expect(opened.args.trigger_id).toBe('trigger-123');
    const view = JSON.parse(String(opened.args.view)) as {
      private_metadata: string;
      blocks: { block_id: string; element: { multiline: boolean } }[];
    };
    expect(view.blocks.map((b) => [b.block_id, b.element.multiline])).toEqual([['derivation', true]]);
    const submit = viewSubmissionBody(
      { private_metadata: view.private_metadata, values: { derivation: 'y = x*x\ndy = 2*x' } },
      SLACK_IDS.student,
    );
    expect((await postSigned(url, submit, FORM, sign())).status).toBe(200);
    const dm = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.text === 'checked 2 lines',
      'the modal result',
    );
    expect(dm.args.channel).toBe(`D${SLACK_IDS.student.slice(1)}`);
    expect(fake.records.slice(before).map((c) => c.method)).toEqual([
      'views.open',
      'conversations.open',
      'chat.postMessage',
    ]);
  });

  it('answers confident questions on the board in thread, stays silent otherwise, and ignores bots and itself', async () => {
    const before = fake.records.length;
    const send = async (event: Record<string, unknown>) =>
      expect((await postSigned(url, eventBody(event), JSON_TYPE, sign())).status).toBe(200);
    await send({
      type: 'message',
      channel: SLACK_IDS.qaChannel,
      channel_type: 'channel',
      user: SLACK_IDS.student,
      text: 'what is the meaning of life',
      ts: '1.1',
    });
    await send({
      type: 'message',
      channel: SLACK_IDS.qaChannel,
      channel_type: 'channel',
      user: SLACK_IDS.botUser,
      text: 'exam grade',
      ts: '1.2',
    });
    await send({
      type: 'message',
      subtype: 'bot_message',
      bot_id: 'BOTHER001',
      channel: SLACK_IDS.qaChannel,
      channel_type: 'channel',
      text: 'exam grade',
      ts: '1.3',
    });
    await send({
      type: 'message',
      channel: SLACK_IDS.general,
      channel_type: 'channel',
      user: SLACK_IDS.student,
      text: 'exam grade?',
      ts: '1.4',
    });
    await send({
      type: 'message',
      channel: SLACK_IDS.qaChannel,
      channel_type: 'channel',
      user: SLACK_IDS.student,
      text: 'How is the exam graded?',
      ts: '1.5',
    });
    const answer = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1.5',
      'the board answer',
    );
    expect(answer.args.text).toBe('The exam counts for *60%*.');
    expect(fake.records.slice(before).map((c) => c.method)).toEqual(['chat.postMessage']);
  });

  it('answers an event once even when Slack retries it', async () => {
    const body = eventBody({
      type: 'message',
      channel: SLACK_IDS.qaChannel,
      channel_type: 'channel',
      user: SLACK_IDS.student,
      text: 'exam grading?',
      ts: '3.1',
    });
    expect((await postSigned(url, body, JSON_TYPE, sign())).status).toBe(200);
    expect((await postSigned(url, body, JSON_TYPE, sign())).status).toBe(200);
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '3.1', 'the answer');
    // A later event marks the end: by its answer, a second answer to the retry would have been posted.
    await postSigned(
      url,
      eventBody({
        type: 'message',
        channel: SLACK_IDS.qaChannel,
        channel_type: 'channel',
        user: SLACK_IDS.student,
        text: 'exam again',
        ts: '3.2',
      }),
      JSON_TYPE,
      sign(),
    );
    await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === '3.2',
      'the later answer',
    );
    expect(fake.find((c) => c.args.thread_ts === '3.1')).toHaveLength(1);
  });

  it('always answers an app mention (in thread) and a direct message', async () => {
    await postSigned(
      url,
      eventBody({
        type: 'app_mention',
        channel: SLACK_IDS.general,
        user: SLACK_IDS.student,
        // (the space a mention leaves is not kept: the question reads as if typed without them)
        text: `<@${SLACK_IDS.botUser}> what is <@U0000OTHER> the meaning of life`,
        ts: '2.1',
      }),
      JSON_TYPE,
      sign(),
    );
    const mention = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === '2.1',
      'the mention reply',
    );
    expect(mention.args.text).toMatch(/not sure/);
    await postSigned(
      url,
      eventBody({
        type: 'message',
        channel: 'D0000STU1',
        channel_type: 'im',
        user: SLACK_IDS.student,
        text: 'when is the exam',
        ts: '2.2',
      }),
      JSON_TYPE,
      sign(),
    );
    const dm = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'D0000STU1',
      'the DM reply',
    );
    expect(dm.args.text).toMatch(/60%/);
    expect(calls.filter((c) => c.command === 'ask').at(-2)?.args).toEqual({
      question: 'what is the meaning of life',
    });
  });

  it('posts announcements to the announcement channel and reminders by DM', async () => {
    await adapter.poster.postToChannel({
      id: 'a1',
      kind: 'announcement',
      text: 'Lab **moved** to {{time:0}}',
      times: [{ at: new Date('2026-03-05T13:00:00Z'), fallback: 'Thu 14:00' }],
    });
    const posted = fake.find((c) => c.method === 'chat.postMessage' && c.args.channel === SLACK_IDS.announce);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.args.text).toBe(
      `Lab *moved* to <!date^${Date.parse('2026-03-05T13:00:00Z') / 1000}^{date_short_pretty} {time}|Thu 14:00>`,
    );
    await adapter.poster.sendDirect?.(SLACK_IDS.student, { id: 'r1', kind: 'reminder', text: 'Due soon' });
    await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.text === 'Due soon',
      'the DM reminder',
    );
  });

  it('never writes the bot token or the signing secret to the log', () => {
    const log = t.logLines.join('\n');
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SECRET);
    expect(log).toContain('stale_timestamp');
  });

  it('handled every request without an adapter error (a failed Web API call would be logged here)', () => {
    const errors = t.logLines.filter((l) => l.includes('"level":"error"') && l.includes('"msg":"slack:'));
    expect(errors).toEqual([]);
  });
});
