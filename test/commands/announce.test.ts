import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import announce from '../../commands/announce.ts';
import { AnnouncementStore } from '../../src/announcements/announcement-store.ts';
import { deliverDueAnnouncements } from '../../src/announcements/deliver-announcements.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
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
  env.core.posters.push(feed, discord);
});
afterEach(() => env.cleanup());

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
    await deliverDueAnnouncements(env.core);
    expect(feed.posts).toHaveLength(1);
  });

  it('GIVEN a local time THEN it is posted at that minute in the course zone, once', async () => {
    const reply = await run({ text: 'Lab opens', at: '2027-02-15 12:30' });
    expect(reply.text).toContain('Announcement #1 scheduled for Mon 15 Feb 2027, 12:30 CET');
    env.clock.set('2027-02-15T11:29:00Z'); // 12:29 local
    await deliverDueAnnouncements(env.core);
    expect(feed.posts).toHaveLength(0);
    env.clock.set('2027-02-15T11:30:00Z');
    await Promise.all([deliverDueAnnouncements(env.core), deliverDueAnnouncements(env.core)]);
    await deliverDueAnnouncements(env.core);
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
    env.core.db.close();
    env.core.db = openDatabase(file);
    env.clock.set('2027-02-15T11:05:00Z');
    expect(await deliverDueAnnouncements(env.core)).toBe(1);
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
    expect((await run({ text: 'cancel' })).text).toContain('needs the id');
    env.clock.set('2027-02-18T09:30:00Z'); // 10:30 local, after #2's time
    await deliverDueAnnouncements(env.core);
    expect(feed.posts.map((p) => p.text)).toEqual(['Second']);
    expect((await run({ text: 'list' })).text).toBe('No announcements are scheduled.');
  });

  it('GIVEN a poster that fails THEN the failure is recorded, the others get it, and it is not retried', async () => {
    discord.failNext = true;
    const reply = await run({ text: 'Partial' });
    expect(reply.text).toContain('posted to feed');
    expect(reply.text).toContain('could not be posted to discord');
    expect(new AnnouncementStore(env.core.db).deliveries(1)).toEqual([
      { poster: 'discord', status: 'failed', error: 'channel unavailable' },
      { poster: 'feed', status: 'sent', error: null },
    ]);
    await deliverDueAnnouncements(env.core);
    expect(discord.posts).toHaveLength(0);
  });

  it('GIVEN a scheduled post that fails with a token in its error THEN the stored error holds no token', async () => {
    await run({ text: 'Later', at: '2027-02-15 12:00' });
    discord.postToChannel = () => Promise.reject(new Error('invalid_auth for xoxb-1234567890-abcdefghijkl'));
    env.clock.set('2027-02-15T11:01:00Z');
    await deliverDueAnnouncements(env.core);
    const failed = new AnnouncementStore(env.core.db).deliveries(1).find((d) => d.poster === 'discord');
    expect(failed).toEqual({ poster: 'discord', status: 'failed', error: 'invalid_auth for [redacted]' });
  });

  it('GIVEN the bot was down for more than a day past the time THEN the announcement expires unsent', async () => {
    await run({ text: 'Stale', at: '2027-02-15 12:00' });
    env.clock.set('2027-02-16T11:01:00Z');
    expect(await deliverDueAnnouncements(env.core)).toBe(0);
    expect(feed.posts).toHaveLength(0);
    expect(new AnnouncementStore(env.core.db).get(1)?.status).toBe('expired');
  });

  it('GIVEN no configured channel THEN posting now says so', async () => {
    env.core.posters.length = 0;
    expect((await run({ text: 'hi' })).text).toContain('No announcement channel is configured');
  });

  it('GIVEN an announcement over 2000 characters THEN it is refused', async () => {
    const reply = await run({ text: 'a'.repeat(2001) });
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('longer than 2000 characters');
  });
});
