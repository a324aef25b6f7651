// Test helper: the shared command-test Core, switched to the DST fixture schedule and an https public URL.
import path from 'node:path';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import type { CommandDefinition, Requester } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { makeTestCore } from '../commands/core-for-tests.ts';

export function scheduleCore(now: string) {
  const env = makeTestCore(now);
  env.core.content = loadContent({ scheduleFile: path.join(FIXTURES, 'dst-2026.yaml') });
  env.core.config.publicUrl = 'https://bot.example.org';
  return {
    ...env,
    run: (command: CommandDefinition, args: unknown, requester: Requester) =>
      createCommandRunner(env.core, [command]).run(command.name, args, requester),
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

/** The problems `validate` reports for a schedule of `events` (YAML list items) in Europe/Amsterdam, as printed. */
export function scheduleProblems(events: string): string[] {
  const header = 'course: Test Course\ntimezone: Europe/Amsterdam\nevents:\n';
  const result = parseSchedule(header + events, 'schedules/test.yaml');
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** A schedule of `events` (YAML list items) in America/New_York, loaded; a test's own mistake throws. */
export function testSchedule(events: string) {
  const loaded = parseSchedule(
    `course: X\ntimezone: America/New_York\nevents:\n${events}`,
    'schedules/test.yaml',
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}
