// Per-key rate limits, in memory (a restart forgets them, which errs on the side of the student).
//
// Each key keeps one number, its "theoretical arrival time" (the generic cell rate algorithm): a key with a limit of
// N a minute may make N requests at once, then one every 60/N seconds. A request costs O(1) whatever the number of
// keys: keys are kept in the order they were last allowed, and a key idle for a minute is back to a full budget,
// so it is forgotten from the front of that order, a few per request, instead of by scanning every key.

const WINDOW_MS = 60_000;
/** Forgotten keys per call at most, so no single request pays for a large batch of idle keys. */
const SWEEP_PER_CALL = 4;
const DEFAULT_MAX_KEYS = 500_000;

export interface RateLimiterOptions {
  /** Beyond this many keys the least recently allowed are forgotten early (a fresh budget for them). */
  maxKeys?: number;
  /** Called with each key as it is first counted, and again after it was forgotten. */
  onAdd?: (key: string) => void;
  /** Called with each key as it is forgotten. */
  onForget?: (key: string) => void;
}

export class RateLimiter {
  /** key -> theoretical arrival time (ms); the Map's order is the order in which keys were last allowed. */
  private readonly tat = new Map<string, number>();
  /**
   * A live iterator over the Map, kept from call to call, and the entry it stands on. Asking a new iterator for
   * the first entry would walk over every slot deleted since the Map last compacted itself, which made the cost
   * grow with the number of keys; a kept iterator passes each slot once.
   */
  private cursor: Iterator<[string, number]> | null = null;
  private front: [string, number] | null = null;
  private readonly maxKeys: number;
  private readonly onAdd: ((key: string) => void) | undefined;
  private readonly onForget: ((key: string) => void) | undefined;

  constructor(options: RateLimiterOptions = {}) {
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.onAdd = options.onAdd;
    this.onForget = options.onForget;
  }

  /** Records a hit and returns true when it is allowed; false when the key is over `perMinute`. */
  allow(key: string, perMinute: number, now: number): boolean {
    this.sweep(now);
    const tat = this.tat.get(key);
    const next = nextTat(tat, perMinute, now);
    if (next === null) return false;
    // Deleting first moves the key to the end of the order.
    if (tat !== undefined) this.tat.delete(key);
    this.tat.set(key, next);
    if (tat === undefined) {
      this.onAdd?.(key);
      if (this.tat.size > this.maxKeys) this.forgetFront(Infinity);
    }
    return true;
  }

  /** Whether `allow` would allow the key now, without counting a hit. */
  wouldAllow(key: string, perMinute: number, now: number): boolean {
    return nextTat(this.tat.get(key), perMinute, now) !== null;
  }

  /** How many requests the key has in its current window (0 for a key with its whole budget). */
  used(key: string, perMinute: number, now: number): number {
    const tat = this.tat.get(key);
    if (tat === undefined || tat <= now) return 0;
    return Math.ceil((tat - now) / (WINDOW_MS / perMinute) - 1e-9);
  }

  has(key: string): boolean {
    return this.tat.has(key);
  }

  get size(): number {
    return this.tat.size;
  }

  /**
   * Forgets keys whose budget is full again. A key's arrival time is at most a minute after it was last allowed,
   * so every key idle for over a minute is at the front; the sweep stops at the first key still counting.
   */
  private sweep(now: number): void {
    for (let i = 0; i < SWEEP_PER_CALL; i++) if (!this.forgetFront(now)) return;
  }

  /** Forgets the least recently allowed key if its arrival time is at most `until`; false when it is not. */
  private forgetFront(until: number): boolean {
    for (;;) {
      if (this.front === null) {
        this.cursor ??= this.tat.entries();
        const step = this.cursor.next();
        if (step.done) {
          this.cursor = null; // the Map is empty: the next key starts a new iterator
          return false;
        }
        this.front = step.value;
      }
      const [key, tat] = this.front;
      // A key allowed again since the iterator passed it was moved to the end, where the iterator meets it again.
      if (this.tat.get(key) !== tat) {
        this.front = null;
        continue;
      }
      if (tat > until) return false;
      this.tat.delete(key);
      this.front = null;
      this.onForget?.(key);
      return true;
    }
  }
}

/** The key's next arrival time if one more request is allowed now, else null. */
function nextTat(tat: number | undefined, perMinute: number, now: number): number | null {
  const next = Math.max(tat ?? now, now) + WINDOW_MS / perMinute;
  // The small tolerance keeps N allowed when N * (60000 / N) rounds just above 60000.
  return next - now <= WINDOW_MS + 1e-6 ? next : null;
}
