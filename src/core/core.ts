// The core services a command can use. Built once by the composition root (src/app.ts); no platform types here.
import type Database from 'better-sqlite3';
import type { Clock } from './clock.ts';
import type { Content, ContentPaths } from '../content/load-content.ts';
import type { Logger } from './logger.ts';
import type { Outbox } from '../delivery/outbox.ts';
import type { Schedule } from '../schedule/schedule.ts';
import type { AnnouncementService } from '../announcements/announcement-service.ts';
import type { ReminderPreferences } from '../reminders/opt-in-store.ts';
import type { SubscriptionService } from '../subscriptions/subscription-store.ts';

/** What commands use instead of the database (built by src/core/services.ts). */
export interface CoreServices {
  announcements: AnnouncementService;
  subscriptions: SubscriptionService;
  reminders: ReminderPreferences;
}

export interface Core extends CoreServices {
  content: Content;
  clock: Clock;
  /** For capabilities' own stores; commands use the services instead (a lint rule keeps them off it). */
  db: Database.Database;
  log: Logger;
  config: CoreConfig;
  /** Everything the bot posts on its own goes through here (the web feed always; Discord, Slack when configured). */
  outbox: Outbox;
  /**
   * Adds events from elsewhere (Canvas assignments) to every schedule loaded from the file, so a reload keeps
   * them. Set by the platform that imports them; absent otherwise.
   */
  extendSchedule?: (fromFile: Schedule) => Schedule;
}

export interface CoreConfig {
  /** Public base URL of the bot's HTTP server (links in calendars and replies), without a trailing slash. */
  publicUrl: string;
  /** Where the content was loaded from, so it can be reloaded (SIGHUP, file change). */
  contentPaths: ContentPaths;
  /** A reminder missed while the bot was down is still sent when at most this late. */
  reminderGraceMinutes: number;
  questionLogRetentionDays: number;
}
