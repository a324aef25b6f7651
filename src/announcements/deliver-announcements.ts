// Hands due announcements to the outbox, once each, for every destination; the outbox posts and retries them.
import type { Core } from '../core/core.ts';
import type { Post } from '../core/posting.ts';
import type { Render } from '../delivery/outbox.ts';
import { AnnouncementStore, type Announcement } from './announcement-store.ts';

/** An announcement is posted at most this long after its time (the bot or a platform was down); then given up. */
export const ANNOUNCEMENT_WINDOW_MS = 24 * 60 * 60 * 1000;
export const ANNOUNCEMENT_KIND = 'announcement';

interface AnnouncementPayload {
  id: number;
  text: string;
}

export function announcementItemId(id: number): string {
  return `announcement-${id}`;
}

export const renderAnnouncement: Render = (payload) => {
  const a = payload as AnnouncementPayload;
  const post: Post = { id: announcementItemId(a.id), kind: 'announcement', text: a.text };
  return post;
};

/**
 * Marks the announcement done and queues it for every destination in one transaction, so two ticks or two
 * processes queue it once. An announcement already past its window is recorded as given up instead.
 */
export function queueAnnouncement(
  core: Pick<Core, 'db' | 'clock' | 'outbox'>,
  store: AnnouncementStore,
  a: Announcement,
): boolean {
  const now = core.clock.now();
  const expiresAt = new Date(a.dueAt.getTime() + ANNOUNCEMENT_WINDOW_MS);
  const late = now.getTime() >= expiresAt.getTime();
  return core.db.transaction(() => {
    if (!store.finish(a.id, late ? 'expired' : 'done')) return false;
    core.outbox.enqueue({
      id: announcementItemId(a.id),
      kind: ANNOUNCEMENT_KIND,
      payload: { id: a.id, text: a.text } satisfies AnnouncementPayload,
      notBefore: a.dueAt,
      expiresAt,
      ...(late && { giveUp: `too late: due at ${a.dueAt.toISOString()} and the bot was down` }),
    });
    return !late;
  })();
}

/** One tick: every scheduled announcement whose time has come goes to the outbox. */
export function queueDueAnnouncements(core: Core, store = new AnnouncementStore(core.db)): number {
  let queued = 0;
  for (const a of store.due(core.clock.now())) if (queueAnnouncement(core, store, a)) queued++;
  return queued;
}
