// Runs reminders while the bot is up: a tick at start (sends what was missed, within the grace window), then one
// a minute from node-cron; reloads content on SIGHUP or a schedule file change.
import type { CommandDefinition } from '../core/command.ts';
import type { Core } from '../core/core.ts';
import { createMinuteTick, type MinuteTick } from '../core/minute-tick.ts';
import { reloadContent, watchSchedule } from './reload-content.ts';
import { REMINDER_KIND, reminderRenderer, runReminderTick } from './reminder-tick.ts';

export interface ReminderService {
  status: MinuteTick['status'];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs one tick now; overlapping calls wait for the running one instead of starting another. */
  tick(): Promise<void>;
}

/** `commands`: the bot's commands, which a reloaded course file's `commands.off` is checked against. */
export function createReminderService(
  core: Core,
  commands: readonly CommandDefinition[],
  options: { watch?: boolean } = {},
): ReminderService {
  let stopWatching: (() => void) | undefined;
  const onHup = (): void => {
    reloadContent(core, 'SIGHUP', commands);
  };
  core.outbox.registerKind(
    REMINDER_KIND,
    reminderRenderer(() => core.content.schedule),
  );
  const minute = createMinuteTick('reminder', async () => runReminderTick(core), core.log, core.clock);
  return {
    status: minute.status,
    tick: minute.tick,
    async start() {
      await minute.start();
      if (options.watch !== false) stopWatching = watchSchedule(core, commands);
      process.on('SIGHUP', onHup);
    },
    async stop() {
      process.off('SIGHUP', onHup);
      stopWatching?.();
      await minute.stop();
    },
  };
}
