// Per-key rate limits, in memory (a restart forgets them, which errs on the side of the student).
//
// Each key keeps one number, its "theoretical arrival time" (the generic cell rate algorithm): a key with a limit of
// N a minute may make N requests at once, then one every 60/N seconds. A key idle for a minute is back to a full
// budget and need not be remembered. Keys live in two generations of a minute each: a request reads and writes
// its key in the current one (moving it there from the previous one), and once a minute the previous generation is
// dropped whole, so no request ever scans, sorts or deletes idle keys one by one. Everything in the dropped
// generation was last allowed over a minute earlier, so forgetting it changes no answer. The cost per request is
// one or two Map lookups and a write, whatever the number of keys.

const WINDOW_MS = 60_000;
const DEFAULT_MAX_KEYS = 250_000;

export interface RateLimiterOptions {
  /**
   * Beyond this many keys in a generation the generations turn early: the previous one is forgotten before its
   * minute is over (a fresh budget for its keys), which bounds the memory whatever the number of keys.
   */
  maxKeys?: number;
  /** Counts remembered keys per group (the web's clients per address): see `groupSize`. */
  groupOf?: (key: string) => string;
}

/**
 * One generation of keys: each key has a slot in a typed array holding its arrival time, so a request writes a
 * number in place instead of allocating one (with 100,000 keys, a fresh number per write made every young-generation
 * collection visit the whole Map).
 */
class Generation {
  readonly slots = new Map<string, number>();
  readonly groups = new Map<string, number>();
  tat = new Float64Array(256);
  /** Slots handed out (a key moved to the next generation leaves its slot unused). */
  taken = 0;

  find(key: string): number | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.tat[slot];
  }

  add(key: string, tat: number): void {
    if (this.taken === this.tat.length) {
      const grown = new Float64Array(this.tat.length * 2);
      grown.set(this.tat);
      this.tat = grown;
    }
    this.tat[this.taken] = tat;
    this.slots.set(key, this.taken++);
  }
}

export class RateLimiter {
  /** Keys allowed since `turnedAt`. */
  private current = new Generation();
  /** Keys allowed in the minute before `turnedAt` and not since. */
  private previous = new Generation();
  private turnedAt = -Infinity;
  private readonly maxKeys: number;
  private readonly groupOf: ((key: string) => string) | undefined;

  constructor(options: RateLimiterOptions = {}) {
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.groupOf = options.groupOf;
  }

  /**
   * Records a hit and returns true when it is allowed; false when the key is over `perMinute`. `admit`, called
   * only when the key is within its limit, may still refuse (a busy address's fair share): the hit is then not
   * counted. It gets the requests the key already has in its window and whether the key is remembered.
   */
  allow(
    key: string,
    perMinute: number,
    now: number,
    admit?: (used: number, known: boolean) => boolean,
  ): boolean {
    this.turn(now);
    const slot = this.current.slots.get(key);
    const tat = slot !== undefined ? this.current.tat[slot] : this.previous.find(key);
    const next = nextTat(tat, perMinute, now);
    if (next === null) return false;
    if (admit && !admit(usedBy(tat, perMinute, now), tat !== undefined)) return false;
    if (slot !== undefined) {
      this.current.tat[slot] = next;
      return true;
    }
    if (tat !== undefined) {
      this.previous.slots.delete(key);
      this.count(this.previous, key, -1);
    }
    this.current.add(key, next);
    this.count(this.current, key, +1);
    return true;
  }

  /** Whether `allow` would allow the key now, without counting a hit. */
  wouldAllow(key: string, perMinute: number, now: number): boolean {
    return nextTat(this.tatOf(key), perMinute, now) !== null;
  }

  /** How many requests the key has in its current window (0 for a key with its whole budget). */
  used(key: string, perMinute: number, now: number): number {
    return usedBy(this.tatOf(key), perMinute, now);
  }

  has(key: string): boolean {
    return this.current.slots.has(key) || this.previous.slots.has(key);
  }

  /** Keys remembered: those allowed within the last one to two minutes. */
  get size(): number {
    return this.current.slots.size + this.previous.slots.size;
  }

  /** Remembered keys of a group (with the `groupOf` option): clients allowed in the last one to two minutes. */
  groupSize(group: string): number {
    return (this.current.groups.get(group) ?? 0) + (this.previous.groups.get(group) ?? 0);
  }

  private tatOf(key: string): number | undefined {
    return this.current.find(key) ?? this.previous.find(key);
  }

  /**
   * A minute after the current generation began it becomes the previous one and the previous one is dropped (both
   * when two minutes passed). A key's arrival time is at most a minute after it was last allowed, so every dropped
   * key was back to its full budget.
   */
  private turn(now: number): void {
    const elapsed = now - this.turnedAt;
    if (elapsed < WINDOW_MS && this.current.taken < this.maxKeys) return;
    this.previous = elapsed >= 2 * WINDOW_MS ? new Generation() : this.current;
    this.current = new Generation();
    this.turnedAt = now;
  }

  private count(generation: Generation, key: string, delta: number): void {
    if (!this.groupOf) return;
    const group = this.groupOf(key);
    const n = (generation.groups.get(group) ?? 0) + delta;
    if (n > 0) generation.groups.set(group, n);
    else generation.groups.delete(group);
  }
}

function usedBy(tat: number | undefined, perMinute: number, now: number): number {
  if (tat === undefined || tat <= now) return 0;
  return Math.ceil((tat - now) / (WINDOW_MS / perMinute) - 1e-9);
}

/** The key's next arrival time if one more request is allowed now, else null. */
function nextTat(tat: number | undefined, perMinute: number, now: number): number | null {
  const next = Math.max(tat ?? now, now) + WINDOW_MS / perMinute;
  // The small tolerance keeps N allowed when N * (60000 / N) rounds just above 60000.
  return next - now <= WINDOW_MS + 1e-6 ? next : null;
}
