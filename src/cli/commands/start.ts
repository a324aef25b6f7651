// `start`: loads and validates content, opens the store, serves HTTP, and shuts down cleanly on SIGINT/SIGTERM (or
// when the npm script that started it ends).
import type { Command } from 'commander';
import { placeholderWarnings, unsetPublicUrl } from '../../content/placeholders.ts';
import { documentWarnings } from '../../content/document-warnings.ts';
import { scheduleWarnings } from '../../schedule/schedule-warnings.ts';
import { systemClock } from '../../core/clock.ts';
import { configOrReport, contentOrReport, SCHEDULE_OPTION_HELP } from '../load-or-report.ts';
import { createLogger } from '../../core/logger.ts';
import { envFileLoaded } from '../env-file.ts';
import { commands } from '../../../commands/index.ts';

/**
 * SIGTERM: stop taking work and finish what is in flight within this long, then exit. The process exits at the latest
 * at SHUTDOWN_EXIT_MS, inside the 10 s that `docker stop` and systemd's default wait before they kill it.
 */
const SHUTDOWN_GRACE_MS = 8_000;
const SHUTDOWN_EXIT_MS = 9_500;

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start the bot: web chat and calendars on PORT, plus Discord/Slack when configured')
    .option('--faq <dir>', 'FAQ folder (default: FAQ_DIR or faq/)')
    .option('--schedule <file>', SCHEDULE_OPTION_HELP)
    .option('--port <port>', 'HTTP port (default: PORT or 3000)')
    .action(async (opts: { faq?: string; schedule?: string; port?: string }) => {
      const config = configOrReport({ ...process.env, ...(opts.port !== undefined && { PORT: opts.port }) });
      if (!config) return;
      const log = createLogger(config.LOG_LEVEL);
      const contentPaths = {
        faqDir: opts.faq ?? config.FAQ_DIR,
        scheduleFile: opts.schedule ?? config.SCHEDULE_FILE,
      };
      const content = contentOrReport(
        contentPaths,
        'Not starting: the course content has problems. Fix them and start again.',
        commands,
      );
      if (!content) return;
      // Loaded here, not at the top: the platforms are heavy and other CLI commands must start fast.
      const { createApp } = await import('../../app.ts');
      const app = await createApp(config, { content, contentPaths, log });
      // Signals are handled before anything starts, so a SIGTERM during start-up still stops cleanly.
      let exiting = false;
      const shutdown = (signal: string): void => {
        if (exiting) return;
        exiting = true;
        log.info('shutting down', { signal, graceSeconds: SHUTDOWN_GRACE_MS / 1000 });
        // The app stops within the grace period; this timer is the last resort if something ignores it.
        setTimeout(() => {
          log.error('shutdown took too long; exiting anyway');
          process.exit(1);
        }, SHUTDOWN_EXIT_MS).unref();
        void app.stop(SHUTDOWN_GRACE_MS).then(() => process.exit(0));
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      // `npm start` runs the bot through a shell, and a SIGTERM to npm (a process manager, `kill`) ends npm and the
      // shell but never reaches the bot, which would keep running orphaned and hold the port. So a bot an npm script
      // started stops when its parent is gone (the system hands the orphan to another parent); one started any other
      // way (node directly, Docker, systemd, `node … &` from a shell that then exits) keeps running without it.
      if (process.env.npm_lifecycle_event) {
        const parentPid = process.ppid;
        const watch = setInterval(() => {
          if (process.ppid === parentPid) return;
          clearInterval(watch);
          log.info('the npm process that started the bot has ended', { parentPid });
          shutdown('npm ended');
        }, 1_000).unref();
      }
      const port = await app.start();
      const envFile = envFileLoaded().file ?? 'none: settings from the environment only';
      log.info('course bot started', {
        port,
        publicUrl: config.publicUrl,
        course: content.course.name,
        envFile,
        platforms: app.platforms.map((p) => p.name),
      });
      // The same placeholders validate warns about: the bot runs, but students would see them.
      const publicUrl = unsetPublicUrl({ publicUrl: config.PUBLIC_URL });
      const warnings = placeholderWarnings(content, { publicUrl: config.PUBLIC_URL });
      if (publicUrl) warnings.push(publicUrl);
      for (const warning of warnings) log.warn('placeholder still in place', { warning });
      for (const warning of documentWarnings(content.documents ?? []))
        log.warn('document text students should not see', { warning });
      for (const warning of scheduleWarnings(content.schedule, systemClock.now()))
        log.warn('schedule check', { warning });
      console.log(
        `Course bot for "${content.course.name}" is running: open http://localhost:${port}/ (settings file: ${envFile})`,
      );
    });
}
