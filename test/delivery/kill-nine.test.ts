import { describe, expect, it } from 'vitest';
import { runKillNine } from './kill-nine.ts';

// The full run (20 kills during 200 deliveries) is `npm run bench -- kill-nine`; this is the same with fewer kills.
describe('kill -9 during a burst of deliveries', () => {
  it('GIVEN child processes killed at random moments and restarted THEN no duplicate, at most one loss per kill, each logged', async () => {
    const seed = 20261130;
    const r = await runKillNine({ deliveries: 80, kills: 5, seed });
    expect(r.kills).toBe(5);
    expect(r.duplicates).toEqual([]);
    expect(r.lost.length).toBeLessThanOrEqual(r.kills);
    expect(r.perKill).toHaveLength(5);
    for (const k of r.perKill) expect(k.lost.length).toBeLessThanOrEqual(1);
    for (const id of r.lost) expect(r.loggedInterrupted).toContain(id);
    expect(r.loggedInterrupted.length).toBeLessThanOrEqual(r.kills);
  }, 60_000);
});
