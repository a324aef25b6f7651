import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { fixedClock } from '../../src/core/clock.ts';
import type { FeedItem } from '../../src/feed/feed-store.ts';
import type { Core } from '../../src/core/core.ts';
import { setOptIn } from '../../src/reminders/opt-in-store.ts';
import { runReminderTick } from '../../src/reminders/reminder-tick.ts';
import { recordingLogger, recordingPoster, startApp, tempDir } from './app-harness.ts';

// In the fixture, "autumn-deadline" (due Sun 25 Oct 2026 23:59 CET = 22:59Z) has reminders
// 1w at 18 Oct 21:59Z, 1d at 24 Oct 21:59Z and 24h at 24 Oct 22:59Z.
let tmp: ReturnType<typeof tempDir>;
const apps: App[] = [];
beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  tmp.remove();
});

async function start(
  clock: ReturnType<typeof fixedClock>,
  extra: Parameters<typeof startApp>[0]['posters'] = [],
  log = recordingLogger(),
) {
  const started = await startApp({ dataDir: tmp.dir, clock, posters: extra, log });
  apps.push(started.app);
  return { ...started, log };
}

/** One reminder tick, then the outbox delivers what is due. */
async function runTick(core: Core): Promise<void> {
  runReminderTick(core);
  await core.outbox.drain();
}

const rows = (core: Core, destination: string) =>
  core.outbox.rows().filter((r) => r.destination === destination || r.destination.startsWith(destination));

async function feed(base: string): Promise<FeedItem[]> {
  return (await (await fetch(`${base}/api/feed`)).json()) as FeedItem[];
}

describe('reminder dispatch', () => {
  it('GIVEN two app instances on the same SQLite file THEN each reminder is sent exactly once per destination', async () => {
    const clock = fixedClock('2026-10-24T22:05:00Z');
    const discord = recordingPoster('discord');
    const first = await start(clock, [discord]);
    // The start-up tick sends the 1d reminder, six minutes late (within the grace hour).
    expect(discord.posts.map((p) => p.id)).toEqual(['reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1d']);
    await first.app.stop();

    const discordAgain = recordingPoster('discord');
    const second = await start(clock, [discordAgain]);
    await runTick(second.app.core);
    expect(discordAgain.posts).toEqual([]);

    clock.set('2026-10-24T23:00:00Z');
    await runTick(second.app.core);
    await runTick(second.app.core);
    expect(discordAgain.posts.map((p) => p.id)).toEqual([
      'reminder:autumn-deadline:2026-10-25T22:59:00.000Z:24h',
    ]);
    const items = await feed(second.base);
    expect(items.map((i) => [i.kind, i.eventId, i.id])).toEqual([
      ['reminder', 'autumn-deadline', 'reminder:autumn-deadline:2026-10-25T22:59:00.000Z:24h'],
      ['reminder', 'autumn-deadline', 'reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1d'],
    ]);
    // The web feed shows course-zone text, not placeholders.
    expect(items[1]?.text).toContain('at Sun 25 Oct 2026, 23:59 CET');
    expect(items[1]?.text).not.toContain('{{time');
  });

  it('GIVEN a destination that fails with a token in its error THEN neither the stored error nor the log holds the token', async () => {
    const token = 'xoxb-1234567890-abcdefghijkl';
    const leaky = recordingPoster('slack');
    leaky.postToChannel = () => Promise.reject(new Error(`invalid_auth for ${token}`));
    const log = recordingLogger();
    const { app } = await start(fixedClock('2026-10-24T22:00:00Z'), [leaky], log);
    expect(rows(app.core, 'slack').map((r) => r.error)).toEqual(['invalid_auth for [redacted]']);
    const failures = log.lines.filter((l) => l.msg === 'delivery failed; will retry');
    expect(failures.length).toBe(1);
    expect(JSON.stringify(log.lines)).not.toContain(token);
  });

  it('GIVEN two instances running at once on one SQLite file THEN concurrent ticks send a reminder once in all', async () => {
    const clock = fixedClock('2026-10-24T21:00:00Z');
    const a = recordingPoster('discord');
    const b = recordingPoster('discord');
    const first = await start(clock, [a]);
    const second = await start(clock, [b]);
    clock.set('2026-10-24T22:00:00Z');
    await Promise.all([runTick(first.app.core), runTick(second.app.core)]);
    expect([...a.posts, ...b.posts].map((p) => p.id)).toEqual([
      'reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1d',
    ]);
    expect((await feed(first.base)).length).toBe(1);
  });

  it('GIVEN the bot was down THEN a reminder at most the grace period late is sent and older ones are skipped and logged', async () => {
    const clock = fixedClock('2026-10-18T12:00:00Z');
    const early = await start(clock);
    await early.app.stop();

    clock.set('2026-10-24T22:30:00Z');
    const discord = recordingPoster('discord');
    const { log } = await start(clock, [discord]);
    expect(discord.posts.map((p) => `${p.eventId}/${p.id.split(':').at(-1)}`)).toEqual([
      'autumn-deadline/1d',
    ]);

    const skipped = rows(apps[1]!.core, 'discord')
      .filter((d) => d.status === 'given_up')
      .map((d) => `${d.item} ${d.reason?.split(',')[0]}`);
    expect(skipped).toEqual([
      'reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1w too late: due at 2026-10-18T21:59:00.000Z',
      'reminder:practical-autumn:2026-10-23T07:00:00.000Z:1h too late: due at 2026-10-23T06:00:00.000Z',
    ]);
    const warnings = log.lines.filter((l) => l.msg === 'delivery given up');
    expect(warnings.length).toBe(4); // two reminders, two destinations (feed and discord)
  });

  it('GIVEN REMINDER_GRACE_MINUTES=0 THEN a reminder is still sent by the tick of its own minute, which runs a moment after it', async () => {
    const clock = fixedClock('2026-10-24T21:00:00Z');
    const discord = recordingPoster('discord');
    const started = await startApp({
      dataDir: tmp.dir,
      clock,
      posters: [discord],
      env: { REMINDER_GRACE_MINUTES: '0' },
    });
    apps.push(started.app);
    // The 1d reminder is due at 21:59:00; node-cron runs that minute's tick a few milliseconds into it.
    clock.set('2026-10-24T21:59:00.250Z');
    await runTick(started.app.core);
    expect(discord.posts.map((p) => p.id)).toEqual(['reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1d']);
    // A reminder whose minute passed without a tick (the bot was down then) is not sent.
    clock.set('2026-10-24T23:00:30Z'); // the 24h reminder was due at 22:59
    await runTick(started.app.core);
    expect(discord.posts).toHaveLength(1);
    expect(
      rows(started.app.core, 'discord').map((d) => `${d.status} ${d.reason?.split(',')[0] ?? ''}`),
    ).toEqual(['sent ', 'given_up too late: due at 2026-10-24T22:59:00.000Z']);
  });

  it('GIVEN a failing destination THEN it is retried with doubling backoff, and sent once when it is back', async () => {
    const clock = fixedClock('2026-10-24T22:00:00Z');
    const discord = recordingPoster('discord', { fail: true });
    const { app } = await start(clock, [discord]);
    const attempts = () => rows(app.core, 'discord').map((d) => `${d.status}/${d.attempts}`);
    expect(attempts()).toEqual(['pending/1']);
    // Retries after 30 s, then 60 s, then 120 s: each wait is twice the one before.
    for (const [waitMs, expected] of [
      [29_000, 'pending/1'],
      [1_000, 'pending/2'],
      [59_000, 'pending/2'],
      [1_000, 'pending/3'],
      [120_000, 'pending/4'],
    ] as const) {
      clock.advance(waitMs);
      await runTick(app.core);
      expect(attempts()).toEqual([expected]);
    }
    discord.fail = false;
    clock.advance(240_000);
    await runTick(app.core);
    await runTick(app.core);
    expect(discord.posts.map((p) => p.id)).toEqual(['reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1d']);
    expect(attempts()).toEqual(['sent/5']);
    // Sent 7 minutes late, it says how long is really left, and the feed (healthy all along) got it once.
    expect(discord.posts[0]?.text).toContain('is due in 1 day, at');
    expect(rows(app.core, 'feed').map((d) => d.status)).toEqual(['sent']);
  });

  it('GIVEN a reminder waiting for its platform WHEN its deadline is moved THEN the old date is not reminded', async () => {
    const clock = fixedClock('2026-10-24T22:00:00Z'); // the 1d reminder of the deadline due 25 Oct
    const discord = recordingPoster('discord', { fail: true });
    const { app } = await start(clock, [discord]);
    expect(rows(app.core, 'discord').map((d) => `${d.item} ${d.status}`)).toEqual([
      'reminder:autumn-deadline:2026-10-25T22:59:00.000Z:1d pending',
    ]);
    // The deadline moves two days on (a reload of the edited schedule) while Discord is still down.
    const { schedule } = app.core.content;
    app.core.content = {
      ...app.core.content,
      schedule: {
        ...schedule,
        events: schedule.events.map((e) =>
          e.id === 'autumn-deadline' ? { ...e, start: '2026-10-27 23:59' } : e,
        ),
      },
    };
    discord.fail = false;
    clock.advance(60_000);
    await runTick(app.core);
    expect(discord.posts).toEqual([]);
    expect(rows(app.core, 'discord').map((d) => `${d.status}: ${d.reason}`)).toEqual([
      'given_up: its event is no longer in the schedule at 2026-10-25T22:59:00.000Z (moved or taken out)',
    ]);
  });

  it('GIVEN a destination down until the event THEN the reminder is given up there with the reason, never sent late', async () => {
    const clock = fixedClock('2026-10-23T05:59:00Z');
    const discord = recordingPoster('discord', { fail: true });
    const { app } = await start(clock, [discord]);
    clock.set('2026-10-23T06:00:00Z'); // the practical's 1h reminder
    await runTick(app.core);
    for (let minute = 0; minute < 70; minute++) {
      clock.advance(60_000);
      await runTick(app.core);
    }
    discord.fail = false;
    await runTick(app.core);
    expect(discord.posts).toEqual([]);
    const [row] = rows(app.core, 'discord');
    expect(row?.status).toBe('given_up');
    expect(row?.reason).toContain('window closed at 2026-10-23T07:00:00.000Z');
    expect(row?.error).toBe('channel unavailable');
  });

  it('GIVEN a reminder caught up after a downtime THEN its text states the time really left', async () => {
    const clock = fixedClock('2026-10-23T05:00:00Z');
    const early = await start(clock);
    await early.app.stop();
    clock.set('2026-10-23T06:50:00Z'); // the 1h reminder was due at 06:00; the practical starts at 07:00
    const discord = recordingPoster('discord');
    await start(clock, [discord]);
    expect(discord.posts.map((p) => p.text)).toEqual([
      expect.stringContaining('starts in 10 minutes, at {{time:0}}'),
    ]);
  });

  it('GIVEN a failure that clears up THEN the next try delivers it', async () => {
    const clock = fixedClock('2026-10-24T22:00:00Z');
    const discord = recordingPoster('discord', { fail: true });
    const { app } = await start(clock, [discord]);
    discord.fail = false;
    clock.advance(60_000);
    await runTick(app.core);
    expect(discord.posts.map((p) => p.eventId)).toEqual(['autumn-deadline']);
  });

  it('GIVEN a user opted in with their own leads THEN they get direct messages for everyone-events at those leads', async () => {
    const clock = fixedClock('2026-10-01T00:00:00Z');
    const discord = recordingPoster('discord', { direct: true });
    const { app } = await start(clock, [discord]);
    setOptIn(app.core.db, { platform: 'discord', userId: 'u1', leads: ['3h'] }, clock.now());
    // 3h before the autumn deadline is 19:59Z; the practical (a group event) is never sent as a DM.
    clock.set('2026-10-25T20:00:00Z');
    await runTick(app.core);
    expect(discord.direct.map((d) => `${d.userId}/${d.post.id}`)).toEqual([
      'u1/reminder:autumn-deadline:2026-10-25T22:59:00.000Z:3h',
    ]);
    await runTick(app.core);
    expect(discord.direct.length).toBe(1);
    expect(
      rows(app.core, 'discord')
        .filter((d) => d.recipient !== undefined)
        .map((d) => `${d.destination}/${d.recipient}`),
    ).toEqual(['discord/u1']);
  });

  it('GIVEN a direct message waiting for a retry WHEN the user turns reminders off THEN it is not sent', async () => {
    const clock = fixedClock('2026-10-01T00:00:00Z');
    const discord = recordingPoster('discord', { direct: true });
    const { app } = await start(clock, [discord]);
    for (const userId of ['u1', 'u2']) {
      app.core.reminders.optIn({ platform: 'discord', userId, leads: ['3h'] }, clock.now());
    }
    clock.set('2026-10-25T20:00:00Z'); // 3h before the autumn deadline was 19:59Z
    discord.fail = true;
    await runTick(app.core);
    const direct = () =>
      rows(app.core, 'discord')
        .filter((d) => d.recipient !== undefined)
        .map((d) => `${d.recipient} ${d.status}${d.reason ? `: ${d.reason}` : ''}`);
    expect(direct()).toEqual(['u1 pending', 'u2 pending']);

    expect(app.core.reminders.optOut('discord', 'u1')).toBe(true);
    discord.fail = false;
    clock.advance(60_000); // past the first retry
    await runTick(app.core);
    // Only u2, who still wants them, gets it.
    expect(discord.direct.map((d) => d.userId)).toEqual(['u2']);
    expect(direct()).toEqual(['u1 given_up: the user turned direct-message reminders off', 'u2 sent']);
  });
});
