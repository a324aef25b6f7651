// Runs reminders while the bot is up: a tick at start (sends what was missed, within the grace window), then one
// a minute from node-cron; reloads content on SIGHUP or a schedule file change.
import { errorMessage } from '../core/error-message.ts';
import cron, { type ScheduledTask } from 'node-cron';
import type { Core } from '../core/core.ts';
import { reloadContent, watchSchedule } from './reload-content.ts';
import { runReminderTick } from './reminder-tick.ts';

export interface ReminderService {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs one tick now; overlapping calls wait for the running one instead of starting another. */
  tick(): Promise<void>;
}

export function createReminderService(core: Core, options: { watch?: boolean } = {}): ReminderService {
  let task: ScheduledTask | undefined;
  let stopWatching: (() => void) | undefined;
  let running: Promise<void> | undefined;
  const onHup = (): void => {
    reloadContent(core, 'SIGHUP');
  };
  const tick = (): Promise<void> => {
    running ??= runReminderTick(core)
      .then(
        (r) => {
          if (r.sent + r.skipped + r.failed > 0) core.log.info('reminder tick', { ...r });
        },
        (err: unknown) => core.log.error('reminder tick failed', { error: errorMessage(err) }),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    tick,
    async start() {
      await tick();
      task = cron.schedule('* * * * *', () => tick(), { name: 'reminders', noOverlap: true });
      if (options.watch !== false) stopWatching = watchSchedule(core);
      process.on('SIGHUP', onHup);
    },
    async stop() {
      process.off('SIGHUP', onHup);
      stopWatching?.();
      await task?.destroy();
      await running;
    },
  };
}
