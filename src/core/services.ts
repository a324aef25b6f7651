// The services commands use (announcements, calendar subscriptions, reminder preferences), built over the
// database, the clock and the outbox, so that commands never touch the database themselves.
import type Database from 'better-sqlite3';
import { createAnnouncementService } from '../announcements/announcement-service.ts';
import type { Outbox } from '../delivery/outbox.ts';
import { createReminderPreferences } from '../reminders/opt-in-store.ts';
import { REMINDER_KIND } from '../reminders/reminder-tick.ts';
import { createSubscriptionService } from '../subscriptions/subscription-store.ts';
import type { Clock } from './clock.ts';
import type { CoreServices } from './core.ts';

export function createCoreServices(deps: {
  db: Database.Database;
  clock: Clock;
  outbox: Outbox;
  /** Read at each use: the links always carry the current public URL. */
  publicUrl: () => string;
}): CoreServices {
  return {
    announcements: createAnnouncementService(deps),
    subscriptions: createSubscriptionService(deps.db, deps.publicUrl),
    reminders: createReminderPreferences(
      deps.db,
      (platform) => deps.outbox.destination(platform)?.direct === true,
      (platform, userId) =>
        deps.outbox.cancelForRecipient(
          platform,
          userId,
          REMINDER_KIND,
          'the user turned direct-message reminders off',
        ),
    ),
  };
}
