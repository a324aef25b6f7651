// Wires the feed, the calendars and the reminders into the app: one call from the composition root.
import type { AppHooks } from '../core/app-hooks.ts';
import type { CommandDefinition } from '../core/command.ts';
import type { Core } from '../core/core.ts';
import { calendarRoutes } from '../calendar/calendar-routes.ts';
import { posterDestination } from '../delivery/poster-destination.ts';
import { createReminderService } from '../reminders/reminder-service.ts';
import { createFeedPoster } from './feed-poster.ts';
import { feedRoutes } from './feed-routes.ts';

/** `commands`: the bot's commands, which a reload checks the course file's `commands.off` against (as `start`). */
export function installFeedCalendarsAndReminders(
  core: Core,
  hooks: AppHooks,
  commands: readonly CommandDefinition[],
): void {
  // The feed is always a destination, whatever platforms are configured.
  // It stores by post id, so an interrupted delivery is simply repeated.
  core.outbox.registerDestination(
    posterDestination(createFeedPoster(core.db, core.clock), { idempotent: true }),
  );
  hooks.routes.push(...feedRoutes(core.db), ...calendarRoutes(core));
  const reminders = createReminderService(core, commands);
  hooks.ticks?.push(reminders);
  hooks.starters.push({ name: 'reminders tick', start: () => reminders.start() });
  hooks.stoppers.push(() => reminders.stop());
}
