// `start`: loads and validates content, opens the store, serves HTTP, and shuts down cleanly on SIGINT/SIGTERM.
import type { Command } from 'commander';
import { configOrReport, contentOrReport } from '../load-or-report.ts';
import { createLogger } from '../../core/logger.ts';
import { envFileLoaded } from '../env-file.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start the bot: web chat and calendars on PORT, plus Discord/Slack when configured')
    .option('--faq <dir>', 'FAQ folder (default: FAQ_DIR or faq/)')
    .option('--schedule <file>', 'schedule file (default: SCHEDULE_FILE or schedules/sample.yaml)')
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
      );
      if (!content) return;
      // Loaded here, not at the top: the platforms are heavy and other CLI commands must start fast.
      const { createApp } = await import('../../app.ts');
      const app = await createApp(config, { content, contentPaths, log });
      const port = await app.start();
      const envFile = envFileLoaded().file ?? 'none: settings from the environment only';
      log.info('course bot started', {
        port,
        publicUrl: config.publicUrl,
        course: content.course.name,
        envFile,
      });
      console.log(
        `Course bot for "${content.course.name}" is running: open http://localhost:${port}/ (settings file: ${envFile})`,
      );
      const shutdown = (signal: string): void => {
        log.info('shutting down', { signal });
        void app.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
}
