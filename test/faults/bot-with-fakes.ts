// Test helper: the real app with Discord and Slack both configured against 127.0.0.1 fakes whose faults a test
// switches (down, hanging, flapping), short time-outs, and counters of what each platform and the feed received.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { createLogger } from '../../src/core/logger.ts';
import type { FeedItem } from '../../src/feed/feed-store.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { IDS, startFakeDiscord, type FakeDiscord, type FakeMode } from '../fakes/discord/fake-discord.ts';
import { SLACK_IDS, startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.ts';
import { withSharedModelCache } from '../shared-model-cache.ts';

export const ADMIN_TOKEN = 'faults-admin-token-0123456789abcdef';

export interface Bot {
  app: App;
  base: string;
  clock: ReturnType<typeof fixedClock>;
  discord: FakeDiscord;
  slack: FakeSlack;
  logLines: string[];
  /** How many times each platform's announcement channel, and the web feed, received a text. */
  received(text: string): { discord: number; slack: number; feed: number };
  announce(text: string): Promise<string>;
  readyz(): Promise<{ status: number; problems: string[] }>;
  platformState(name: string): string | undefined;
  /** Reads the web feed again (through GET /api/feed) for `received`. */
  refresh(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Time-outs for tests whose faults fail at once (a platform down, flapping, answering 503): long enough that a
 * loaded machine never trips them. With the short defaults a post the fake received but answered after 300 ms
 * counted as failed: it waited for a retry and /readyz said "deliveries failing" after every item had arrived.
 * Tests of a platform that hangs keep the short ones, which they need to trip.
 */
export const PATIENT: AppOptions = {
  deliveryTimeoutMs: 10_000,
  platformRetry: { baseDelayMs: 50, maxDelayMs: 200, attemptTimeoutMs: 10_000, probeEveryMs: 250 },
};

export async function startBot(
  options: { discord?: FakeMode; slack?: FakeMode; now?: string; app?: AppOptions } = {},
): Promise<Bot> {
  const [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlack()]);
  discord.setMode(options.discord ?? 'up');
  slack.setMode(options.slack ?? 'up');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-faults-'));
  const clock = fixedClock(options.now ?? '2026-10-24T21:58:00Z');
  const logLines: string[] = [];
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    ADMIN_TOKEN,
    DISCORD_TOKEN: 'faults-discord-token.abc.def',
    DISCORD_APP_ID: IDS.app,
    DISCORD_TA_ROLE_ID: IDS.taRole,
    DISCORD_ANNOUNCE_CHANNEL_ID: IDS.announce,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-faults-bot-token',
    SLACK_SIGNING_SECRET: 'faults-signing-secret',
    SLACK_ANNOUNCE_CHANNEL_ID: SLACK_IDS.announce,
    SLACK_API_URL: slack.apiUrl,
  });
  const content = loadContent({ scheduleFile: path.join(FIXTURES, 'dst-2026.yaml') });
  const app = await createApp(withSharedModelCache(config, content), {
    content,
    log: createLogger('debug', (l) => logLines.push(l)),
    clock,
    deliveryTimeoutMs: 300,
    // A probe every 250 ms stands for the production minute (one tick).
    platformRetry: { baseDelayMs: 50, maxDelayMs: 200, attemptTimeoutMs: 1_000, probeEveryMs: 250 },
    ...options.app,
  });
  const base = `http://127.0.0.1:${await app.start()}`;
  let feed: FeedItem[] = [];
  const bot: Bot = {
    app,
    base,
    clock,
    discord,
    slack,
    logLines,
    received(text) {
      return {
        discord: discord.find(
          (r) =>
            r.method === 'POST' &&
            r.path === `/channels/${IDS.announce}/messages` &&
            String((r.body as { content?: string }).content).includes(text),
        ).length,
        slack: slack.find(
          (c) =>
            c.method === 'chat.postMessage' &&
            c.args.channel === SLACK_IDS.announce &&
            String(c.args.text).includes(text),
        ).length,
        feed: feed.filter((i) => i.text.includes(text)).length,
      };
    },
    async announce(text) {
      const res = await fetch(`${base}/api/command`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ name: 'announce', args: { text } }),
      });
      return ((await res.json()) as { reply: { text: string } }).reply.text;
    },
    async readyz() {
      const res = await fetch(`${base}/readyz`);
      return { status: res.status, problems: ((await res.json()) as { problems: string[] }).problems };
    },
    platformState: (name) => app.platforms.find((p) => p.name === name)?.status().state,
    async refresh() {
      feed = (await (await fetch(`${base}/api/feed`)).json()) as FeedItem[];
    },
    async stop() {
      await app.stop();
      await Promise.all([discord.close(), slack.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return bot;
}

/**
 * Lets the bot work (the outbox drains, platforms reconnect) until `check` holds; fails with `what` after
 * `limitMs` of real time. `step` runs before each look (e.g. advancing the test clock).
 */
export async function until(
  bot: Bot,
  check: () => boolean,
  what: string,
  options: { limitMs?: number; step?: () => void } = {},
): Promise<void> {
  const end = Date.now() + (options.limitMs ?? 8_000);
  for (;;) {
    options.step?.();
    await bot.app.core.outbox.drain();
    await bot.refresh();
    if (check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
