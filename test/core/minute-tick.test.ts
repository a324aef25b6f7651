// The minute tick runs at start, then at each minute of its clock; a test's fixed clock has no minutes of its own,
// so a real minute passing during a test never runs a tick the test did not ask for.
import { describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createMinuteTick } from '../../src/core/minute-tick.ts';

/** A clock whose minutes the test strikes by hand, recording what was scheduled and stopped. */
function strikingClock() {
  const jobs = new Map<string, () => void>();
  const clock: Clock = {
    now: () => new Date('2027-02-15T10:00:00Z'),
    everyMinute(name, job) {
      jobs.set(name, job);
      return () => {
        jobs.delete(name);
        return Promise.resolve();
      };
    },
  };
  return { clock, jobs, strike: () => [...jobs.values()].forEach((job) => job()) };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('minute tick', () => {
  it('GIVEN a clock with minutes THEN it runs at start and at each minute, and not after stop', async () => {
    const { clock, jobs, strike } = strikingClock();
    let runs = 0;
    const tick = createMinuteTick('reminder', () => Promise.resolve(runs++), silentLogger, clock);
    await tick.start();
    expect(runs).toBe(1);
    expect([...jobs.keys()]).toEqual(['reminder']);
    for (let minute = 1; minute <= 3; minute++) {
      strike();
      await settled();
      expect(runs).toBe(1 + minute);
    }
    await tick.stop();
    expect(jobs.size).toBe(0);
    strike();
    await settled();
    expect(runs).toBe(4);
  });

  it('GIVEN a fixed clock THEN nothing is scheduled: only start and the test run it', async () => {
    const clock = fixedClock('2026-10-24T21:58:00Z');
    expect(clock.everyMinute).toBeUndefined();
    let runs = 0;
    const tick = createMinuteTick('announcement', () => Promise.resolve(runs++), silentLogger, clock);
    await tick.start();
    await tick.tick();
    expect(runs).toBe(2);
    await tick.stop();
  });
});
