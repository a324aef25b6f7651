// A post that reached the platform but whose answer never came back (a time-out after sending) is not posted
// twice: the real bolt WebClient and discord.js REST client against fakes that carry out the post and then hang.
// Slack: the retry finds the post by its metadata (conversations.history). Discord: the retry sends the same nonce
// with enforce_nonce, and Discord hands back the message it created the first time.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/posting.ts';
import { createSlackPoster } from '../../src/platforms/slack/slack-poster.ts';
import { IDS } from '../fakes/discord/fake-discord.ts';
import { SLACK_IDS, startFakeSlack } from '../fakes/slack/fake-slack.ts';
import { startBot, until, type Bot } from './bot-with-fakes.ts';

let bot: Bot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

function announcementRow(b: Bot, destination: string) {
  return b.app.core.outbox.rows().find((r) => r.kind === 'announcement' && r.destination === destination);
}

describe('a post whose answer is lost', () => {
  for (const platform of ['slack', 'discord'] as const) {
    it(`GIVEN ${platform} takes an announcement and its answer never comes back THEN the retry ends with exactly one message there`, async () => {
      const b = (bot = await startBot());
      await until(
        b,
        () => b.platformState('slack') === 'up' && b.platformState('discord') === 'up',
        'both platforms to connect',
      );
      const text = 'The exam room is B12';
      if (platform === 'slack') b.slack.acceptAndHangNext('chat.postMessage');
      else {
        b.discord.acceptAndHangNext(
          (r) => r.method === 'POST' && r.path === `/channels/${IDS.announce}/messages`,
        );
      }
      await b.announce(text);
      // The outbox gave up on the call after its time-out (300 ms here): a failure, to be retried in 30 s.
      await until(b, () => (announcementRow(b, platform)?.attempts ?? 0) >= 1, 'the first try');
      await until(b, () => announcementRow(b, platform)?.status === 'pending', 'the first try to time out');
      expect(announcementRow(b, platform)?.error).toMatch(/no answer within 300 ms|timed? ?out|abort/i);

      b.clock.advance(31_000);
      await until(b, () => announcementRow(b, platform)?.status === 'sent', 'the retry');
      expect(announcementRow(b, platform)?.attempts).toBe(2);
      if (platform === 'slack') {
        expect(
          b.slack.messages.filter((m) => m.channel === SLACK_IDS.announce && m.text.includes(text)),
        ).toHaveLength(1);
        // The retry looked first, and posted nothing.
        expect(b.slack.find((c) => c.method === 'conversations.history')).toHaveLength(1);
        expect(b.received(text).slack).toBe(1);
      } else {
        expect(
          b.discord.messages.filter((m) => m.channel === IDS.announce && m.content.includes(text)),
        ).toHaveLength(1);
        const posts = b.discord.find(
          (r) => r.method === 'POST' && r.path === `/channels/${IDS.announce}/messages`,
        );
        const nonces = posts.map((r) => (r.body as { nonce?: string; enforce_nonce?: boolean }).nonce);
        expect(nonces).toHaveLength(2);
        expect(new Set(nonces).size).toBe(1);
        expect(posts.every((r) => (r.body as { enforce_nonce?: boolean }).enforce_nonce === true)).toBe(true);
      }
      // The other platform and the feed got it once, unaffected.
      expect(b.received(text)).toMatchObject({ feed: 1, [platform === 'slack' ? 'discord' : 'slack']: 1 });
    });
  }

  it('GIVEN a Slack post that landed just before the bot was killed THEN the restart looks first and posts nothing again', async () => {
    const b = (bot = await startBot());
    await until(b, () => b.platformState('slack') === 'up', 'slack to connect');
    const text = 'Lab 3 is cancelled';
    b.slack.acceptAndHangNext('chat.postMessage');
    await b.announce(text);
    await until(b, () => announcementRow(b, 'slack')?.status === 'pending', 'the first try to time out');
    // What a process killed while sending leaves behind: the row still claimed, by a process that is gone.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    b.app.core.db
      .prepare(
        "UPDATE outbox SET status = 'sending', claimed_by = ? WHERE kind = 'announcement' AND destination = 'slack'",
      )
      .run(`${os.hostname()}:${dead}:0000`);
    expect(b.app.core.outbox.recoverInterrupted()).toBe(1);
    await until(b, () => announcementRow(b, 'slack')?.status === 'sent', 'the send after the restart');
    expect(b.slack.messages.filter((m) => m.text.includes(text))).toHaveLength(1);
    expect(b.logLines.some((l) => l.includes('delivery interrupted: may be lost'))).toBe(false);
  });

  it('GIVEN the outbox gives up on a Slack DM while opening the conversation hangs THEN that try posts nothing when it is answered, and the next try posts once', async () => {
    const fake = await startFakeSlack();
    try {
      const client = new webApi.WebClient('xoxb-test', {
        slackApiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
        timeout: 10_000,
      });
      const poster = createSlackPoster(client, SLACK_IDS.announce);
      const post: Post = { id: 'reminder:a1:2026-10-25T22:59:00Z:1h', kind: 'reminder', text: 'A1 is due' };
      const release = fake.holdNext('conversations.open');
      const outboxGaveUp = new AbortController();
      const first = poster.sendDirect?.(SLACK_IDS.student, post, {
        signal: outboxGaveUp.signal,
        number: 1,
        queuedAt: new Date(),
      });
      outboxGaveUp.abort(new Error('no answer within 10000 ms'));
      release();
      await expect(first).rejects.toThrow(/no answer within/);
      expect(fake.find((c) => c.method === 'conversations.open')).toHaveLength(1);
      expect(fake.find((c) => c.method === 'chat.postMessage')).toHaveLength(0);

      await poster.sendDirect?.(SLACK_IDS.student, post, {
        signal: new AbortController().signal,
        number: 2,
        queuedAt: new Date(Date.now() - 60_000),
      });
      expect(fake.messages.map((m) => m.text)).toEqual(['A1 is due']);
    } finally {
      await fake.close();
    }
  });
});
