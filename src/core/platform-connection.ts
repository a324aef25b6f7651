// Connects one platform in the background, retrying with backoff, and keeps its state for readiness; the bot
// runs with the platforms that are up, and one that cannot connect holds up nothing else.
import { errorMessage } from './error-message.ts';
import type { Logger } from './logger.ts';

export type PlatformState = 'connecting' | 'up' | 'down' | 'stopped';

export interface PlatformStatus {
  name: string;
  state: PlatformState;
  /** When the state last changed (ISO). */
  since: string;
  /** Failed connection attempts since the last success. */
  failures: number;
  error?: string;
}

export interface PlatformConnectionOptions {
  log: Logger;
  /** First retry after this long, doubling up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A connection attempt still running after this long counts as failed. */
  attemptTimeoutMs?: number;
  /** Called each time the platform comes up (the outbox then retries what waits for it). */
  onUp?: () => void;
}

export interface PlatformConnection {
  readonly name: string;
  /** Starts connecting in the background; never throws. */
  start(): void;
  /** Stops retrying and disconnects. */
  stop(): Promise<void>;
  status(): PlatformStatus;
  /** The adapter saw the connection drop (a gateway disconnect) or come back. */
  report(state: 'up' | 'down', error?: string): void;
}

export function createPlatformConnection(
  name: string,
  connect: () => Promise<void>,
  disconnect: () => Promise<void>,
  options: PlatformConnectionOptions,
): PlatformConnection {
  const { log } = options;
  const base = options.baseDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 60_000;
  const attemptTimeout = options.attemptTimeoutMs ?? 30_000;
  let status: PlatformStatus = { name, state: 'connecting', since: new Date().toISOString(), failures: 0 };
  let stopped = false;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;

  const set = (state: PlatformState, error?: string): void => {
    const failures = state === 'up' ? 0 : status.failures;
    status = { name, state, since: new Date().toISOString(), failures, ...(error && { error }) };
  };

  const attempt = async (): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no connection within ${Math.round(attemptTimeout / 1000)} s`)),
        attemptTimeout,
      );
    });
    try {
      await Promise.race([connect(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        await attempt();
        if (stopped) return;
        set('up');
        log.info(`${name}: connected`);
        options.onUp?.();
        return;
      } catch (err) {
        if (stopped) return;
        const error = errorMessage(err);
        status.failures++;
        const delay = Math.min(base * 2 ** Math.min(status.failures - 1, 20), max);
        set('down', error);
        log.error(`${name}: cannot connect; retrying`, {
          error,
          failures: status.failures,
          retryInMs: delay,
        });
        // A half-open client is closed before the next try, so two never run at once.
        await disconnect().catch(() => {});
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  };

  return {
    name,
    start() {
      stopped = false;
      set('connecting');
      loop = run();
    },
    async stop() {
      stopped = true;
      wake?.();
      // An attempt in progress (a login waiting on a hung API) is not waited for: disconnecting ends it.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loop, new Promise<void>((resolve) => (timer = setTimeout(resolve, 500)))]);
      clearTimeout(timer);
      set('stopped');
      await disconnect().catch((err: unknown) =>
        log.warn(`${name}: disconnect failed`, { error: errorMessage(err) }),
      );
    },
    status: () => ({ ...status }),
    report(state, error) {
      if (stopped || status.state === state) return;
      set(state, error);
      if (state === 'up') {
        log.info(`${name}: connection back`);
        options.onUp?.();
      } else log.warn(`${name}: connection lost`, { ...(error && { error }) });
    },
  };
}
