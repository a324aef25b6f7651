// The web feed as a posting destination: always present, so reminders and announcements are never lost.
import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.ts';
import type { Post, Poster } from '../core/posting.ts';
import { renderFallback } from '../core/render-text.ts';
import { addFeedItem } from './feed-store.ts';

export function createFeedPoster(db: Database.Database, clock: Clock): Poster {
  return {
    name: 'feed',
    platform: 'web',
    postToChannel(post: Post): Promise<void> {
      // The web shows the course-zone text; the placeholders are resolved once, here.
      addFeedItem(db, {
        id: post.id,
        at: clock.now().toISOString(),
        kind: post.kind,
        text: renderFallback(post.text, post.times),
        ...(post.eventId !== undefined && { eventId: post.eventId }),
      });
      return Promise.resolve();
    },
  };
}
