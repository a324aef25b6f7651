// A real Core for the Canvas tests: the shipped FAQ and course file (or a fixture course's), the Canvas fixture schedule, a temp SQLite
// file, a settable clock, a logger that keeps its lines, the real commands, and a Canvas adapter on the fake.
import { createCoreServices } from '../../../src/core/services.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../../../commands/index.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import type { Core } from '../../../src/core/core.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { createCommandRunner, type CommandRunner } from '../../../src/core/run-command.ts';
import { createCanvasAdapter, type CanvasAdapter } from '../../../src/platforms/canvas/canvas-adapter.ts';
import type { CanvasSettings } from '../../../src/platforms/canvas/canvas-config.ts';
import { Outbox } from '../../../src/delivery/outbox.ts';
import { REMINDER_KIND, reminderRenderer } from '../../../src/reminders/reminder-tick.ts';
import { ANNOUNCEMENT_KIND, renderAnnouncement } from '../../../src/announcements/deliver-announcements.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { CANVAS_IDS, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { keepModelInSharedCache } from '../../shared-model-cache.ts';

export const CANVAS_SCHEDULE = path.resolve(import.meta.dirname, '../../fixtures/schedules/canvas.yaml');

export interface CanvasTestBed {
  core: Core;
  clock: ReturnType<typeof fixedClock>;
  runner: CommandRunner;
  logLines: string[];
  dir: string;
  settings: CanvasSettings;
  /** A new adapter on the same store, as after a restart. */
  adapter(overrides?: Partial<CanvasSettings>, options?: { probeEveryMs?: number }): CanvasAdapter;
  cleanup(): void;
}

/** `faqDir`: another course's FAQ folder and course file (default: the shipped one). */
export function canvasTestBed(
  fake: FakeCanvas,
  now = '2026-09-01T08:00:00Z',
  faqDir?: string,
): CanvasTestBed {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-canvas-'));
  const clock = fixedClock(now);
  const db = openDatabase(path.join(dir, 'course-bot.sqlite'));
  const logLines: string[] = [];
  const contentPaths = { scheduleFile: CANVAS_SCHEDULE, ...(faqDir !== undefined && { faqDir }) };
  const log = createLogger('debug', (line) => logLines.push(line));
  const outbox = new Outbox(db, clock, log);
  outbox.registerKind(ANNOUNCEMENT_KIND, renderAnnouncement);
  const content = loadContent(contentPaths);
  keepModelInSharedCache(content);
  const core: Core = {
    content,
    clock,
    db,
    log,
    config: {
      publicUrl: 'https://bot.example.org',
      contentPaths,
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
  const runner = createCommandRunner(core, commands);
  const settings: CanvasSettings = {
    baseUrl: fake.url,
    token: fake.token,
    courseId: String(CANVAS_IDS.course),
    boardTopicIds: [],
    pollSeconds: 60,
    inboxReply: false,
  };
  return {
    core,
    clock,
    runner,
    logLines,
    dir,
    settings,
    adapter: (overrides = {}, options = {}) =>
      createCanvasAdapter({ ...settings, ...overrides }, core, runner, {
        client: { baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 2000, maxAttempts: 3 },
        ...options,
      }),
    cleanup() {
      void outbox.stop(0);
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
