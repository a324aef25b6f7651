// Per-key rate limits, in memory (a restart forgets them, which errs on the side of the student).
//
// Each key keeps one number, its "theoretical arrival time" (the generic cell rate algorithm): a key with a limit of
// N a minute may make N requests at once, then one every 60/N seconds. A key idle for a minute is back to a full
// budget and need not be remembered. Keys live in two generations of a minute each: a request reads and writes
// its key in the current one (moving it there from the previous one), and once a minute the previous generation is
// dropped whole, so no request ever scans, sorts or deletes idle keys one by one. Everything in the dropped
// generation was last allowed over a minute earlier, so forgetting it changes no answer. The cost per request is
// one or two Map lookups and a write in place, whatever the number of keys; nothing is allocated for a key that is
// already remembered (`npm run bench -- rate-limiter` prints the cost beside a bare Map's lookups).

const WINDOW_MS = 60_000;
const DEFAULT_MAX_KEYS = 250_000;

export interface RateLimiterOptions {
  /**
   * Beyond this many keys in a generation the generations turn early: the previous one is forgotten before its
   * minute is over (a fresh budget for its keys), which bounds the memory whatever the number of keys.
   */
  maxKeys?: number;
}

/**
 * Asked when a key is within its own limit, before the hit is counted (a busy address's fair share); false refuses
 * the hit, which is then not counted. `used` is the requests the key already has in its window, `known` whether the
 * key is remembered, `group` the group it was given.
 */
export type Admit = (used: number, known: boolean, group: string, now: number) => boolean;

/**
 * One generation of keys: each key has a slot in a typed array holding its arrival time, so a request writes a
 * number in place instead of allocating one (with 100,000 keys, a fresh number per write made every young-generation
 * collection visit the whole Map).
 */
class Generation {
  readonly slots = new Map<string, number>();
  /** Keys per group, and each slot's group (only when keys are given groups). */
  readonly groups = new Map<string, number>();
  readonly groupOfSlot: string[] = [];
  tat = new Float64Array(256);
  /** Slots handed out (a key moved to the next generation leaves its slot unused). */
  taken = 0;

  find(key: string): number | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.tat[slot];
  }

  add(key: string, tat: number, group: string | undefined): void {
    if (this.taken === this.tat.length) {
      const grown = new Float64Array(this.tat.length * 2);
      grown.set(this.tat);
      this.tat = grown;
    }
    this.tat[this.taken] = tat;
    if (group !== undefined) {
      this.groupOfSlot[this.taken] = group;
      this.groups.set(group, (this.groups.get(group) ?? 0) + 1);
    }
    this.slots.set(key, this.taken++);
  }

  /** Forgets a key (moved to the next generation); returns its group. */
  remove(key: string, slot: number): string | undefined {
    this.slots.delete(key);
    const group = this.groupOfSlot[slot];
    if (group !== undefined) {
      const n = (this.groups.get(group) ?? 0) - 1;
      if (n > 0) this.groups.set(group, n);
      else this.groups.delete(group);
    }
    return group;
  }
}

export class RateLimiter {
  /** Keys allowed since `turnedAt`. */
  private current = new Generation();
  /** Keys allowed in the minute before `turnedAt` and not since. */
  private previous = new Generation();
  private turnedAt = -Infinity;
  private readonly maxKeys: number;

  constructor(options: RateLimiterOptions = {}) {
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /**
   * Records a hit and returns true when it is allowed; false when the key is over `perMinute` or `admit` refuses
   * it. A key given a `group` is counted in it (see `groupSize`) from when it is first remembered: the group it
   * was given then stays until the key is forgotten.
   */
  allow(key: string, perMinute: number, now: number, group?: string, admit?: Admit): boolean {
    this.turn(now);
    const slot = this.current.slots.get(key);
    const old = slot === undefined ? this.previous.slots.get(key) : undefined;
    const tat =
      slot !== undefined ? this.current.tat[slot] : old !== undefined ? this.previous.tat[old] : undefined;
    const next = nextTat(tat, perMinute, now);
    if (next === null) return false;
    const known = tat !== undefined;
    if (admit && !admit(usedBy(tat, perMinute, now), known, group ?? '', now)) return false;
    if (slot !== undefined) {
      this.current.tat[slot] = next;
      return true;
    }
    // New to this generation: moved from the previous one (keeping its group), or remembered from now on.
    const kept = old !== undefined ? this.previous.remove(key, old) : group;
    this.current.add(key, next, kept);
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

  /** Remembered keys given this group: the group's keys allowed in the last one to two minutes. */
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
