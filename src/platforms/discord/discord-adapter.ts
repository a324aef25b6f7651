// The Discord adapter's one entry point: a discord.js gateway client translating events to commands and back.
import { once } from 'node:events';
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  RESTEvents,
  Routes,
  Status,
  type RateLimitData,
} from 'discord.js';
import type { Config } from '../../config.ts';
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { errorMessage } from '../../core/error-message.ts';
import { type PlatformAdapter } from '../shared/platform-adapter.ts';
import { discordConfigWarnings, withoutTrailingSlash } from '../shared/config-warnings.ts';
import { createDiscordPoster } from './discord-poster.ts';
import { handleInteraction } from './handle-interaction.ts';
import { handleMessage } from './handle-message.ts';

export type { PlatformAdapter };

export type DiscordConfig = Pick<
  Config,
  | 'DISCORD_TOKEN'
  | 'DISCORD_APP_ID'
  | 'DISCORD_TA_ROLE_ID'
  | 'DISCORD_QA_CHANNEL_IDS'
  | 'DISCORD_ANNOUNCE_CHANNEL_ID'
  | 'DISCORD_API_URL'
>;

export interface DiscordAdapterOptions {
  /** How long start() waits for the gateway's READY before it counts as a failed connection (retried later). */
  readyTimeoutMs?: number;
  deferAfterMs?: number;
}

/** Rate limits longer than this are not waited out: the call fails (and is logged) instead of queueing. */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;

export function createDiscordAdapter(
  config: DiscordConfig,
  core: Core,
  runner: CommandRunner,
  options: DiscordAdapterOptions = {},
): PlatformAdapter {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is required for Discord. Set it or leave Discord unconfigured.');
  const log = core.log;
  for (const warning of discordConfigWarnings(config)) log.warn(`discord: ${warning}`);
  const client = new Client({
    // MessageContent is a privileged intent: enable it in the developer portal (Bot → Privileged intents).
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: {
      // Every REST call, and through GET /gateway/bot the gateway URL, comes from this base.
      ...(config.DISCORD_API_URL && { api: withoutTrailingSlash(config.DISCORD_API_URL) }),
      // No waiting loops: a global or long rate limit rejects the call; 5xx is retried once.
      rejectOnRateLimit: (info: RateLimitData) => info.global || info.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
      retries: 1,
      // A hung API fails the call instead of holding up whatever waits for it.
      timeout: 10_000,
    },
  });
  client.rest.setToken(token);
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn('discord: rate limited', {
      route: info.route,
      retryAfterMs: info.retryAfter,
      global: info.global,
    }),
  );
  client.on(Events.Error, (err) => log.error('discord: client error', { error: errorMessage(err) }));
  client.on(Events.Warn, (message) => log.warn('discord: warning', { message }));

  const taRoleId = config.DISCORD_TA_ROLE_ID;
  const qaChannelIds = new Set(config.DISCORD_QA_CHANNEL_IDS);
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, { runner, log, taRoleId, deferAfterMs: options.deferAfterMs }).catch(
      (err) => log.error('discord: interaction failed', { error: errorMessage(err) }),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, { runner, log, taRoleId, qaChannelIds }).catch((err) =>
      log.error('discord: message handling failed', { error: errorMessage(err) }),
    );
  });

  /** The last login; discord.js destroys the client (and clears the REST token) when a login fails. */
  let login: Promise<unknown> | undefined;

  return {
    poster: createDiscordPoster(client.rest, config.DISCORD_ANNOUNCE_CHANNEL_ID),
    routes: [],
    async start() {
      // A login from an attempt that timed out may still be waiting on a hung API: when it fails at last it
      // destroys the client, which would tear down a newer login made beside it (connected, but every REST call
      // failing for want of a token). So one login at a time: this attempt waits for the last one to end.
      if (login) await login.catch(() => {});
      const ready = once(client, Events.ClientReady);
      login = client.login(token);
      await login;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.readyTimeoutMs ?? 30_000);
      });
      const outcome = await Promise.race([ready, timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') throw new Error('the gateway did not send READY in time');
      log.info('discord: connected', { user: client.user?.tag, guilds: client.guilds.cache.size });
    },
    async probe() {
      // The gateway's own state (no call), then the cheapest authenticated REST call.
      if (client.ws.status !== Status.Ready)
        throw new Error(`gateway not ready (status ${client.ws.status})`);
      await client.rest.get(Routes.gatewayBot());
    },
    watch(report) {
      client.on(Events.ShardDisconnect, (event) => report('down', `gateway closed (code ${event.code})`));
      client.on(Events.ShardReconnecting, () => report('down', 'gateway reconnecting'));
      client.on(Events.ShardResume, () => report('up'));
      client.on(Events.ShardReady, () => report('up'));
    },
    async stop() {
      await client.destroy();
    },
  };
}
