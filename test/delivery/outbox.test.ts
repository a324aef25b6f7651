import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import type { Post } from '../../src/core/posting.ts';
import {
  Outbox,
  PermanentDeliveryError,
  type Destination,
  type OutboxItem,
} from '../../src/delivery/outbox.ts';
import { openDatabase } from '../../src/store/database.ts';
import { recordingLogger } from '../reminders/app-harness.ts';
import type Database from 'better-sqlite3';

let db: Database.Database;
let clock: ReturnType<typeof fixedClock>;
let log: ReturnType<typeof recordingLogger>;
const outboxes: Outbox[] = [];

beforeEach(() => {
  db = openDatabase(':memory:');
  clock = fixedClock('2027-01-10T12:00:00Z');
  log = recordingLogger();
});
afterEach(async () => {
  for (const o of outboxes.splice(0)) await o.stop(0);
  db.close();
});

function newOutbox(options: ConstructorParameters<typeof Outbox>[3] = {}): Outbox {
  const outbox = new Outbox(db, clock, log, options);
  outboxes.push(outbox);
  return outbox;
}

function recorder(name: string, extra: Partial<Destination> = {}): Destination & { got: OutboxItem[] } {
  const got: OutboxItem[] = [];
  return {
    name,
    got,
    deliver(item) {
      got.push(item);
      return Promise.resolve();
    },
    ...extra,
  };
}

const HOUR = 3_600_000;
const later = (ms: number) => new Date(clock.now().getTime() + ms);

describe('outbox', () => {
  it('GIVEN an item for every destination THEN each broadcast destination gets it once; a named one only when asked', async () => {
    const outbox = newOutbox();
    const feed = recorder('feed');
    const discord = recorder('discord');
    const canvas = recorder('canvas', { broadcast: false });
    for (const d of [feed, discord, canvas]) outbox.registerDestination(d);
    expect(outbox.enqueue({ id: 'a-1', kind: 'note', payload: { n: 1 }, expiresAt: later(HOUR) })).toEqual([
      'feed',
      'discord',
    ]);
    // The same item again (another tick, another process) is not stored twice.
    expect(outbox.enqueue({ id: 'a-1', kind: 'note', payload: { n: 1 }, expiresAt: later(HOUR) })).toEqual(
      [],
    );
    outbox.enqueue({
      id: 'reply-9',
      kind: 'board-reply',
      payload: { thread: 't1', text: 'hi' },
      destinations: ['canvas'],
      recipient: 't1',
      expiresAt: later(HOUR),
    });
    await outbox.drain();
    await outbox.drain();
    expect(feed.got.map((i) => i.id)).toEqual(['a-1']);
    expect(discord.got.map((i) => i.id)).toEqual(['a-1']);
    expect(canvas.got).toEqual([
      {
        id: 'reply-9',
        kind: 'board-reply',
        destination: 'canvas',
        recipient: 't1',
        payload: { thread: 't1', text: 'hi' },
        attempt: 1,
        queuedAt: clock.now(),
      },
    ]);
    expect(() => outbox.registerDestination(recorder('feed'))).toThrow(/already registered/);
  });

  it('GIVEN a destination that hangs THEN the others deliver everything meanwhile, and the hung call times out', async () => {
    const outbox = newOutbox({ pollMs: 20 });
    let hungCalls = 0;
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    outbox.registerDestination({
      name: 'slack',
      timeoutMs: 300,
      deliver: () => {
        hungCalls++;
        return released;
      },
    });
    const feed = recorder('feed');
    outbox.registerDestination(feed);
    outbox.start();
    for (let i = 1; i <= 5; i++) {
      outbox.enqueue({ id: `r-${i}`, kind: 'note', payload: {}, expiresAt: later(HOUR) });
    }
    while (feed.got.length < 5) await new Promise((r) => setTimeout(r, 5));
    // The feed had all five while Slack was still stuck on its first.
    expect(hungCalls).toBe(1);
    while (outbox.status('r-1').find((r) => r.destination === 'slack')?.status !== 'pending') {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(outbox.status('r-1').find((r) => r.destination === 'slack')).toEqual({
      destination: 'slack',
      status: 'pending',
      attempts: 1,
      error: 'no answer within 300 ms',
    });
    release();
  });

  it('GIVEN a kind with a renderer THEN the text is rendered at send time, and an item no longer worth sending is given up with the reason', async () => {
    const outbox = newOutbox();
    const feed = recorder('feed');
    let up = false;
    outbox.registerDestination({
      name: 'discord',
      deliver: (item) =>
        up ? feed.deliver(item, new AbortController().signal) : Promise.reject(new Error('down')),
    });
    outbox.registerKind('countdown', (payload, now) => {
      const { until } = payload as { until: string };
      const left = Date.parse(until) - now.getTime();
      if (left <= 0) return { skip: 'the moment has passed' };
      return { id: 'c', kind: 'reminder', text: `in ${left / 60_000} minutes` } satisfies Post;
    });
    outbox.enqueue({
      id: 'c-1',
      kind: 'countdown',
      payload: { until: later(20 * 60_000) },
      expiresAt: later(HOUR),
    });
    outbox.enqueue({
      id: 'c-2',
      kind: 'countdown',
      payload: { until: later(60_000) },
      expiresAt: later(HOUR),
    });
    await outbox.drain();
    up = true;
    clock.advance(5 * 60_000);
    outbox.retryNow('discord');
    await outbox.drain();
    expect(feed.got.map((i) => i.post?.text)).toEqual(['in 15 minutes']);
    expect(outbox.status('c-2')).toEqual([
      {
        destination: 'discord',
        status: 'given_up',
        attempts: 2,
        error: 'down',
        reason: 'the moment has passed',
      },
    ]);
    expect(log.lines.filter((l) => l.msg === 'delivery given up').map((l) => l.fields?.item)).toEqual([
      'c-2',
    ]);
  });

  it('GIVEN rows left sending by a process that died THEN they are given up and logged, except on an idempotent destination, which sends again', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const outbox = newOutbox();
    const discord = recorder('discord');
    const feed = recorder('feed', { idempotent: true });
    outbox.registerDestination(discord);
    outbox.registerDestination(feed);
    outbox.enqueue({ id: 'x', kind: 'note', payload: {}, expiresAt: later(HOUR) });
    db.prepare("UPDATE outbox SET status = 'sending', attempts = 1, claimed_by = ?").run(
      `${os.hostname()}:${dead}:abcd`,
    );
    // A row claimed by a live outbox in this process is left alone.
    const other = newOutbox();
    other.registerDestination(recorder('slack'));
    other.enqueue({ id: 'y', kind: 'note', payload: {}, destinations: ['slack'], expiresAt: later(HOUR) });
    db.prepare("UPDATE outbox SET status = 'sending', claimed_by = ? WHERE item_id = 'y'").run(
      (
        db.prepare("SELECT claimed_by FROM outbox WHERE item_id = 'x'").get() as { claimed_by: string }
      ).claimed_by.replace(`${dead}:abcd`, `${process.pid}:live`),
    );
    expect(outbox.recoverInterrupted()).toBe(3); // x on discord and feed, and y (its owner token is unknown)
    await outbox.drain();
    expect(discord.got).toEqual([]);
    expect(feed.got.map((i) => i.id)).toEqual(['x']);
    expect(outbox.status('x').map((r) => `${r.destination}/${r.status}`)).toEqual([
      'discord/given_up',
      'feed/sent',
    ]);
    expect(
      log.lines.filter((l) => l.msg === 'delivery interrupted: may be lost').map((l) => l.fields),
    ).toEqual([
      { item: 'x', kind: 'note', destination: 'discord' },
      { item: 'y', kind: 'note', destination: 'slack' },
    ]);
    const fresh = newOutbox();
    db.prepare("UPDATE outbox SET status = 'sending', claimed_by = ? WHERE item_id = 'y'").run(
      // The owner token of a live outbox: untouched.
      (fresh as unknown as { owner: string }).owner,
    );
    expect(outbox.recoverInterrupted()).toBe(0);
  });

  it('GIVEN rows left sending under another host name (a container replaced by `docker rm -f` and `docker run`) THEN once the claim is older than any time-out they are recovered, not left sending for ever', async () => {
    const outbox = newOutbox();
    const discord = recorder('discord');
    const feed = recorder('feed', { idempotent: true });
    outbox.registerDestination(discord);
    outbox.registerDestination(feed);
    outbox.enqueue({ id: 'z', kind: 'note', payload: {}, expiresAt: later(HOUR) });
    // PID 1, as a container's process is: the old container's host name is what tells it apart.
    db.prepare("UPDATE outbox SET status = 'sending', attempts = 1, claimed_by = ?, updated_at = ?").run(
      'a1b2c3d4e5f6:1:abcd',
      clock.now().toISOString(),
    );
    // Just claimed: a process elsewhere may still be sending it, within its time-out.
    clock.advance(60_000);
    expect(outbox.recoverInterrupted()).toBe(0);
    clock.advance(HOUR / 2);
    expect(outbox.recoverInterrupted()).toBe(2);
    await outbox.drain();
    expect(discord.got).toEqual([]);
    expect(feed.got.map((i) => i.id)).toEqual(['z']);
    expect(outbox.status('z').map((r) => `${r.destination}/${r.status}`)).toEqual([
      'discord/given_up',
      'feed/sent',
    ]);
    expect(
      log.lines.filter((l) => l.msg === 'delivery interrupted: may be lost').map((l) => l.fields),
    ).toEqual([{ item: 'z', kind: 'note', destination: 'discord' }]);
  });

  it('GIVEN a destination that can never deliver (nothing configured) THEN the item is given up at once, not retried', async () => {
    const outbox = newOutbox();
    let calls = 0;
    outbox.registerDestination({
      name: 'discord',
      deliver: () => {
        calls++;
        return Promise.reject(new PermanentDeliveryError('DISCORD_ANNOUNCE_CHANNEL_ID is not set'));
      },
    });
    outbox.enqueue({ id: 'p', kind: 'note', payload: {}, expiresAt: later(HOUR) });
    await outbox.drain();
    clock.advance(HOUR / 2);
    await outbox.drain();
    expect(calls).toBe(1);
    expect(outbox.status('p')).toEqual([
      {
        destination: 'discord',
        status: 'given_up',
        attempts: 1,
        error: 'DISCORD_ANNOUNCE_CHANNEL_ID is not set',
        reason: 'DISCORD_ANNOUNCE_CHANNEL_ID is not set',
      },
    ]);
    expect(outbox.health()[0]?.lastFailedAt).toBeUndefined();
  });

  it('GIVEN stop while a call hangs THEN it returns within the grace period and the row waits for the next start', async () => {
    const outbox = newOutbox();
    outbox.registerDestination({ name: 'slack', deliver: () => new Promise(() => {}) });
    outbox.enqueue({ id: 's', kind: 'note', payload: {}, expiresAt: later(HOUR) });
    const draining = outbox.drain();
    while (outbox.status('s')[0]?.status !== 'sending') await new Promise((r) => setTimeout(r, 5));
    await outbox.stop(50);
    await draining;
    expect(outbox.status('s')).toEqual([
      { destination: 'slack', status: 'pending', attempts: 1, error: 'the bot is shutting down' },
    ]);
  });
});
