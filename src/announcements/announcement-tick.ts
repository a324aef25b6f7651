// The once-a-minute tick that posts due announcements; started and stopped by the composition root.
import type { Core } from '../core/core.ts';
import { createMinuteTick, type MinuteTick } from '../core/minute-tick.ts';
import { AnnouncementStore } from './announcement-store.ts';
import { deliverDueAnnouncements } from './deliver-announcements.ts';

/** A slow poster never lets two ticks claim at once (the claim would stop doubles anyway). */
export function createAnnouncementTick(core: Core): MinuteTick {
  const store = new AnnouncementStore(core.db);
  return createMinuteTick('announcement', () => deliverDueAnnouncements(core, store), core.log);
}
