// Test helper: a real Core over the DST fixture schedule, a SQLite file in a temp folder and a fixed clock.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import type { CommandDefinition, Requester } from '../../src/core/command.ts';
import type { Core } from '../../src/core/core.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { openDatabase } from '../../src/store/database.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';

export function scheduleCore(now: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-sched-'));
  const clock = fixedClock(now);
  const db = openDatabase(path.join(dir, 'test.sqlite'));
  const core: Core = {
    content: loadContent({ scheduleFile: path.join(FIXTURES, 'dst-2026.yaml') }),
    clock,
    db,
    log: silentLogger,
    config: {
      publicUrl: 'https://bot.example.org',
      contentPaths: {},
      reminderGraceMinutes: 60,
      questionLogRetentionDays: 180,
    },
    posters: [],
  };
  return {
    core,
    clock,
    run: (command: CommandDefinition, args: unknown, requester: Requester) =>
      createCommandRunner(core, [command]).run(command.name, args, requester),
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const discordUser: Requester = { platform: 'discord', userId: '1234', role: 'student' };
export const webUser: Requester = { platform: 'web', userId: 'w-1', role: 'student' };

/** The reply text with each `{{time:N}}` replaced by its fallback, as the web shows it. */
export function shown(reply: { text: string; times?: { fallback: string }[] }): string {
  return reply.text.replace(
    /\{\{time:(\d+)\}\}/g,
    (_m, n: string) => reply.times?.[Number(n)]?.fallback ?? '??',
  );
}
