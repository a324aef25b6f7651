// A real Core for command tests: the real content, a SQLite file in a temp folder, a fixed clock, a recording poster.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import type { Requester } from '../../src/core/command.ts';
import type { Core } from '../../src/core/core.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Post, Poster } from '../../src/core/posting.ts';
import { openDatabase } from '../../src/store/database.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import { createCoreServices } from '../../src/core/services.ts';
import { posterDestination } from '../../src/delivery/poster-destination.ts';
import { ANNOUNCEMENT_KIND, renderAnnouncement } from '../../src/announcements/deliver-announcements.ts';
import { REMINDER_KIND, reminderRenderer } from '../../src/reminders/reminder-tick.ts';
import { keepModelInSharedCache } from '../shared-model-cache.ts';

export const student: Requester = { platform: 'web', userId: 'student-1', role: 'student' };
export const ta: Requester = { platform: 'web', userId: 'ta-1', role: 'ta' };

export class RecordingPoster implements Poster {
  readonly platform = 'web' as const;
  readonly posts: Post[] = [];
  failNext = false;
  constructor(readonly name: string) {}
  postToChannel(post: Post): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('channel unavailable'));
    }
    this.posts.push(post);
    return Promise.resolve();
  }
}

export function makeTestCore(now = '2027-02-15T10:00:00Z') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-cmd-'));
  const clock = fixedClock(now);
  const db = openDatabase(path.join(dir, 'test.sqlite'));
  const outbox = new Outbox(db, clock, silentLogger);
  outbox.registerKind(ANNOUNCEMENT_KIND, renderAnnouncement);
  const content = loadContent();
  keepModelInSharedCache(content);
  const core: Core = {
    content,
    clock,
    db,
    log: silentLogger,
    config: {
      publicUrl: 'http://localhost:3000',
      contentPaths: {},
      reminderGraceMinutes: 60,
      questionLogRetentionDays: 180,
    },
    outbox,
    ...createCoreServices({ db, clock, outbox, publicUrl: () => core.config.publicUrl }),
  };
  outbox.registerKind(
    REMINDER_KIND,
    reminderRenderer(() => core.content.schedule),
  );
  return {
    core,
    clock,
    dir,
    /** Registers a poster as an outbox destination. */
    addPoster(poster: Poster) {
      outbox.registerDestination(posterDestination(poster));
    },
    cleanup() {
      void outbox.stop(0); // stops taking work at once
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
