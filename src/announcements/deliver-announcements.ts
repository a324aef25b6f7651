// Sends due announcements to every poster exactly once; a failed delivery is recorded, never retried in a loop.
import { errorMessage } from '../core/error-message.ts';
import type { Core } from '../core/core.ts';
import type { Post } from '../core/posting.ts';
import { AnnouncementStore, type Announcement, type Delivery } from './announcement-store.ts';

/** An announcement the bot missed by more than this (it was down) is marked expired instead of posted late. */
const ANNOUNCEMENT_MAX_LATENESS_MS = 24 * 60 * 60 * 1000;

function announcementPost(a: Announcement): Post {
  return { id: `announcement-${a.id}`, kind: 'announcement', text: a.text };
}

/** Delivers one announcement to every poster not yet claimed for it; returns its delivery records. */
export async function deliverAnnouncement(
  core: Core,
  store: AnnouncementStore,
  a: Announcement,
): Promise<Delivery[]> {
  const post = announcementPost(a);
  for (const poster of core.posters) {
    if (!store.claim(a.id, poster.name, core.clock.now())) continue;
    try {
      await poster.postToChannel(post);
      store.record(a.id, poster.name, 'sent', core.clock.now());
    } catch (err) {
      const message = errorMessage(err);
      store.record(a.id, poster.name, 'failed', core.clock.now(), message.slice(0, 500));
      core.log.warn('announcement delivery failed', {
        announcement: a.id,
        poster: poster.name,
        error: message,
      });
    }
  }
  store.finish(a.id, 'done');
  return store.deliveries(a.id);
}

/** One tick: every scheduled announcement whose time has come. */
export async function deliverDueAnnouncements(
  core: Core,
  store = new AnnouncementStore(core.db),
): Promise<number> {
  const now = core.clock.now();
  let delivered = 0;
  for (const a of store.due(now)) {
    if (now.getTime() - a.dueAt.getTime() > ANNOUNCEMENT_MAX_LATENESS_MS) {
      store.finish(a.id, 'expired');
      core.log.warn('announcement expired unsent (the bot was down when it was due)', { announcement: a.id });
      continue;
    }
    await deliverAnnouncement(core, store, a);
    delivered++;
  }
  return delivered;
}
