// "Now" is injected everywhere so tests can stand on a daylight-saving change or a deadline.
import cron from 'node-cron';

export interface Clock {
  now(): Date;
  /**
   * Runs `job` at the start of every minute of this clock; returns a function that stops it. The system clock's
   * minutes come from node-cron. A clock without it (a test's fixed clock) has no minutes of its own: a job runs
   * only when the test runs it, never because a real minute passed while the test stood on its own time.
   */
  everyMinute?(name: string, job: () => void): () => Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  everyMinute(name, job) {
    const task = cron.schedule('* * * * *', job, { name, noOverlap: true });
    return async () => {
      await task.destroy();
    };
  },
};

export function fixedClock(
  iso: string | Date,
): Clock & { set(to: string | Date): void; advance(ms: number): void } {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set(to) {
      current = new Date(to);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}
