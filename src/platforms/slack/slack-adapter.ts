// The Slack adapter's one entry point: a bolt App (HTTP receiver on our server, or Socket Mode) and a poster.
import {
  App,
  LogLevel,
  SocketModeReceiver,
  type Logger as BoltLogger,
  type ReceiverEvent,
} from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { Clock } from '../../core/clock.ts';
import type { Core } from '../../core/core.ts';
import type { Logger } from '../../core/logger.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { errorMessage } from '../../core/error-message.ts';
import { type PlatformAdapter } from '../shared/platform-adapter.ts';
import { slackConfigWarnings, withTrailingSlash } from '../shared/config-warnings.ts';
import { registerCommandHandlers } from './handle-command.ts';
import { registerMessageHandlers } from './handle-message.ts';
import { SlackHttpReceiver } from './http-receiver.ts';
import { createEventProcessor, type EventProcessor } from './process-event-once.ts';
import { createProcessedEventsStore } from './processed-events-store.ts';
import { createSlackPoster } from './slack-poster.ts';

export type SlackConfig = Pick<
  Config,
  | 'SLACK_BOT_TOKEN'
  | 'SLACK_SIGNING_SECRET'
  | 'SLACK_APP_TOKEN'
  | 'SLACK_TA_USER_IDS'
  | 'SLACK_QA_CHANNEL_IDS'
  | 'SLACK_ANNOUNCE_CHANNEL_ID'
  | 'SLACK_API_URL'
>;

export interface SlackAdapterOptions {
  /** The clock for request-signature freshness (defaults to the core's clock). */
  clock?: Clock;
  /** Time-out of every Web API call (replies to events, posts, auth.test); default 10 s. */
  callTimeoutMs?: number;
  /** Socket Mode: how long a ping may go unanswered, and the first wait before reconnecting; default 5 s. */
  socketPingTimeoutMs?: number;
}

export function createSlackAdapter(
  config: SlackConfig,
  core: Core,
  runner: CommandRunner,
  options: SlackAdapterOptions = {},
): PlatformAdapter & { mode: 'http' | 'socket' } {
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is required for Slack. Set it or leave Slack unconfigured.');
  const log = core.log;
  const logger = boltLogger(log);
  for (const warning of slackConfigWarnings(config)) log.warn(`slack: ${warning}`);
  const clientOptions = {
    // Every Web API call goes through this base (tests and proxies point it elsewhere).
    ...(config.SLACK_API_URL && { slackApiUrl: withTrailingSlash(config.SLACK_API_URL) }),
    // No retry loops: a rate-limited or failed call fails once and is logged.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // A hung Slack API fails the call after 10 s instead of holding up what waits for it. Bolt gives the client of
    // each event's listeners these same options, so replies in answer to events have this time-out too.
    timeout: options.callTimeoutMs ?? 10_000,
  };
  const clock = options.clock ?? core.clock;
  const processor = createEventProcessor(createProcessedEventsStore(core.db), clock, log);
  let httpReceiver: SlackHttpReceiver | undefined;
  let receiver;
  let socketReceiver: OnceSocketModeReceiver | undefined;
  if (config.SLACK_APP_TOKEN) {
    receiver = socketReceiver = new OnceSocketModeReceiver(processor, {
      appToken: config.SLACK_APP_TOKEN,
      logger,
      ...(options.socketPingTimeoutMs !== undefined && { clientPingTimeout: options.socketPingTimeoutMs }),
      // An event that was not processed is not acknowledged, so Slack sends it again.
      processEventErrorHandler: async () => false,
      // Its own client keeps the library's reconnect retries (apps.connections.open) and uses the same base URL.
      installerOptions: {
        clientOptions: { ...(clientOptions.slackApiUrl && { slackApiUrl: clientOptions.slackApiUrl }) },
      },
    });
  } else {
    if (!config.SLACK_SIGNING_SECRET) {
      throw new Error(
        'SLACK_SIGNING_SECRET is required for Slack in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode).',
      );
    }
    httpReceiver = new SlackHttpReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      clock,
      log,
      processor,
    });
    receiver = httpReceiver;
  }
  const app = new App({ token, receiver, logger, clientOptions, deferInitialization: true });
  app.error(async (err) => {
    log.error('slack: handler failed', { error: errorMessage(err) });
    // Rethrown so the receiver knows the event was not processed and does not acknowledge it.
    throw err;
  });
  /** Set by watch(): tells the platform's connection what the adapter sees. */
  let reportState: ((state: 'up' | 'down', error?: string) => void) | undefined;
  const deps = {
    runner,
    log,
    taUserIds: new Set(config.SLACK_TA_USER_IDS),
    qaChannelIds: new Set(config.SLACK_QA_CHANNEL_IDS),
    // An event came in and its answer went out: Slack is up, whatever the last check said.
    answered: () => reportState?.('up'),
  };
  registerCommandHandlers(app, deps);
  registerMessageHandlers(app, deps);

  return {
    mode: httpReceiver ? 'http' : 'socket',
    poster: createSlackPoster(app.client, config.SLACK_ANNOUNCE_CHANNEL_ID),
    routes: httpReceiver ? [httpReceiver.route()] : [],
    async start() {
      // auth.test: learns the bot's own user id (to ignore itself) and fails early on a bad token.
      await app.init();
      await app.start();
      log.info('slack: started', { mode: httpReceiver ? 'http' : 'socket' });
    },
    async stop() {
      await app.stop();
    },
    async probe() {
      // The cheapest authenticated call; in Socket Mode the socket's own state is reported by watch().
      await app.client.auth.test();
    },
    watch(report) {
      reportState = report;
      const socket = socketReceiver?.client;
      if (!socket) return;
      // The client reconnects by itself (a new apps.connections.open, then hello); meanwhile no event arrives.
      socket.on('close', () => report('down', 'Socket Mode connection closed; reconnecting'));
      socket.on('connected', () => report('up'));
    },
  };
}

/** Bolt's Socket Mode receiver, handing events to bolt through the processor (acknowledged once processed). */
class OnceSocketModeReceiver extends SocketModeReceiver {
  constructor(
    private readonly processor: EventProcessor,
    options: ConstructorParameters<typeof SocketModeReceiver>[0],
  ) {
    super(options);
  }

  override init(app: App): void {
    const viaProcessor = { processEvent: (event: ReceiverEvent) => this.processor.process(app, event) };
    // The receiver only ever calls processEvent on the app it is given.
    super.init(viaProcessor as unknown as App);
  }
}

/** Bolt and its clients log through ours: warnings and errors only, with anything token-shaped removed. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const text = (parts: unknown[]) => parts.map(errorMessage).join(' ');
  return {
    debug: () => {},
    info: () => {},
    warn: (...parts: unknown[]) => log.warn('slack: library warning', { message: text(parts) }),
    error: (...parts: unknown[]) => log.error('slack: library error', { message: text(parts) }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
