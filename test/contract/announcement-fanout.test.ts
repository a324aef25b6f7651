// The real app with Discord and Slack both configured (against fakes): an announcement made on any platform
// reaches every configured platform exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { createLogger } from '../../src/core/logger.ts';
import { IDS, startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { messageCreate, slashCommand } from '../fakes/discord/gateway-events.ts';
import { SLACK_IDS, startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.ts';
import { withSharedModelCache } from '../shared-model-cache.ts';
import {
  eventBody,
  FORM,
  JSON_TYPE,
  postSigned,
  slashCommandBody,
} from '../platforms/helpers/slack-requests.ts';

const ADMIN_TOKEN = 'fanout-admin-token-0123456789abcdef';
const SIGNING_SECRET = 'fanout-signing-secret';
const SECRETS = ['fanout-discord-token.abc.def', 'xoxb-fanout-bot-token', SIGNING_SECRET, ADMIN_TOKEN];

let discord: FakeDiscord;
let slack: FakeSlack;
let app: App;
let base: string;
let dir: string;
const logLines: string[] = [];
const clock = fixedClock('2027-02-15T10:00:00Z');

beforeAll(async () => {
  [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlack()]);
  dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-fanout-'));
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    ADMIN_TOKEN,
    DISCORD_TOKEN: SECRETS[0],
    DISCORD_APP_ID: IDS.app,
    DISCORD_TA_ROLE_ID: IDS.taRole,
    DISCORD_ANNOUNCE_CHANNEL_ID: IDS.announce,
    DISCORD_QA_CHANNEL_IDS: IDS.qaChannel,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: SECRETS[1],
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_TA_USER_IDS: SLACK_IDS.ta,
    SLACK_ANNOUNCE_CHANNEL_ID: SLACK_IDS.announce,
    SLACK_QA_CHANNEL_IDS: SLACK_IDS.qaChannel,
    SLACK_API_URL: slack.apiUrl,
  });
  const content = loadContent();
  app = await createApp(withSharedModelCache(config, content), {
    content,
    log: createLogger('debug', (l) => logLines.push(l)),
    clock,
  });
  base = `http://127.0.0.1:${await app.start()}`;
  // Platforms connect in the background after start.
  while (!app.platforms.every((p) => p.status().state === 'up')) await new Promise((r) => setTimeout(r, 10));
});

afterAll(async () => {
  await app?.stop();
  await Promise.all([discord?.close(), slack?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const onDiscord = (text: string) =>
  discord.find(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${IDS.announce}/messages` &&
      (r.body as { content: string }).content.includes(text),
  );
const onSlack = (text: string) =>
  slack.find(
    (c) =>
      c.method === 'chat.postMessage' &&
      c.args.channel === SLACK_IDS.announce &&
      String(c.args.text).includes(text),
  );

describe('announcements with every platform configured', () => {
  it('registers one poster per configured platform', () => {
    const names = app.core.outbox.destinations().map((d) => d.name);
    expect(names.filter((n) => n === 'discord')).toHaveLength(1);
    expect(names.filter((n) => n === 'slack')).toHaveLength(1);
  });

  it('GIVEN a TA announces on the web THEN Discord and Slack each get it exactly once', async () => {
    const res = await fetch(`${base}/api/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ name: 'announce', args: { text: 'Web: the lab moves to room 3' } }),
    });
    expect(res.status).toBe(200);
    expect(onDiscord('Web: the lab moves')).toHaveLength(1);
    expect(onSlack('Web: the lab moves')).toHaveLength(1);
  });

  it('GIVEN a TA announces with /course on Slack THEN each platform gets it exactly once', async () => {
    const body = slashCommandBody(
      'announce Slack: no lecture on Friday',
      SLACK_IDS.ta,
      slack.responseUrl('fan'),
    );
    await postSigned(`${base}/slack/events`, body, FORM, {
      secret: SIGNING_SECRET,
      timestamp: Math.floor(clock.now().getTime() / 1000),
    });
    const reply = await slack.waitFor((c) => c.args.responseUrlId === 'fan', 'the announce reply');
    expect(String(reply.args.text)).toMatch(/posted/);
    expect(onDiscord('Slack: no lecture on Friday')).toHaveLength(1);
    expect(onSlack('Slack: no lecture on Friday')).toHaveLength(1);
  });

  it('GIVEN a TA announces with /announce on Discord THEN each platform gets it exactly once', async () => {
    await discord.readyForEvents();
    const interaction = slashCommand(
      'announce',
      { text: 'Discord: exam room changed' },
      { id: '600000000000000001', roles: [IDS.taRole] },
    );
    discord.dispatch('INTERACTION_CREATE', interaction);
    await discord.waitForRequest(
      (r) => r.path.startsWith(`/interactions/${interaction.id}/`),
      'the announce reply',
    );
    expect(onDiscord('Discord: exam room changed')).toHaveLength(1);
    expect(onSlack('Discord: exam room changed')).toHaveLength(1);
  });

  it('GIVEN a student on Discord THEN announce reaches no platform', async () => {
    const interaction = slashCommand(
      'announce',
      { text: 'Student: free beer' },
      { id: '600000000000000002' },
    );
    discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await discord.waitForRequest(
      (r) => r.path.startsWith(`/interactions/${interaction.id}/`),
      'the refusal',
    );
    expect((reply.body as { data: { content: string } }).data.content).toMatch(/teaching assistants/);
    expect(onDiscord('free beer')).toHaveLength(0);
    expect(onSlack('free beer')).toHaveLength(0);
  });

  it('GIVEN a course question on either board THEN the real answer engine answers it in thread', async () => {
    const question = 'how is my final mark computed';
    await discord.readyForEvents();
    const message = messageCreate(question, { id: '600000000000000003' }, { channelId: IDS.qaChannel });
    discord.dispatch('MESSAGE_CREATE', message);
    await discord.waitForRequest(
      (r) => r.path === `/channels/${IDS.qaChannel}/messages/${message.id}/threads`,
      'a thread for the board question',
    );
    const event = eventBody({
      type: 'message',
      channel: SLACK_IDS.qaChannel,
      channel_type: 'channel',
      user: SLACK_IDS.student,
      text: question,
      ts: '7.1',
    });
    await postSigned(`${base}/slack/events`, event, JSON_TYPE, {
      secret: SIGNING_SECRET,
      timestamp: Math.floor(clock.now().getTime() / 1000),
    });
    const answer = await slack.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === '7.1',
      'the answer',
    );
    expect(String(answer.args.text).length).toBeGreaterThan(20);
  });

  it('never logs a token, the signing secret or the admin token', () => {
    const log = logLines.join('\n');
    for (const secret of SECRETS) expect(log).not.toContain(secret);
  });
});
