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

  it('GIVEN a steady stream of new keys THEN keys idle for two minutes are forgotten and the count stays bounded', () => {
    const limiter = new RateLimiter();
    // 100 new keys a second, each with 1 a minute: about 6,000 are inside their minute at any time.
    let most = 0;
    for (let i = 0; i < 60_000; i++) {
      limiter.allow(`k${i}`, 1, i * 10);
      most = Math.max(most, limiter.size);
    }
    // Two generations of a minute each at most.
    expect(most).toBeLessThanOrEqual(12_001);
    expect(limiter.size).toBeGreaterThanOrEqual(6_000);
    expect(limiter.has('k0')).toBe(false);
    expect(limiter.has('k59999')).toBe(true);
    // A forgotten key starts again with its whole budget.
    expect(limiter.allow('k0', 1, 600_000)).toBe(true);
  });

  it('GIVEN a key still inside its minute when the generations turn THEN its budget is kept', () => {
    const limiter = new RateLimiter();
    expect(limiter.allow('a', 2, 0)).toBe(true);
    expect(limiter.allow('a', 2, 0)).toBe(true);
    // b's request at 61 s turns the generations: a moves to the previous one and is still refused.
    expect(limiter.allow('b', 2, 61_000)).toBe(true);
    expect(limiter.allow('a', 2, 1_000)).toBe(false);
    expect(limiter.used('a', 2, 20_000)).toBe(2);
    // At 121 s the previous generation is dropped, a is not: it was not allowed since 0 s.
    expect(limiter.allow('b', 2, 121_000)).toBe(true);
    expect(limiter.has('a')).toBe(false);
    expect(limiter.has('b')).toBe(true);
  });

  it('GIVEN a key allowed again after a turn THEN it moves to the current generation and is kept', () => {
    const limiter = new RateLimiter();
    limiter.allow('a', 10, 0);
    limiter.allow('b', 10, 60_000); // turn: a is in the previous generation
    limiter.allow('a', 10, 70_000); // a moves to the current one
    limiter.allow('b', 10, 120_000); // turn: the previous generation (without a) is dropped
    expect(limiter.has('a')).toBe(true);
    expect(limiter.size).toBe(2);
  });

  it('GIVEN keys grouped THEN groupSize counts the remembered keys of each group', () => {
    const limiter = new RateLimiter();
    limiter.allow('1', 10, 0, 'x');
    limiter.allow('2', 10, 0, 'x');
    limiter.allow('3', 10, 0, 'y');
    expect([limiter.groupSize('x'), limiter.groupSize('y'), limiter.groupSize('z')]).toEqual([2, 1, 0]);
    limiter.allow('1', 10, 60_000, 'x'); // a turn; 1 moves to the current generation, counted once
    expect(limiter.groupSize('x')).toBe(2);
    // A remembered key keeps the group it was first given, across a turn too.
    limiter.allow('3', 10, 61_000, 'x');
    expect([limiter.groupSize('x'), limiter.groupSize('y')]).toEqual([2, 1]);
    limiter.allow('4', 10, 120_000, 'y'); // 2 is forgotten
    expect([limiter.groupSize('x'), limiter.groupSize('y')]).toEqual([1, 2]);
  });

  it('GIVEN an admit check THEN it sees the key use, whether it is known and its group, and a refusal is not counted', () => {
    const limiter = new RateLimiter();
    const seen: [number, boolean, string][] = [];
    const admit = (used: number, known: boolean, group: string) => {
      seen.push([used, known, group]);
      return used < 1;
    };
    expect(limiter.allow('k', 10, 0, 'g', admit)).toBe(true);
    expect(limiter.allow('k', 10, 0, 'g', admit)).toBe(false);
    expect(limiter.used('k', 10, 0)).toBe(1);
    expect(seen).toEqual([
      [0, false, 'g'],
      [1, true, 'g'],
    ]);
  });

  it('GIVEN more keys than maxKeys THEN the generations turn early and memory stays bounded', () => {
    const limiter = new RateLimiter({ maxKeys: 3 });
    for (const k of ['a', 'b', 'c']) limiter.allow(k, 10, 0);
    // The fourth key turns the generations early: a, b and c are still remembered (previous generation).
    limiter.allow('d', 10, 1);
    expect(['a', 'b', 'c', 'd'].filter((k) => limiter.has(k))).toEqual(['a', 'b', 'c', 'd']);
    expect(limiter.allow('a', 10, 2)).toBe(true); // a moves to the current generation
    limiter.allow('e', 10, 3);
    limiter.allow('f', 10, 4); // current is full (d, a, e): turn again, forgetting b and c
    expect(['a', 'b', 'c', 'd', 'e', 'f'].filter((k) => limiter.has(k))).toEqual(['a', 'd', 'e', 'f']);
    expect(limiter.size).toBeLessThanOrEqual(6);
  });
});
