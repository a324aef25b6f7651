// Rate limits and refusals fail once and are logged: no call is repeated in a loop on 401, 403 or 429.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/core/run-command.ts';
import type { Post } from '../../src/core/posting.ts';
import { createDiscordAdapter } from '../../src/platforms/discord/discord-adapter.ts';
import { createSlackAdapter } from '../../src/platforms/slack/slack-adapter.ts';
import { IDS, startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { SLACK_IDS, startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.ts';
import { discordConfigFor, slackConfigFor } from './helpers/platform-configs.ts';
import { createTestCore, type TestCore } from './helpers/test-core.ts';

const post: Post = { id: 'a1', kind: 'announcement', text: 'Exam room changed' };
let discord: FakeDiscord;
let slack: FakeSlack;
let t: TestCore;
// Adapters made here are never started, but their clients still hold timers until stopped.
const made: { stop(): Promise<void> }[] = [];
const track = <A extends { stop(): Promise<void> }>(adapter: A): A => (made.push(adapter), adapter);

beforeAll(async () => {
  [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlack()]);
  t = createTestCore();
});
afterAll(async () => {
  await Promise.all(made.map((a) => a.stop()));
  await Promise.all([discord?.close(), slack?.close()]);
  t?.cleanup();
});

describe('Discord poster', () => {
  // The poster uses REST only, so the gateway is not needed here.
  const poster = () =>
    createDiscordAdapter(
      discordConfigFor(discord.apiUrl, 'no-loop-token'),
      t.core,
      createCommandRunner(t.core, []),
    ).poster;
  const toAnnounce = (r: { method: string; path: string }) =>
    r.method === 'POST' && r.path === `/channels/${IDS.announce}/messages`;

  it.each([
    [
      'a global 429',
      429,
      { message: 'You are being rate limited.', retry_after: 60, global: true },
      { 'retry-after': '60', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
    ],
    ['a 403 (missing permission)', 403, { message: 'Missing Permissions', code: 50013 }, {}],
    ['a 401 (bad token)', 401, { message: '401: Unauthorized', code: 0 }, {}],
  ])('GIVEN %s THEN the post fails after one request', async (_name, status, body, headers) => {
    const before = discord.find(toAnnounce).length;
    discord.failNext({ when: toAnnounce, status, body, headers });
    await expect(poster().postToChannel(post)).rejects.toThrow();
    expect(discord.find(toAnnounce).length - before).toBe(1);
  });
});

describe('Slack poster', () => {
  const poster = () =>
    track(
      createSlackAdapter(
        slackConfigFor(slack.apiUrl, { bot: 'xoxb-no-loop', signing: 's' }),
        t.core,
        createCommandRunner(t.core, []),
      ),
    ).poster;

  it('GIVEN a 429 THEN chat.postMessage fails after one call', async () => {
    slack.failNext('chat.postMessage', {
      status: 429,
      body: { ok: false, error: 'ratelimited' },
      headers: { 'retry-after': '30' },
    });
    await expect(poster().postToChannel(post)).rejects.toThrow();
    expect(
      slack.find((c) => c.method === 'chat.postMessage' && c.args.channel === SLACK_IDS.announce),
    ).toHaveLength(1);
  });

  it('GIVEN the bot is not in the channel THEN the post fails once with Slack’s error', async () => {
    slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await expect(poster().postToChannel(post)).rejects.toThrow(/not_in_channel/);
  });
});

describe('without an announcement channel', () => {
  it('GIVEN no channel id THEN posting fails, naming the variable, and nothing is sent', async () => {
    const runner = createCommandRunner(t.core, []);
    const d = track(
      createDiscordAdapter(
        discordConfigFor(discord.apiUrl, 'no-channel-token', { DISCORD_ANNOUNCE_CHANNEL_ID: undefined }),
        t.core,
        runner,
      ),
    );
    const s = track(
      createSlackAdapter(
        {
          ...slackConfigFor(slack.apiUrl, { bot: 'xoxb-no-channel', signing: 's' }),
          SLACK_ANNOUNCE_CHANNEL_ID: undefined,
        },
        t.core,
        runner,
      ),
    );
    const discordBefore = discord.requests.length;
    const slackBefore = slack.records.length;
    await expect(d.poster.postToChannel(post)).rejects.toThrow(/DISCORD_ANNOUNCE_CHANNEL_ID is not set/);
    await expect(s.poster.postToChannel(post)).rejects.toThrow(/SLACK_ANNOUNCE_CHANNEL_ID is not set/);
    expect(discord.requests.length).toBe(discordBefore);
    expect(slack.records.length).toBe(slackBefore);
  });
});
