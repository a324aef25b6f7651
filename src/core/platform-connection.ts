// Connects one platform in the background, retrying with backoff, and keeps its state for readiness; the bot
// runs with the platforms that are up, and one that cannot connect holds up nothing else. Once connected, a cheap
// call (Slack's auth.test, Discord's gateway and GET /gateway/bot) probes the platform every minute, and soon
// after a failed delivery: a probe that fails marks it down, and it is then probed with backoff (at most a minute
// apart) until it answers, or until any call to it succeeds, so readiness turns 503 and back within a minute.
import { errorMessage } from './error-message.ts';
import type { Logger } from './logger.ts';

export type PlatformState = 'connecting' | 'up' | 'down' | 'stopped';

export interface PlatformStatus {
  name: string;
  state: PlatformState;
  /** When the state last changed (ISO). */
  since: string;
  /** Failed connection attempts (or probes) since the last success. */
  failures: number;
  error?: string;
  /** Polled platforms (Canvas): when a poll last went through (ISO). */
  lastOkAt?: string;
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
  /** A cheap call that rejects when the platform does not answer (or its connection is not open). */
  probe?: () => Promise<void>;
  /** How often the probe runs while the platform is up, and the longest wait between probes while it is down. */
  probeEveryMs?: number;
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
  /**
   * A call to the platform (a delivery) succeeded or failed: a success marks a platform its probe found down as up
   * again; a failure has it probed soon.
   */
  callOutcome(ok: boolean): void;
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
  const probeEvery = options.probeEveryMs ?? 60_000;
  const probeTimeout = Math.min(attemptTimeout, 10_000);
  let status: PlatformStatus = { name, state: 'connecting', since: new Date().toISOString(), failures: 0 };
  let stopped = false;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  /** Who said the platform is down: the probe (a success clears it) or the adapter (only it clears it). */
  let downBy: 'probe' | 'adapter' | undefined;
  let probeTimer: NodeJS.Timeout | undefined;
  let probing = false;
  let probeFailures = 0;
  /** The first connection succeeded: from then on probes and reports, not the connect loop, set the state. */
  let connected = false;

  const set = (state: PlatformState, error?: string): void => {
    const failures = state === 'up' ? 0 : status.failures;
    status = { name, state, since: new Date().toISOString(), failures, ...(error && { error }) };
    if (state !== 'down') downBy = undefined;
  };

  const cameBack = (): void => {
    set('up');
    log.info(`${name}: connection back`);
    options.onUp?.();
  };

  const attempt = (work: Promise<void>, ms: number, what: string): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} within ${Math.round(ms / 1000)} s`)), ms);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  };

  /** The next probe in `ms` (replacing one planned later); none without a probe or once stopped. */
  const probeIn = (ms: number): void => {
    if (!options.probe || stopped) return;
    clearTimeout(probeTimer);
    probeTimer = setTimeout(() => void probeNow(), ms);
    probeTimer.unref();
  };

  const probeNow = async (): Promise<void> => {
    if (!options.probe || stopped || probing || !connected) return;
    probing = true;
    try {
      await attempt(options.probe(), probeTimeout, 'no answer');
      if (stopped) return;
      probeFailures = 0;
      if (status.state === 'down' && downBy === 'probe') cameBack();
      probeIn(probeEvery);
    } catch (err) {
      if (stopped) return;
      const error = errorMessage(err);
      probeFailures++;
      status.failures++;
      if (status.state === 'up') {
        set('down', error);
        downBy = 'probe';
        log.warn(`${name}: not answering`, { error });
      } else if (downBy === 'probe') status.error = error;
      probeIn(Math.min(base * 2 ** Math.min(probeFailures - 1, 20), probeEvery));
    } finally {
      probing = false;
    }
  };

  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        await attempt(connect(), attemptTimeout, 'no connection');
        if (stopped) return;
        connected = true;
        set('up');
        log.info(`${name}: connected`);
        options.onUp?.();
        probeIn(probeEvery);
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
      connected = false;
      set('connecting');
      loop = run();
    },
    async stop() {
      stopped = true;
      wake?.();
      clearTimeout(probeTimer);
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
      if (stopped || !connected) return; // the connect loop is in charge until it succeeds
      if (state === 'up') {
        if (status.state !== 'up') cameBack();
        return;
      }
      if (status.state === 'down' && downBy === 'adapter') return;
      set('down', error);
      downBy = 'adapter';
      log.warn(`${name}: connection lost`, { ...(error && { error }) });
    },
    callOutcome(ok) {
      if (stopped) return;
      if (ok && status.state === 'down' && downBy === 'probe') {
        cameBack();
        probeFailures = 0;
        probeIn(probeEvery);
      } else if (!ok && status.state === 'up') probeIn(base);
    },
  };
}
