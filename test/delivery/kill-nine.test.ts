import { describe, expect, it } from 'vitest';
import { runKillNine } from './kill-nine.ts';

// The run: 20 kills at random moments during 200 deliveries (`npm run bench -- kill-nine [SEED]` prints the
// same run kill by kill, with any seed).
describe('kill -9 during a burst of deliveries', () => {
  it('GIVEN child processes killed at random moments and restarted THEN no duplicate, at most one loss per kill, each logged', async () => {
    const seed = 20261130;
    const r = await runKillNine({ deliveries: 200, kills: 20, seed });
    expect(r.kills).toBe(20);
    expect(r.duplicates).toEqual([]);
    expect(r.lost.length).toBeLessThanOrEqual(r.kills);
    expect(r.perKill).toHaveLength(20);
    for (const k of r.perKill) expect(k.lost.length).toBeLessThanOrEqual(1);
    for (const id of r.lost) expect(r.loggedInterrupted).toContain(id);
    expect(r.loggedInterrupted.length).toBeLessThanOrEqual(r.kills);
  }, 180_000);
});
