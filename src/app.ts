// The composition root: wires content, store, core services, HTTP routes and platforms together.
// Only this file and src/config.ts know about the environment; everything below receives what it needs.
import { errorMessage } from './core/error-message.ts';
import type http from 'node:http';
import type { Config } from './config.ts';
import type { Content, ContentPaths } from './content/load-content.ts';
import { systemClock, type Clock } from './core/clock.ts';
import type { Core } from './core/core.ts';
import type { Logger } from './core/logger.ts';
import { openDatabase } from './store/database.ts';
import { close, createHttpServer, listen, type HttpRoute } from './http/server.ts';
import { sendJson } from './http/http-kit.ts';
import { installFeedCalendarsAndReminders } from './feed/install.ts';
import { commands } from '../commands/index.ts';
import { createCommandRunner } from './core/run-command.ts';
import { installWebChat } from './web/install.ts';
import { installAnnouncements } from './announcements/install.ts';
import { Outbox } from './delivery/outbox.ts';
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
  /** Opens the port and starts background work; resolves to the bound port. */
  start(): Promise<number>;
  /** Stops background work, closes the server and the database. Safe to call twice. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? systemClock;
  const db = openDatabase(config.databaseFile);
  const outbox = new Outbox(db, clock, deps.log);
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
  };
  const routes: HttpRoute[] = [
    {
      method: 'GET',
      path: '/healthz',
      handle: (_req, res) =>
        sendJson(res, 200, {
          status: 'ok',
          course: core.content.course.name,
          faqEntries: core.content.faq.length,
          events: core.content.schedule.events.length,
        }),
    },
  ];
  const starters: (() => Promise<void> | void)[] = [];
  const stoppers: (() => Promise<void> | void)[] = [];
  // One runner for every platform and the web, so each user's rate-limit budget is counted in one place.
  const runner = createCommandRunner(core, commands);

  // The outbox starts first and stops last: everything below may post through it.
  starters.push(() => outbox.start());
  stoppers.push(() => outbox.stop());

  // Capabilities add their routes, starters and stoppers below, one block each, in this order:
  // destinations are registered before anything that posts starts.

  // --- Platforms (Discord, Slack): posters, routes (POST /slack/events), starters, stoppers.
  await installPlatforms(config, core, runner, { routes, starters, stoppers });

  // --- Feed, calendars and reminders: the feed poster, /api/feed, /calendar*.ics, the reminder tick.
  installFeedCalendarsAndReminders(core, { routes, starters, stoppers });

  // --- Announcements: the minute tick that queues scheduled ones.
  installAnnouncements(core, { routes, starters, stoppers });

  // --- Web chat and command API: /, /api/ask, /api/command, /api/gradcheck.
  installWebChat(
    core,
    runner,
    { adminToken: config.ADMIN_TOKEN, sessionSecret: config.SESSION_SECRET, trustProxy: config.TRUST_PROXY },
    { routes, starters, stoppers },
  );

  const server = createHttpServer(routes, deps.log);
  let stopped = false;
  return {
    core,
    server,
    async start() {
      const port = await listen(server, config.PORT, config.HOST);
      for (const s of starters) await s();
      return port;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const s of [...stoppers].reverse()) {
        try {
          await s();
        } catch (err) {
          deps.log.warn('stop step failed', { error: errorMessage(err) });
        }
      }
      if (server.listening) await close(server);
      db.close();
    },
  };
}
