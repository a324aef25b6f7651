// The limiter: N a minute means N at once, then one every 60/N seconds; idle keys are forgotten without scans.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/core/rate-limiter.ts';

describe('RateLimiter', () => {
  it('GIVEN 7 a minute THEN 7 at once, then one more each 60/7 seconds', () => {
    const limiter = new RateLimiter();
    const results = Array.from({ length: 10 }, () => limiter.allow('k', 7, 0));
    expect(results.filter(Boolean)).toHaveLength(7);
    expect(limiter.allow('k', 7, 8_000)).toBe(false);
    expect(limiter.allow('k', 7, 60_000 / 7 + 1)).toBe(true);
    expect(limiter.allow('k', 7, 60_000 / 7 + 2)).toBe(false);
    expect(limiter.used('k', 7, 60_000 / 7 + 2)).toBe(7);
    expect(limiter.used('k', 7, 200_000)).toBe(0);
  });

  it('GIVEN a refusal THEN it is not counted', () => {
    const limiter = new RateLimiter();
    expect(limiter.allow('k', 1, 0)).toBe(true);
    for (let i = 1; i < 100; i++) expect(limiter.allow('k', 1, i * 500)).toBe(false);
    expect(limiter.allow('k', 1, 60_000)).toBe(true);
  });

  it('GIVEN keys count separately THEN one key at its limit leaves the others alone', () => {
    const limiter = new RateLimiter();
    expect(limiter.allow('a', 1, 0)).toBe(true);
    expect(limiter.allow('a', 1, 0)).toBe(false);
    expect(limiter.wouldAllow('b', 1, 0)).toBe(true);
    expect(limiter.allow('b', 1, 0)).toBe(true);
  });

  it('GIVEN a steady stream of new keys THEN the idle ones are forgotten and the count stays bounded', () => {
    const forgotten: string[] = [];
    const limiter = new RateLimiter({ onForget: (k) => forgotten.push(k) });
    // 100 new keys a second, each with 1 a minute: about 6,000 are inside their minute at any time.
    for (let i = 0; i < 60_000; i++) limiter.allow(`k${i}`, 1, i * 10);
    expect(limiter.size).toBeLessThanOrEqual(6_001);
    expect(forgotten.slice(0, 3)).toEqual(['k0', 'k1', 'k2']);
    expect(limiter.has('k0')).toBe(false);
    // A forgotten key starts again with its whole budget.
    expect(limiter.allow('k0', 1, 600_000)).toBe(true);
  });

  it('GIVEN more keys than maxKeys THEN the least recently allowed are forgotten first', () => {
    const limiter = new RateLimiter({ maxKeys: 3 });
    for (const k of ['a', 'b', 'c']) limiter.allow(k, 10, 0);
    expect(limiter.allow('a', 10, 1)).toBe(true);
    limiter.allow('d', 10, 2);
    expect(['a', 'b', 'c', 'd'].filter((k) => limiter.has(k))).toEqual(['a', 'c', 'd']);
  });
});
