// Test helper: a real app (SQLite in a temp DATA_DIR, HTTP on port 0) over a fixture schedule with a fixed clock.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent, type ContentPaths } from '../../src/content/load-content.ts';
import type { Clock } from '../../src/core/clock.ts';
import type { Logger } from '../../src/core/logger.ts';
import type { Post, Poster } from '../../src/core/posting.ts';
import { posterDestination } from '../../src/delivery/poster-destination.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { withSharedModelCache } from '../shared-model-cache.ts';

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-cal-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface LogLine {
  level: string;
  msg: string;
  fields?: Record<string, unknown>;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push({ level, msg, ...(fields && { fields }) });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export async function startApp(options: {
  dataDir: string;
  clock: Clock;
  scheduleFile?: string;
  /** The content folder (default: the shipped faq/). */
  faqDir?: string;
  log?: Logger;
  env?: Record<string, string>;
  /** Added before start, so the start-up tick already posts to them. */
  posters?: Poster[];
}): Promise<{ app: App; port: number; base: string }> {
  const contentPaths: ContentPaths = {
    scheduleFile: options.scheduleFile ?? path.join(FIXTURES, 'dst-2026.yaml'),
    ...(options.faqDir !== undefined && { faqDir: options.faqDir }),
  };
  const content = loadContent(contentPaths);
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: options.dataDir, ...options.env });
  const app = await createApp(withSharedModelCache(config, content), {
    content,
    contentPaths,
    log: options.log ?? recordingLogger(),
    clock: options.clock,
  });
  for (const poster of options.posters ?? []) app.core.outbox.registerDestination(posterDestination(poster));
  const port = await app.start();
  // The start-up tick queued what was due; let the outbox deliver it before the test looks.
  await app.core.outbox.drain();
  return { app, port, base: `http://127.0.0.1:${port}` };
}

/** A channel poster that records what it was given; `fail` makes every send throw. */
export function recordingPoster(
  name: string,
  options: { fail?: boolean; platform?: Poster['platform']; direct?: boolean } = {},
): Poster & { posts: Post[]; direct: { userId: string; post: Post }[]; fail: boolean } {
  const poster = {
    name,
    platform: options.platform ?? 'discord',
    posts: [] as Post[],
    direct: [] as { userId: string; post: Post }[],
    fail: options.fail ?? false,
    postToChannel(post: Post) {
      if (poster.fail) return Promise.reject(new Error('channel unavailable'));
      poster.posts.push(post);
      return Promise.resolve();
    },
    ...(options.direct && {
      sendDirect(userId: string, post: Post) {
        if (poster.fail) return Promise.reject(new Error('DMs unavailable'));
        poster.direct.push({ userId, post });
        return Promise.resolve();
      },
    }),
  };
  return poster;
}
