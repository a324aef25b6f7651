// A connected platform is probed: a failing probe marks it down, probes then back off (at most probeEveryMs apart)
// until one answers or any call succeeds; a failed call has it probed soon; a down reported by the adapter (a closed
// gateway or socket) is cleared only by the adapter.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { createPlatformConnection, type PlatformConnection } from '../../src/core/platform-connection.ts';

let connection: PlatformConnection | undefined;
afterEach(async () => {
  await connection?.stop();
  connection = undefined;
});

function probed(answers: () => boolean, probeEveryMs: number) {
  let probes = 0;
  let ups = 0;
  connection = createPlatformConnection(
    'slack',
    () => Promise.resolve(),
    () => Promise.resolve(),
    {
      log: silentLogger,
      baseDelayMs: 5,
      probeEveryMs,
      onUp: () => ups++,
      probe: () => {
        probes++;
        return answers() ? Promise.resolve() : Promise.reject(new Error('503 from the fake'));
      },
    },
  );
  connection.start();
  return { c: connection, probes: () => probes, ups: () => ups };
}

describe('platform connection probes', () => {
  it('GIVEN a connected platform that stops answering THEN the next probe marks it down; WHEN it answers THEN up again and onUp', async () => {
    let answering = true;
    const { c, ups } = probed(() => answering, 20);
    await vi.waitFor(() => expect(c.status().state).toBe('up'), { timeout: 5_000 });
    expect(ups()).toBe(1);
    answering = false;
    await vi.waitFor(() => expect(c.status()).toMatchObject({ state: 'down', error: '503 from the fake' }), {
      timeout: 5_000,
    });
    answering = true;
    await vi.waitFor(() => expect(c.status().state).toBe('up'), { timeout: 5_000 });
    expect(ups()).toBe(2);
  });

  it('GIVEN probes a minute apart THEN a failed call has the platform probed at once, and a successful call brings it back', async () => {
    let answering = true;
    const { c, probes, ups } = probed(() => answering, 60_000);
    await vi.waitFor(() => expect(c.status().state).toBe('up'), { timeout: 5_000 });
    expect(probes()).toBe(0);
    answering = false;
    c.callOutcome(false);
    await vi.waitFor(() => expect(c.status().state).toBe('down'), { timeout: 5_000 });
    // Down within seconds although the next regular probe was a minute away.
    expect(probes()).toBeGreaterThanOrEqual(1);
    c.callOutcome(true);
    expect(c.status().state).toBe('up');
    expect(ups()).toBe(2);
  });

  it('GIVEN the adapter reports the connection lost THEN neither a probe nor a call clears it; its own report does', async () => {
    const { c, probes } = probed(() => true, 10);
    await vi.waitFor(() => expect(c.status().state).toBe('up'), { timeout: 5_000 });
    c.report('down', 'gateway closed (code 1006)');
    const seen = probes();
    await vi.waitFor(() => expect(probes()).toBeGreaterThan(seen + 1), { timeout: 5_000 });
    c.callOutcome(true);
    expect(c.status()).toMatchObject({ state: 'down', error: 'gateway closed (code 1006)' });
    c.report('up');
    expect(c.status().state).toBe('up');
  });
});
