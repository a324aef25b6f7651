/**
 * The outbox: the one way the bot posts anything on its own (reminders, announcements, board replies).
 *
 * - `registerDestination({ name, deliver(item, signal) })` adds a place to deliver to (`feed`, `discord`,
 *   `slack`, `canvas`). A destination may be registered before its platform is connected: items wait and are
 *   retried. `broadcast: false` keeps it out of "every destination" items (it then only gets items enqueued for
 *   it by name); `direct: true` says it can deliver to one user (`recipient`).
 * - `registerKind(kind, render)` renders an item's payload into a `Post` at send time (so "due in 10 minutes" is
 *   true when it is sent) or returns `{ skip: reason }` when it is no longer worth sending. Kinds without a
 *   renderer reach the destination with `post` absent; the destination reads `payload` itself.
 * - `enqueue({ id, kind, payload, expiresAt, destinations?, recipient?, notBefore? })` stores one row per
 *   destination (all broadcast destinations when `destinations` is absent). The same item id for the same
 *   destination and recipient is stored once, whoever enqueues it and however often.
 *
 * Each destination drains on its own loop, one item at a time: the row is claimed (status `sending`), the
 * destination is called with a time-out, then the row is marked `sent`, or retried with exponential backoff until
 * `expiresAt`, or given up with the reason. A process killed while sending leaves its row `sending`; the next
 * start gives it up as "interrupted" and logs the item (it may or may not have arrived, and sending it again
 * could post it twice) unless the destination is `idempotent`, in which case it is sent again.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.ts';
import { errorMessage } from '../core/error-message.ts';
import type { Logger } from '../core/logger.ts';
import type { Post } from '../core/posting.ts';
import { OutboxStore, type OutboxRow, type OutboxStatus } from './outbox-store.ts';

export interface OutboxItem {
  /** The item's id, the same for every destination (`reminder:EVENT:OCCURRENCE:LEAD`, `announcement-7`). */
  id: string;
  kind: string;
  destination: string;
  /** A user id (direct message) or thread id for this destination; absent for the destination's channel. */
  recipient?: string;
  /** What was enqueued, as JSON (dates are ISO strings). */
  payload: unknown;
  /** 1 on the first try. */
  attempt: number;
  /** When the item was queued for this destination. */
  queuedAt: Date;
  /** The payload rendered at send time, for kinds with a renderer. */
  post?: Post;
}

export interface Destination {
  readonly name: string;
  /** Throws (or rejects) when the item was not delivered; it is then retried while still useful. */
  deliver(item: OutboxItem, signal: AbortSignal): Promise<void>;
  /** Per-call time-out; default 10 s. A call still running then counts as failed. */
  timeoutMs?: number;
  /** Gets items enqueued for every destination (reminders, announcements). Default true. */
  broadcast?: boolean;
  /** Can deliver to one user (`recipient`). */
  direct?: boolean;
  /** Delivering twice is harmless (it de-duplicates by item id), so an interrupted send is simply repeated. */
  idempotent?: boolean;
  /** Only these kinds of broadcast items (Canvas takes announcements, not reminders); default every kind. */
  kinds?: readonly string[];
}

/** Thrown by a destination when trying again cannot help (nothing configured to post to): given up at once. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

export type Render = (payload: unknown, now: Date) => Post | { skip: string };

export interface EnqueueRequest {
  id: string;
  kind: string;
  payload: unknown;
  /** Not sent after this instant (a reminder after its event, an announcement after its window). */
  expiresAt: Date;
  /** Not sent before this instant; default now. */
  notBefore?: Date;
  /** Only these destinations (a board reply); default every broadcast destination (or every direct one). */
  destinations?: readonly string[];
  recipient?: string;
  /** Record it as given up with this reason instead of sending it (so the give-up is on record). */
  giveUp?: string;
}

export interface DeliveryRecord {
  destination: string;
  recipient?: string;
  status: OutboxStatus;
  attempts: number;
  error?: string;
  reason?: string;
}

export interface OutboxOptions {
  /** First retry after this long, doubling each time up to `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often the background loop looks for due rows (retries, scheduled items, other processes' rows). */
  pollMs?: number;
  defaultTimeoutMs?: number;
}

const DEFAULTS = {
  baseBackoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
  pollMs: 1_000,
  defaultTimeoutMs: 10_000,
};
const MAX_ERROR = 500;
/**
 * A claim this old is over whoever made it: every call is cut off by its time-out (at most 90 s) long before. It
 * catches claimers that cannot be asked whether they still run: another host name (a container replaced by a new one
 * on the same volume) or a process id reused since.
 */
const STALE_CLAIM_MS = 15 * 60_000;

/** Owner tokens of outboxes alive in this process, so a row claimed by a stopped one is known to be orphaned. */
const liveOwners = new Set<string>();

export class Outbox {
  private readonly store: OutboxStore;
  private readonly destinationsByName = new Map<string, Destination>();
  private readonly renderers = new Map<string, Render>();
  private readonly loops = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly inFlight = new Map<string, AbortController>();
  private readonly options: typeof DEFAULTS;
  private readonly owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private accepting = true;
  private lastActivity = new Map<string, { ok?: string; failed?: string; error?: string }>();
  private readonly outcomeListeners: ((destination: string, ok: boolean) => void)[] = [];

  constructor(
    db: Database.Database,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: OutboxOptions = {},
  ) {
    this.store = new OutboxStore(db);
    this.options = { ...DEFAULTS, ...options };
    liveOwners.add(this.owner);
  }

  registerDestination(destination: Destination): void {
    if (this.destinationsByName.has(destination.name)) {
      throw new Error(`outbox: a destination named "${destination.name}" is already registered`);
    }
    this.destinationsByName.set(destination.name, destination);
    this.kick(destination.name);
  }

  destination(name: string): Destination | undefined {
    return this.destinationsByName.get(name);
  }

  destinations(): Destination[] {
    return [...this.destinationsByName.values()];
  }

  /**
   * Tells `listener` the outcome of each call to a destination: sent, or failed (not a permanent failure, which
   * is a configuration problem rather than the platform's). Platform connections use it for their state.
   */
  onOutcome(listener: (destination: string, ok: boolean) => void): void {
    this.outcomeListeners.push(listener);
  }

  registerKind(kind: string, render: Render): void {
    this.renderers.set(kind, render);
  }

  /** Stores the item for each destination and starts delivering; returns the destinations it was stored for. */
  enqueue(request: EnqueueRequest): string[] {
    const now = this.clock.now();
    const names =
      request.destinations ??
      this.destinations()
        .filter((d) => (request.recipient === undefined ? d.broadcast !== false : d.direct === true))
        .filter((d) => d.kinds === undefined || d.kinds.includes(request.kind))
        .map((d) => d.name);
    const payloadJson = JSON.stringify(request.payload);
    const added: string[] = [];
    this.store.db.transaction(() => {
      for (const destination of names) {
        const isNew = this.store.add({
          item_id: request.id,
          kind: request.kind,
          destination,
          recipient: request.recipient ?? '',
          payload_json: payloadJson,
          status: request.giveUp === undefined ? 'pending' : 'given_up',
          next_attempt_at: (request.notBefore ?? now).toISOString(),
          expires_at: request.expiresAt.toISOString(),
          reason: request.giveUp ?? null,
          now: now.toISOString(),
        });
        if (isNew) added.push(destination);
      }
    })();
    if (request.giveUp !== undefined) {
      for (const destination of added) {
        this.log.warn('delivery given up', {
          item: request.id,
          destination,
          ...(request.recipient !== undefined && { recipient: 'direct' }),
          reason: request.giveUp,
        });
      }
    } else for (const destination of added) this.kick(destination);
    return added;
  }

  /** What happened to an item at each destination. */
  status(itemId: string): DeliveryRecord[] {
    return this.store.byItem(itemId).map(toRecord);
  }

  /** Every row, oldest first (the CLI and tests). */
  rows(): (DeliveryRecord & { item: string; kind: string })[] {
    return this.store.all().map((r) => ({ item: r.item_id, kind: r.kind, ...toRecord(r) }));
  }

  /** Gives up an item's rows that have not been sent yet. */
  cancel(itemId: string, reason: string): number {
    return this.store.cancelPending(itemId, reason, this.clock.now());
  }

  /** Gives up the items of `kind` still waiting for one recipient at a destination (a user who opted out). */
  cancelForRecipient(destination: string, recipient: string, kind: string, reason: string): number {
    return this.store.cancelForRecipient({ destination, recipient, kind }, reason, this.clock.now());
  }

  /** A platform came back: its waiting items are due now instead of after their backoff. */
  retryNow(destination: string): void {
    this.store.dueNow(destination, this.clock.now());
    this.kick(destination);
  }

  /** Waits until the item has left `pending`/`sending` everywhere, or `ms` passed; returns its records. */
  async settle(itemId: string, ms: number): Promise<DeliveryRecord[]> {
    const until = Date.now() + ms;
    for (;;) {
      const records = this.status(itemId);
      const open = records.some(
        (r) => r.status === 'sending' || (r.status === 'pending' && r.attempts === 0),
      );
      if (!open || Date.now() >= until) return records;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Delivers everything due now on every destination (in parallel) and resolves when each is idle. */
  async drain(): Promise<void> {
    await Promise.all(this.destinations().map((d) => this.run(d.name)));
  }

  /** Backlog and last outcome per destination, for readiness and the operator. */
  health(): {
    destination: string;
    waiting: number;
    oldestWaiting: string | null;
    lastSentAt?: string;
    lastFailedAt?: string;
    lastError?: string;
  }[] {
    const backlog = new Map(this.store.backlog().map((b) => [b.destination, b]));
    return this.destinations().map((d) => {
      const b = backlog.get(d.name);
      const a = this.lastActivity.get(d.name) ?? {};
      return {
        destination: d.name,
        waiting: b?.pending ?? 0,
        oldestWaiting: b?.oldest ?? null,
        ...(a.ok && { lastSentAt: a.ok }),
        ...(a.failed && { lastFailedAt: a.failed }),
        ...(a.error && { lastError: a.error }),
      };
    });
  }

  /** Gives up (or, for idempotent destinations, re-queues) rows left `sending` by a process that died. */
  recoverInterrupted(): number {
    let recovered = 0;
    const now = this.clock.now();
    for (const row of this.store.sending()) {
      if (!row.claimed_by || !isOrphaned(row.claimed_by, Date.parse(row.updated_at), now.getTime())) continue;
      const destination = this.destinationsByName.get(row.destination);
      if (destination?.idempotent) {
        this.store.retryAt(row.seq, now, 'interrupted while sending; sent again (harmless here)', now);
        this.log.warn('delivery interrupted; sending it again', {
          item: row.item_id,
          destination: row.destination,
        });
      } else {
        this.store.finish(
          row.seq,
          'given_up',
          now,
          'interrupted: the bot stopped while handing it over; it may or may not have arrived',
        );
        this.log.error('delivery interrupted: may be lost', {
          item: row.item_id,
          kind: row.kind,
          destination: row.destination,
          ...(row.recipient && { recipient: 'direct' }),
        });
      }
      recovered++;
    }
    return recovered;
  }

  /** Recovers interrupted rows, then delivers in the background until stop(). */
  start(): void {
    this.accepting = true;
    this.recoverInterrupted();
    for (const d of this.destinations()) this.kick(d.name);
    const poll = (): void => {
      this.timer = setTimeout(() => {
        try {
          this.recoverInterrupted();
          for (const d of this.destinations()) this.kick(d.name);
        } catch (err) {
          this.log.error('outbox poll failed', { error: errorMessage(err) });
        }
        poll();
      }, this.options.pollMs);
      this.timer.unref();
    };
    if (!this.timer) poll();
  }

  /**
   * Stops taking new rows and waits for the calls in flight, at most `graceMs`; calls still running are then
   * aborted and their rows go back to pending (retried by the next start).
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.accepting = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(this.loops.values()), timeout]);
    clearTimeout(timer);
    for (const controller of this.inFlight.values()) controller.abort(new Error('the bot is shutting down'));
    await Promise.all(this.loops.values());
    liveOwners.delete(this.owner);
  }

  /** Starts the destination's loop after the caller's transaction (if any) has committed. */
  private kick(destination: string): void {
    setImmediate(() => {
      if (this.accepting && this.destinationsByName.has(destination)) void this.run(destination);
    });
  }

  /** One loop per destination; a kick while it runs makes it look again before it ends. */
  private run(destination: string): Promise<void> {
    const running = this.loops.get(destination);
    if (running) {
      this.again.add(destination);
      return running;
    }
    const loop = (async () => {
      do {
        this.again.delete(destination);
        while (this.accepting && (await this.deliverNext(destination)));
      } while (this.accepting && this.again.has(destination));
    })()
      .catch((err: unknown) =>
        this.log.error('outbox loop failed', { destination, error: errorMessage(err) }),
      )
      .finally(() => this.loops.delete(destination));
    this.loops.set(destination, loop);
    return loop;
  }

  /** Delivers one due row of the destination; false when none was due. */
  private async deliverNext(name: string): Promise<boolean> {
    const destination = this.destinationsByName.get(name);
    if (!destination) return false;
    const now = this.clock.now();
    for (const row of this.store.expired(name, now)) {
      this.store.finish(row.seq, 'given_up', now, `its window closed at ${row.expires_at}`);
      this.log.warn('delivery given up', {
        item: row.item_id,
        destination: name,
        attempts: row.attempts,
        reason: 'window closed',
        ...(row.last_error && { lastError: row.last_error }),
      });
    }
    const row = this.store.claimNext(name, now, this.owner);
    if (!row) return false;
    const payload = JSON.parse(row.payload_json) as unknown;
    const render = this.renderers.get(row.kind);
    const rendered = render?.(payload, now);
    if (rendered && 'skip' in rendered) {
      this.store.finish(row.seq, 'given_up', now, rendered.skip);
      this.log.warn('delivery given up', { item: row.item_id, destination: name, reason: rendered.skip });
      return true;
    }
    const item: OutboxItem = {
      id: row.item_id,
      kind: row.kind,
      destination: name,
      ...(row.recipient !== '' && { recipient: row.recipient }),
      payload,
      attempt: row.attempts,
      queuedAt: new Date(row.created_at),
      ...(rendered && { post: rendered }),
    };
    const controller = new AbortController();
    const key = `${row.seq}`;
    this.inFlight.set(key, controller);
    try {
      await withTimeout(
        destination.deliver(item, controller.signal),
        destination.timeoutMs ?? this.options.defaultTimeoutMs,
        controller,
      );
      const done = this.clock.now();
      this.store.finish(row.seq, 'sent', done, null);
      this.lastActivity.set(name, { ...this.lastActivity.get(name), ok: done.toISOString() });
      this.log.debug('delivered', { item: row.item_id, destination: name, attempt: row.attempts });
      this.tellOutcome(name, true);
    } catch (err) {
      const error = errorMessage(err).slice(0, MAX_ERROR);
      if (err instanceof PermanentDeliveryError) {
        this.store.finish(row.seq, 'given_up', this.clock.now(), error, error);
        this.log.warn('delivery given up', { item: row.item_id, destination: name, reason: error });
      } else {
        this.failed(row, error);
        this.tellOutcome(name, false);
      }
    } finally {
      this.inFlight.delete(key);
    }
    return true;
  }

  private tellOutcome(destination: string, ok: boolean): void {
    for (const listener of this.outcomeListeners) {
      try {
        listener(destination, ok);
      } catch (err) {
        this.log.error('outbox outcome listener failed', { destination, error: errorMessage(err) });
      }
    }
  }

  private failed(row: OutboxRow, error: string): void {
    const now = this.clock.now();
    const name = row.destination;
    this.lastActivity.set(name, { ...this.lastActivity.get(name), failed: now.toISOString(), error });
    const backoff = Math.min(
      this.options.baseBackoffMs * 2 ** Math.min(row.attempts - 1, 30),
      this.options.maxBackoffMs,
    );
    const expires = Date.parse(row.expires_at);
    if (now.getTime() >= expires) {
      this.store.finish(row.seq, 'given_up', now, `its window closed at ${row.expires_at}`, error);
      this.log.warn('delivery given up', {
        item: row.item_id,
        destination: name,
        attempts: row.attempts,
        reason: 'window closed',
        lastError: error,
      });
      return;
    }
    // The last try is just before the window closes, so a platform back by then still gets it.
    const next = new Date(Math.min(now.getTime() + backoff, expires - 1));
    this.store.retryAt(row.seq, next, error, now);
    this.log.warn('delivery failed; will retry', {
      item: row.item_id,
      destination: name,
      attempt: row.attempts,
      retryAt: next.toISOString(),
      error,
    });
  }
}

function toRecord(r: OutboxRow): DeliveryRecord {
  return {
    destination: r.destination,
    ...(r.recipient !== '' && { recipient: r.recipient }),
    status: r.status,
    attempts: r.attempts,
    ...(r.last_error !== null && { error: r.last_error }),
    ...(r.reason !== null && { reason: r.reason }),
  };
}

async function withTimeout(work: Promise<void>, ms: number, controller: AbortController): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`no answer within ${ms} ms`);
      controller.abort(err);
      reject(err);
    }, ms);
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), {
      once: true,
    });
  });
  try {
    await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A claimer is gone when it is a stopped outbox of this process, a process on this host that no longer runs, or a
 * claim older than any call can last.
 */
function isOrphaned(owner: string, claimedAtMs: number, nowMs: number): boolean {
  if (liveOwners.has(owner)) return false;
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host === os.hostname() && pid === process.pid) return true;
  if (!(nowMs - claimedAtMs < STALE_CLAIM_MS)) return true;
  if (host !== os.hostname()) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
