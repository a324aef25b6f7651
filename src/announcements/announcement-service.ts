// What commands may do with announcements: schedule, post now (and hear where it went), list, cancel.
import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.ts';
import type { DeliveryRecord, Outbox } from '../delivery/outbox.ts';
import { AnnouncementStore, type Announcement } from './announcement-store.ts';
import { announcementItemId, queueAnnouncement } from './deliver-announcements.ts';

export interface AnnouncementService {
  /** Stores an announcement to post at `dueAt` (the minute tick queues it then). */
  schedule(text: string, dueAt: Date): Announcement;
  /**
   * Posts now to every destination, waiting at most `waitMs` for them; null when there is no destination.
   * Destinations still failing after that keep being retried by the outbox.
   */
  postNow(
    text: string,
    waitMs: number,
  ): Promise<{ announcement: Announcement; records: DeliveryRecord[] } | null>;
  /** Scheduled announcements, soonest first. */
  pending(): Announcement[];
  get(id: number): Announcement | null;
  /** False when it is not scheduled (unknown, posted or cancelled). */
  cancel(id: number): boolean;
}

export function createAnnouncementService(deps: {
  db: Database.Database;
  clock: Clock;
  outbox: Outbox;
}): AnnouncementService {
  const store = new AnnouncementStore(deps.db);
  return {
    schedule: (text, dueAt) => store.add(text, dueAt, deps.clock.now()),
    async postNow(text, waitMs) {
      if (!deps.outbox.destinations().some((d) => d.broadcast !== false)) return null;
      const now = deps.clock.now();
      const announcement = store.add(text, now, now);
      queueAnnouncement(deps, store, announcement);
      return { announcement, records: await deps.outbox.settle(announcementItemId(announcement.id), waitMs) };
    },
    pending: () => store.pending(),
    get: (id) => store.get(id),
    cancel: (id) => store.cancel(id),
  };
}
