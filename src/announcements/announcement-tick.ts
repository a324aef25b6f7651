// The once-a-minute tick that posts due announcements; started and stopped by the composition root.
import cron, { type ScheduledTask } from 'node-cron';
import type { Core } from '../core/core.ts';
import { AnnouncementStore } from './announcement-store.ts';
import { deliverDueAnnouncements } from './deliver-announcements.ts';

export function createAnnouncementTick(core: Core): { start(): Promise<void>; stop(): Promise<void> } {
  const store = new AnnouncementStore(core.db);
  let task: ScheduledTask | null = null;
  let running: Promise<unknown> | null = null;
  const tick = async (): Promise<void> => {
    // A slow poster must not let two ticks claim concurrently; the claim would stop doubles anyway.
    if (running) return;
    running = deliverDueAnnouncements(core, store)
      .catch((err: unknown) =>
        core.log.error('announcement tick failed', {
          error: err instanceof Error ? err.message : String(err),
        }),
      )
      .finally(() => {
        running = null;
      });
    await running;
  };
  return {
    async start() {
      await tick(); // catch up on what came due while the bot was down
      task = cron.schedule('* * * * *', tick, { noOverlap: true });
    },
    async stop() {
      await task?.destroy();
      task = null;
      await running;
    },
  };
}
