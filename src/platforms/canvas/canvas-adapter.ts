// The Canvas platform's one entry point: polls Canvas every CANVAS_POLL_SECONDS (more slowly while it fails) for
// changed assignments; each step fails on its own and never holds up the rest of the bot.
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { createCanvasClient, type CanvasClientOptions } from './canvas-client.ts';
import type { CanvasSettings } from './canvas-config.ts';
import { createCanvasHealth } from './canvas-health.ts';
import { createDeadlineSync } from './deadline-sync.ts';

/** Failing polls wait twice as long each time, up to this. */
const MAX_POLL_DELAY_MS = 15 * 60_000;

export interface CanvasAdapter {
  /** One poll now; a call while one runs waits for that one. Never throws. */
  pollOnce(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface CanvasAdapterOptions {
  /** Time-outs and back-off of the HTTP client (tests shorten them). */
  client?: Partial<Omit<CanvasClientOptions, 'baseUrl' | 'token'>>;
}

export function createCanvasAdapter(
  settings: CanvasSettings,
  core: Core,
  _runner: CommandRunner,
  options: CanvasAdapterOptions = {},
): CanvasAdapter {
  const client = createCanvasClient({ baseUrl: settings.baseUrl, token: settings.token, ...options.client });
  const health = createCanvasHealth(core.log);
  const deadlines = createDeadlineSync(core, client, settings.courseId);
  const steps: [string, () => Promise<void>][] = [['deadlines', () => deadlines.poll()]];

  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  const pollOnce = (): Promise<void> => {
    running ??= (async () => {
      for (const [name, step] of steps) {
        try {
          await step();
        } catch (err) {
          health.failed(name, err);
        }
      }
      health.pollDone();
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const loop = async (): Promise<void> => {
    await pollOnce();
    if (stopped) return;
    const delay = Math.min(
      Math.max(MAX_POLL_DELAY_MS, settings.pollSeconds * 1000),
      settings.pollSeconds * 1000 * 2 ** Math.min(health.failures, 6),
    );
    timer = setTimeout(() => void loop(), delay);
  };

  return {
    pollOnce,
    start() {
      stopped = false;
      // Not awaited: a slow or absent Canvas must not hold up the start of the other platforms.
      void loop();
      core.log.info('canvas: started', { pollSeconds: settings.pollSeconds, inbox: settings.inboxReply });
      return Promise.resolve();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
