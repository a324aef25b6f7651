// Adds the web chat and the command API to the app (called from src/app.ts).
import type { Core } from '../core/core.ts';
import type { CommandRunner } from '../core/run-command.ts';
import type { AppHooks } from '../core/app-hooks.ts';
import { createWebRoutes } from './web-routes.ts';

export function installWebChat(
  core: Core,
  runner: CommandRunner,
  options: { adminToken: string | undefined; sessionSecret?: string | undefined; trustProxy?: number },
  hooks: AppHooks,
): void {
  hooks.routes.push(...createWebRoutes({ core, runner, ...options }));
}
