// The composition root: wires content, store, core services, HTTP routes and platforms together.
// Only this file and src/config.ts know about the environment; everything below receives what it needs.
import { errorMessage } from './core/error-message.ts';
import type { AppHooks } from './core/app-hooks.ts';
import type http from 'node:http';
import type { Config } from './config.ts';
import type { Content, ContentPaths } from './content/load-content.ts';
import { systemClock, type Clock } from './core/clock.ts';
import type { Core } from './core/core.ts';
import type { Logger } from './core/logger.ts';
import { openDatabase } from './store/database.ts';
import { close, createHttpServer, listen, type HttpRoute } from './http/server.ts';
import type { TickStatus } from './core/minute-tick.ts';
import type { PlatformConnection, PlatformStatus } from './core/platform-connection.ts';
import { healthRoutes } from './health/health-routes.ts';
import { createDatabaseCheck } from './health/database-check.ts';
import { installFeedCalendarsAndReminders } from './feed/install.ts';
import { commands } from '../commands/index.ts';
import { getAnswerEngine, keepModelsIn, reportEngineErrorsTo } from './engine/index.ts';
import { withCommandEntries } from './self-knowledge/command-entries.ts';
import { createCommandRunner } from './core/run-command.ts';
import { installWebChat } from './web/install.ts';
import { installAnnouncements } from './announcements/install.ts';
import { Outbox } from './delivery/outbox.ts';
import { createCoreServices } from './core/services.ts';
import { installPlatforms } from './platforms/shared/install-platforms.ts';

export interface AppDeps {
  content: Content;
  contentPaths?: ContentPaths;
  log: Logger;
  clock?: Clock;
}

export interface App {
  core: Core;
  server: http.Server;
  /** The chat platforms, each connecting on its own. */
  platforms: readonly PlatformConnection[];
  /**
   * Opens the port and starts the core (outbox, ticks); resolves to the bound port. Platforms then connect in
   * the background, with retries: one that cannot connect holds up nothing.
   */
  start(): Promise<number>;
  /**
   * Stops taking work (new connections, ticks), lets work in flight finish, and closes everything, all within
   * `graceMs` (default 10 s): slow HTTP clients and hung platform calls are cut off then. Safe to call twice.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Time limits and views a test may set (the defaults are the production ones). */
export interface AppOptions {
  /** Free bytes on the database's disk (default: the file system's answer). */
  freeBytes?: (dir: string) => number;
  /** How often the database file is checked on disk (default a minute). */
  databaseCheckEveryMs?: number;
  /** Per-call time-out of a delivery (default 10 s). */
  deliveryTimeoutMs?: number;
  /** Platform connection retries: first delay, longest delay, time-out of one attempt, probe interval. */
  platformRetry?: {
    baseDelayMs?: number;
    maxDelayMs?: number;
    attemptTimeoutMs?: number;
    probeEveryMs?: number;
  };
}

export async function createApp(config: Config, deps: AppDeps & AppOptions): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const db = openDatabase(config.databaseFile);
  const outbox = new Outbox(db, clock, deps.log, {
    ...(deps.deliveryTimeoutMs !== undefined && { defaultTimeoutMs: deps.deliveryTimeoutMs }),
  });
  const core: Core = {
    content: deps.content,
    clock,
    db,
    log: deps.log,
    config: {
      publicUrl: config.publicUrl,
      contentPaths: deps.contentPaths ?? {},
      reminderGraceMinutes: config.REMINDER_GRACE_MINUTES,
      questionLogRetentionDays: config.QUESTION_LOG_RETENTION_DAYS,
    },
    outbox,
    ...createCoreServices({ db, clock, outbox, publicUrl: () => config.publicUrl }),
  };
  const routes: HttpRoute[] = [];
  const ticks: { status(): TickStatus }[] = [];
  const platforms: PlatformConnection[] = [];
  const polled: (() => PlatformStatus)[] = [];
  const starters: AppHooks['starters'] = [];
  const stoppers: (() => Promise<void> | void)[] = [];
  // One runner for every platform and the web, so each user's rate-limit budget is counted in one place.
  const runner = createCommandRunner(core, commands);

  const hooks = { routes, starters, stoppers, ticks, platforms, polled };
  const databaseCheck = createDatabaseCheck(config.databaseFile, deps.log, deps.databaseCheckEveryMs);
  starters.push({ name: 'database check', start: () => databaseCheck.start() });
  stoppers.push(() => databaseCheck.stop());
  routes.push(
    ...healthRoutes(
      {
        db,
        databaseFile: config.databaseFile,
        ticks: () => ticks.map((t) => t.status()),
        platforms: () => [...platforms.map((p) => p.status()), ...polled.map((status) => status())],
        outbox,
        databaseCheck: () => databaseCheck.status(),
        ...(deps.freeBytes && { freeBytes: deps.freeBytes }),
      },
      () => ({
        course: core.content.course.name,
        faqEntries: core.content.faq.length,
        events: core.content.schedule.events.length,
      }),
    ),
  );

  // Capabilities add their routes, starters and stoppers below, one block each, in this order:
  // destinations are registered before anything that posts starts.

  // --- Platforms (Discord, Slack): destinations, routes (POST /slack/events), connections.
  await installPlatforms(config, core, runner, hooks, deps.platformRetry);

  // --- Feed, calendars and reminders: the feed poster, /api/feed, /calendar*.ics, the reminder tick.
  installFeedCalendarsAndReminders(core, hooks, commands);

  // --- Announcements: the minute tick that queues scheduled ones.
  installAnnouncements(core, hooks);

  // --- Web chat and command API: /, /api/ask, /api/command, /api/gradcheck.
  installWebChat(
    core,
    runner,
    { adminToken: config.ADMIN_TOKEN, sessionSecret: config.SESSION_SECRET, trustProxy: config.TRUST_PROXY },
    hooks,
  );

  const server = createHttpServer(routes, deps.log);
  const log = deps.log;
  let stopping: Promise<void> | undefined;
  return {
    core,
    server,
    platforms,
    async start() {
      // The answer engine learns its model from the content (about a second; read back from the data folder when the
      // content has not changed since the last start): before the first question.
      // (two models: the course's, and the one with the bot's command entries that decides whether a command answers)
      keepModelsIn(config.modelCacheDir);
      // (a fault while answering gets the student a fallback; the log keeps the error, never the question)
      reportEngineErrorsTo((err) =>
        log.error('answer engine failed on a question', { error: errorMessage(err) }),
      );
      const { origin } = getAnswerEngine(core.content);
      const withCommands = getAnswerEngine(withCommandEntries(core.content, commands)).origin;
      log.info('answer engine ready', { model: origin.from });
      const saveError = origin.saveError ?? withCommands.saveError;
      if (saveError) log.warn('answer engine: model not saved', { error: saveError });
      const port = await listen(server, config.PORT, config.HOST);
      // The core first, and always: a failing step is logged and the others still start.
      for (const s of [{ name: 'outbox', start: () => outbox.start() }, ...starters]) {
        try {
          await s.start();
        } catch (err) {
          log.error('start step failed', { step: s.name, error: errorMessage(err) });
        }
      }
      for (const p of platforms) p.start();
      return port;
    },
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        const deadline = Date.now() + graceMs;
        const left = () => Math.max(0, deadline - Date.now());
        // No new connections from now on; requests in progress get until the deadline (less a margin).
        const httpClosed = server.listening ? close(server, Math.max(0, graceMs - 500)) : Promise.resolve();
        for (const s of [...stoppers].reverse()) {
          try {
            await within(s(), left());
          } catch (err) {
            log.warn('stop step failed', { error: errorMessage(err) });
          }
        }
        await outbox.stop(Math.max(0, left() - 500));
        await Promise.all(platforms.map((p) => within(p.stop(), left()).catch(() => {})));
        await within(httpClosed, left() + 200).catch(() => {});
        db.close();
      })();
      return stopping;
    },
  };
}

/** Waits for `work`, at most `ms`; rejects when time ran out (the work may still be running). */
async function within(work: Promise<void> | void, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
