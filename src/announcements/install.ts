// The announcement capability: renders announcements for the outbox and queues scheduled ones every minute.
import type { AppHooks } from '../core/app-hooks.ts';
import type { Core } from '../core/core.ts';
import { createMinuteTick } from '../core/minute-tick.ts';
import { AnnouncementStore } from './announcement-store.ts';
import { ANNOUNCEMENT_KIND, queueDueAnnouncements, renderAnnouncement } from './deliver-announcements.ts';

export function installAnnouncements(core: Core, hooks: AppHooks): void {
  core.outbox.registerKind(ANNOUNCEMENT_KIND, renderAnnouncement);
  const store = new AnnouncementStore(core.db);
  const tick = createMinuteTick(
    'announcement',
    async () => queueDueAnnouncements(core, store),
    core.log,
    core.clock,
  );
  hooks.ticks?.push(tick);
  hooks.starters.push({ name: 'announcements tick', start: () => tick.start() });
  hooks.stoppers.push(() => tick.stop());
}
