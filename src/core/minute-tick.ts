// A job run once at start (catching up on what came due while the bot was down), then at every minute of the clock
// (node-cron's for the system clock; a test's clock has none, so only the test runs it).
import type { Clock } from './clock.ts';
import { errorMessage } from './error-message.ts';
import type { Logger } from './logger.ts';

export interface TickStatus {
  name: string;
  /** When a run last ended, and when one last succeeded (ISO, the system clock). */
  lastRunAt?: string;
  lastOkAt?: string;
  /** The last run's error; absent when it succeeded. */
  lastError?: string;
}

export interface MinuteTick {
  status(): TickStatus;
  /** Runs the job now; a call while it runs waits for that run instead of starting another. */
  tick(): Promise<void>;
  start(): Promise<void>;
  /** Stops the minute schedule and waits for a running job. */
  stop(): Promise<void>;
}

/** A failed run is logged as `NAME tick failed` and never thrown: the next minute tries again. */
export function createMinuteTick(
  name: string,
  run: () => Promise<unknown>,
  log: Logger,
  clock: Clock,
): MinuteTick {
  let stopSchedule: (() => Promise<void>) | undefined;
  let running: Promise<void> | undefined;
  let status: TickStatus = { name };
  const tick = (): Promise<void> => {
    running ??= run()
      .then(
        () => {
          const at = new Date().toISOString();
          status = { name, lastRunAt: at, lastOkAt: at };
        },
        (err: unknown) => {
          const error = errorMessage(err);
          status = { ...status, lastRunAt: new Date().toISOString(), lastError: error };
          log.error(`${name} tick failed`, { error });
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    status: () => ({ ...status }),
    tick,
    async start() {
      await tick();
      stopSchedule = clock.everyMinute?.(name, () => void tick());
    },
    async stop() {
      await stopSchedule?.();
      stopSchedule = undefined;
      await running;
    },
  };
}
