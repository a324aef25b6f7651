// Wires the configured chat platforms into the app: the app's runner, each adapter's destination, routes and connection.
import type { Config } from '../../config.ts';
import type { AppHooks } from '../../core/app-hooks.ts';
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { createPlatformConnection, type PlatformConnectionOptions } from '../../core/platform-connection.ts';
import { posterDestination } from '../../delivery/poster-destination.ts';
import type { PlatformAdapter } from './platform-adapter.ts';
import { canvasSettings } from '../canvas/canvas-config.ts';

/** Each platform is installed only when its credentials are set; its code loads only then. */
export async function installPlatforms(
  config: Config,
  core: Core,
  runner: CommandRunner,
  hooks: AppHooks,
  retry: Pick<
    PlatformConnectionOptions,
    'baseDelayMs' | 'maxDelayMs' | 'attemptTimeoutMs' | 'probeEveryMs'
  > = {},
): Promise<void> {
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
    const name = adapter.poster.name;
    const probe = adapter.probe?.bind(adapter);
    core.outbox.registerDestination(posterDestination(adapter.poster));
    hooks.routes.push(...adapter.routes);
    // Each platform connects on its own, with retries; what waits for it in the outbox goes as soon as it is up.
    const connection = createPlatformConnection(
      name,
      () => adapter.start(),
      () => adapter.stop(),
      {
        ...retry,
        log: core.log,
        onUp: () => core.outbox.retryNow(name),
        ...(probe && { probe }),
      },
    );
    adapter.watch?.((state, error) => connection.report(state, error));
    core.outbox.onOutcome((destination, ok) => {
      if (destination === name) connection.callOutcome(ok);
    });
    hooks.platforms?.push(connection);
  }
  // Canvas is polled: no routes, and its start does not wait for Canvas.
  const canvas = canvasSettings(config);
  if (canvas) {
    const { createCanvasAdapter } = await import('../canvas/canvas-adapter.ts');
    const adapter = createCanvasAdapter(canvas, core, runner);
    hooks.starters.push({ name: 'canvas', start: () => adapter.start() });
    hooks.stoppers.push(() => adapter.stop());
    hooks.polled?.push(() => adapter.status());
  }
}
