// Per-user sliding-window rate limits, in memory (a restart forgets them, which errs on the side of the student).
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** Records a hit and returns true when it is allowed; false when the user is over `perMinute`. */
  allow(key: string, perMinute: number, now: number): boolean {
    const windowStart = now - 60_000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    if (recent.length >= perMinute) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(windowStart);
    return true;
  }

  private prune(windowStart: number): void {
    for (const [key, times] of this.hits) {
      if (!times.some((t) => t > windowStart)) this.hits.delete(key);
    }
  }
}
