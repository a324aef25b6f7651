// The web API's budgets in isolation: a session is one budget wherever it comes from; a busy address shares fairly.
import { describe, expect, it } from 'vitest';
import { WebLimiter } from '../../src/web/web-limiter.ts';

const limits = { perSession: 5, anonymous: 2, perAddress: 10 };

describe('WebLimiter', () => {
  it('GIVEN one session sending from two addresses THEN it has one budget, not one per address', () => {
    const limiter = new WebLimiter(limits);
    const allowed = [0, 1, 2, 3, 4, 5, 6, 7].filter((i) =>
      limiter.allow(i % 2 === 0 ? '10.0.0.1' : '10.0.0.2', 'session:A', limits.perSession, 0),
    );
    expect(allowed).toHaveLength(5);
  });

  it('GIVEN one client using its whole budget at a busy address THEN the others there still get their share', () => {
    const limiter = new WebLimiter({ perSession: 100, anonymous: 2, perAddress: 10 });
    // Two known clients; the heavy one sends 50 requests: the address's 10 are spent, then its fair share ends.
    expect(limiter.allow('10.0.0.1', 'session:light', 100, 0)).toBe(true);
    const heavy = Array.from({ length: 50 }, () => limiter.allow('10.0.0.1', 'session:heavy', 100, 0));
    expect(heavy.filter(Boolean).length).toBeLessThanOrEqual(10);
    // The light client is under half of the address's budget: served.
    expect(limiter.allow('10.0.0.1', 'session:light', 100, 0)).toBe(true);
    expect(limiter.allow('10.0.0.1', 'session:light', 100, 0)).toBe(true);
  });
});
