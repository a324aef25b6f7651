import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { createFeedPoster } from '../../src/feed/feed-poster.ts';
import { FEED_LIMIT, listFeed } from '../../src/feed/feed-store.ts';
import { openDatabase } from '../../src/store/database.ts';
import { tempDir } from '../reminders/app-harness.ts';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

describe('the feed poster', () => {
  it('stores announcements and reminders newest first, once per post id, with times rendered in the course zone', async () => {
    const db = openDatabase(path.join(tmp.dir, 'bot.sqlite'));
    const clock = fixedClock('2026-10-01T10:00:00Z');
    const feed = createFeedPoster(db, clock);
    expect(feed).toMatchObject({ name: 'feed', platform: 'web' });
    await feed.postToChannel({
      id: 'announcement:1',
      kind: 'announcement',
      text: 'Room change at {{time:0}}',
      times: [{ at: new Date('2026-10-02T09:00:00Z'), fallback: 'Fri 2 Oct 2026, 11:00 CEST' }],
    });
    clock.advance(60_000);
    await feed.postToChannel({ id: 'reminder:a1', kind: 'reminder', text: 'A1 is due', eventId: 'a1' });
    await feed.postToChannel({ id: 'reminder:a1', kind: 'reminder', text: 'A1 is due', eventId: 'a1' });
    expect(listFeed(db)).toEqual([
      {
        id: 'reminder:a1',
        at: '2026-10-01T10:01:00.000Z',
        kind: 'reminder',
        text: 'A1 is due',
        eventId: 'a1',
      },
      {
        id: 'announcement:1',
        at: '2026-10-01T10:00:00.000Z',
        kind: 'announcement',
        text: 'Room change at Fri 2 Oct 2026, 11:00 CEST',
      },
    ]);
    db.close();
  });

  it('returns at most the last 100 items', async () => {
    const db = openDatabase(path.join(tmp.dir, 'bot.sqlite'));
    const clock = fixedClock('2026-10-01T10:00:00Z');
    const feed = createFeedPoster(db, clock);
    for (let i = 0; i < FEED_LIMIT + 5; i++) {
      clock.advance(1000);
      await feed.postToChannel({ id: `a${i}`, kind: 'announcement', text: `n${i}` });
    }
    const items = listFeed(db);
    expect(items.length).toBe(100);
    expect(items[0]?.id).toBe(`a${FEED_LIMIT + 4}`);
    db.close();
  });
});
