// Wires the configured chat platforms into the app: one shared runner, each adapter's poster, routes and lifecycle.
import type { Config } from '../../config.ts';
import type { CommandDefinition } from '../../core/command.ts';
import type { Core } from '../../core/core.ts';
import { createCommandRunner } from '../../core/run-command.ts';
import type { HttpRoute } from '../../http/server.ts';
import type { PlatformAdapter } from './platform-adapter.ts';

export interface PlatformSlots {
  routes: HttpRoute[];
  starters: (() => Promise<void> | void)[];
  stoppers: (() => Promise<void> | void)[];
}

/** Discord and Slack are each installed only when their credentials are set; their libraries load only then. */
export async function installPlatforms(
  config: Config,
  core: Core,
  slots: PlatformSlots,
  commands: readonly CommandDefinition[],
): Promise<PlatformAdapter[]> {
  const runner = createCommandRunner(core, commands);
  const adapters: PlatformAdapter[] = [];
  if (config.DISCORD_TOKEN) {
    const { createDiscordAdapter } = await import('../discord/discord-adapter.ts');
    adapters.push(createDiscordAdapter(config, core, runner));
  }
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import('../slack/slack-adapter.ts');
    adapters.push(createSlackAdapter(config, core, runner));
  }
  for (const adapter of adapters) {
    core.posters.push(adapter.poster);
    slots.routes.push(...adapter.routes);
    slots.starters.push(() => adapter.start());
    slots.stoppers.push(() => adapter.stop());
  }
  return adapters;
}
