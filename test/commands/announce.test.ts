import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import announce from '../../commands/announce.ts';
import { AnnouncementStore } from '../../src/announcements/announcement-store.ts';
import {
  ANNOUNCEMENT_KIND,
  queueDueAnnouncements,
  renderAnnouncement,
} from '../../src/announcements/deliver-announcements.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import { posterDestination } from '../../src/delivery/poster-destination.ts';
import { openDatabase } from '../../src/store/database.ts';
import { makeTestCore, RecordingPoster, student, ta } from './core-for-tests.ts';

// 2027-02-15 10:00 UTC is 11:00 in Europe/Amsterdam (CET, UTC+1).
let env: ReturnType<typeof makeTestCore>;
let feed: RecordingPoster;
let discord: RecordingPoster;
beforeEach(() => {
  env = makeTestCore('2027-02-15T10:00:00Z');
  feed = new RecordingPoster('feed');
  discord = new RecordingPoster('discord');
  env.addPoster(feed);
  env.addPoster(discord);
});
afterEach(() => env.cleanup());

/** One announcement tick, then the outbox delivers what it queued. */
async function deliverDueAnnouncements(): Promise<number> {
  const queued = queueDueAnnouncements(env.core);
  await env.core.outbox.drain();
  return queued;
}

const run = (args: unknown, who = ta) => createCommandRunner(env.core, [announce]).run('announce', args, who);

describe('announce', () => {
  it('GIVEN a student THEN it is refused whatever the platform', async () => {
    const reply = await run({ text: 'hello' }, student);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('teaching assistants only');
    expect(feed.posts).toHaveLength(0);
  });

  it('GIVEN no time THEN it posts now to every poster once', async () => {
    const reply = await run({ text: 'Room change: **NU-2A05**' });
    expect(reply.text).toBe('Announcement #1 posted to discord, feed.');
    expect(feed.posts).toEqual([
      { id: 'announcement-1', kind: 'announcement', text: 'Room change: **NU-2A05**' },
    ]);
    expect(discord.posts).toHaveLength(1);
    await deliverDueAnnouncements();
    expect(feed.posts).toHaveLength(1);
  });

  it('GIVEN a local time THEN it is posted at that minute in the course zone, once', async () => {
    const reply = await run({ text: 'Lab opens', at: '2027-02-15 12:30' });
    expect(reply.text).toContain('Announcement #1 scheduled for Mon 15 Feb 2027, 12:30 CET');
    env.clock.set('2027-02-15T11:29:00Z'); // 12:29 local
    await deliverDueAnnouncements();
    expect(feed.posts).toHaveLength(0);
    env.clock.set('2027-02-15T11:30:00Z');
    await Promise.all([deliverDueAnnouncements(), deliverDueAnnouncements()]);
    await deliverDueAnnouncements();
    expect(feed.posts.map((p) => p.text)).toEqual(['Lab opens']);
    expect(discord.posts).toHaveLength(1);
  });

  it('GIVEN `--at` inside the text (Discord text option or modal, web JSON object) THEN it is read as the time', async () => {
    const reply = await run({ text: 'Quiz tomorrow --at 2027-02-16 09:00' });
    expect(reply.text).toContain('scheduled for Tue 16 Feb 2027, 09:00 CET');
    expect(new AnnouncementStore(env.core.db).pending()[0]?.text).toBe('Quiz tomorrow');
  });

  it('GIVEN a scheduled announcement and a restart THEN the new process still posts it', async () => {
    await run({ text: 'After restart', at: '2027-02-15 12:00' });
    const file = path.join(env.dir, 'test.sqlite');
    await env.core.outbox.stop(0);
    env.core.db.close();
    env.core.db = openDatabase(file);
    env.core.outbox = new Outbox(env.core.db, env.clock, silentLogger);
    env.core.outbox.registerKind(ANNOUNCEMENT_KIND, renderAnnouncement);
    env.core.outbox.registerDestination(posterDestination(feed));
    env.clock.set('2027-02-15T11:05:00Z');
    expect(await deliverDueAnnouncements()).toBe(1);
    expect(feed.posts.map((p) => p.text)).toEqual(['After restart']);
  });

  it('GIVEN a past, malformed or skipped time THEN a clear error and nothing stored', async () => {
    expect((await run({ text: 'x', at: '2027-02-15 10:59' })).text).toContain(
      'is in the past (it is now Mon 15 Feb 2027, 11:00 CET)',
    );
    expect((await run({ text: 'x', at: 'tomorrow 9am' })).text).toContain(
      'Write it as YYYY-MM-DD HH:mm in Europe/Amsterdam',
    );
    expect((await run({ text: 'x', at: '2027-03-28 02:30' })).text).toContain(
      'does not exist in Europe/Amsterdam',
    );
    expect((await run({ text: 'x', at: '2029-01-01 10:00' })).text).toContain('more than a year ahead');
    expect(new AnnouncementStore(env.core.db).pending()).toHaveLength(0);
  });

  it('GIVEN scheduled announcements THEN list shows them and cancel stops one', async () => {
    await run({ text: 'First', at: '2027-02-20 10:00' });
    await run({ text: 'Second', at: '2027-02-18 10:00' });
    const list = await run({ text: 'list' });
    expect(list.text).toContain(
      '- #2 at Thu 18 Feb 2027, 10:00 CET: Second\n- #1 at Sat 20 Feb 2027, 10:00 CET: First',
    );
    expect((await run({ text: 'cancel 1' })).text).toBe('Announcement #1 cancelled.');
    expect((await run({ text: 'cancel 1' })).text).toContain('cannot be cancelled: it is cancelled');
    expect((await run({ text: 'cancel 99' })).text).toContain('There is no announcement #99');
    expect((await run({ text: 'cancel' })).text).toContain('takes one announcement id');
    env.clock.set('2027-02-18T09:30:00Z'); // 10:30 local, after #2's time
    await deliverDueAnnouncements();
    expect(feed.posts.map((p) => p.text)).toEqual(['Second']);
    expect((await run({ text: 'list' })).text).toBe('No announcements are scheduled.');
  });

  it('GIVEN `cancel` or `list` with anything but their form THEN a usage error, and nothing is posted or stored', async () => {
    await run({ text: 'Kept', at: '2027-02-20 10:00' });
    for (const text of [
      'cancel 1 OR 1=1',
      'cancel 1; DELETE FROM announcements',
      'cancel one',
      'CANCEL 1 2',
    ]) {
      const reply = await run({ text });
      expect(reply.kind).toBe('error');
      expect(reply.text).toContain('`announce cancel ID` takes one announcement id, a number');
    }
    const listAll = await run({ text: 'list all' });
    expect(listAll.text).toContain('`announce list` takes nothing after `list`');
    expect((await run({ text: 'list', at: '2027-02-20 10:00' })).text).toContain('`list` takes no `at`');
    expect((await run({ text: 'cancel 1 --at 2027-02-20 10:00' })).kind).toBe('error');
    await env.core.outbox.drain();
    expect(feed.posts).toEqual([]);
    expect(new AnnouncementStore(env.core.db).pending().map((a) => a.text)).toEqual(['Kept']);
    // The forms themselves still work, in any case and with a # before the id; other first words are announcements.
    expect((await run({ text: 'CANCEL #1' })).text).toBe('Announcement #1 cancelled.');
    await run({ text: 'Cancelled: no lecture today' });
    expect(feed.posts.map((p) => p.text)).toEqual(['Cancelled: no lecture today']);
  });

  it('GIVEN a poster that fails THEN the others get it, and it is retried with backoff until it is posted once', async () => {
    discord.failNext = true;
    const reply = await run({ text: 'Partial' });
    expect(reply.text).toContain('posted to feed');
    expect(reply.text).toContain('could not be posted to discord yet');
    expect(env.core.outbox.status('announcement-1')).toEqual([
      { destination: 'discord', status: 'pending', attempts: 1, error: 'channel unavailable' },
      { destination: 'feed', status: 'sent', attempts: 1 },
    ]);
    await deliverDueAnnouncements(); // not due again yet: the first retry waits 30 s
    expect(discord.posts).toHaveLength(0);
    env.clock.advance(30_000);
    await deliverDueAnnouncements();
    await deliverDueAnnouncements();
    expect(discord.posts.map((p) => p.text)).toEqual(['Partial']);
    expect(feed.posts).toHaveLength(1);
  });

  it('GIVEN a scheduled post that fails with a token in its error THEN the stored error holds no token', async () => {
    await run({ text: 'Later', at: '2027-02-15 12:00' });
    discord.postToChannel = () => Promise.reject(new Error('invalid_auth for xoxb-1234567890-abcdefghijkl'));
    env.clock.set('2027-02-15T11:01:00Z');
    await deliverDueAnnouncements();
    const failed = env.core.outbox.status('announcement-1').find((d) => d.destination === 'discord');
    expect(failed?.error).toBe('invalid_auth for [redacted]');
  });

  it('GIVEN a platform down for the whole window THEN the announcement is given up there, with the reason', async () => {
    discord.postToChannel = () => Promise.reject(new Error('503 from discord'));
    await run({ text: 'Never reaches discord' });
    for (let hour = 0; hour < 25; hour++) {
      env.clock.advance(3_600_000);
      await deliverDueAnnouncements();
    }
    const records = env.core.outbox.status('announcement-1');
    expect(records.map((r) => [r.destination, r.status])).toEqual([
      ['discord', 'given_up'],
      ['feed', 'sent'],
    ]);
    expect(records[0]?.reason).toMatch(/window closed/);
    expect(records[0]?.error).toBe('503 from discord');
  });

  it('GIVEN the bot was down for more than a day past the time THEN the announcement expires unsent', async () => {
    await run({ text: 'Stale', at: '2027-02-15 12:00' });
    env.clock.set('2027-02-16T11:01:00Z');
    expect(await deliverDueAnnouncements()).toBe(0);
    expect(feed.posts).toHaveLength(0);
    expect(new AnnouncementStore(env.core.db).get(1)?.status).toBe('expired');
    expect(env.core.outbox.status('announcement-1').map((r) => [r.destination, r.status])).toEqual([
      ['discord', 'given_up'],
      ['feed', 'given_up'],
    ]);
  });

  it('GIVEN no configured channel THEN posting now says so', async () => {
    env.cleanup();
    env = makeTestCore('2027-02-15T10:00:00Z');
    expect((await run({ text: 'hi' })).text).toContain('No announcement channel is configured');
  });

  it('GIVEN an announcement over 2000 characters THEN it is refused', async () => {
    const reply = await run({ text: 'a'.repeat(2001) });
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('longer than 2000 characters');
  });
});
