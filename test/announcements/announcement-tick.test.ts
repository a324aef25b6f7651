import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnouncementStore } from '../../src/announcements/announcement-store.ts';
import { installAnnouncements } from '../../src/announcements/install.ts';
import type { AppHooks } from '../../src/core/app-hooks.ts';
import { makeTestCore, RecordingPoster } from '../commands/core-for-tests.ts';

let env: ReturnType<typeof makeTestCore>;
let feed: RecordingPoster;
beforeEach(() => {
  env = makeTestCore('2027-02-15T10:00:00Z');
  feed = new RecordingPoster('feed');
  env.addPoster(feed);
});
afterEach(() => env.cleanup());

describe('announcement tick', () => {
  it('GIVEN announcements that came due while the bot was down THEN start queues them once, and stop is clean', async () => {
    const store = new AnnouncementStore(env.core.db);
    store.add('Due an hour ago', new Date('2027-02-15T09:00:00Z'), new Date('2027-02-14T09:00:00Z'));
    store.add('Due tomorrow', new Date('2027-02-16T09:00:00Z'), new Date('2027-02-14T09:00:00Z'));
    const hooks: AppHooks = { routes: [], starters: [], stoppers: [] };
    installAnnouncements(env.core, hooks);
    for (const s of hooks.starters) await s.start();
    for (const stop of hooks.stoppers) await stop();
    await env.core.outbox.drain();
    expect(feed.posts.map((p) => p.text)).toEqual(['Due an hour ago']);
    expect(store.pending().map((a) => a.text)).toEqual(['Due tomorrow']);
  });
});
