// Adds the web chat, the command API and the announcement tick to the app (called from src/app.ts).
import type { Core } from '../core/core.ts';
import type { CommandRunner } from '../core/run-command.ts';
import type { AppHooks } from '../core/app-hooks.ts';
import { createAnnouncementTick } from '../announcements/announcement-tick.ts';
import { createWebRoutes } from './web-routes.ts';

export function installWebChat(
  core: Core,
  runner: CommandRunner,
  options: { adminToken: string | undefined; sessionSecret?: string | undefined; trustProxy?: number },
  hooks: AppHooks,
): void {
  hooks.routes.push(...createWebRoutes({ core, runner, ...options }));
  const tick = createAnnouncementTick(core);
  hooks.starters.push(() => tick.start());
  hooks.stoppers.push(() => tick.stop());
}
