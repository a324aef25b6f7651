import { appendFileSync, copyFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.ts';
import { DEFAULT_FAQ_DIR } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { runValidate } from '../cli/run-validate.ts';
import { recordingLogger, startApp, tempDir } from './app-harness.ts';

let tmp: ReturnType<typeof tempDir>;
let app: App;
let base: string;
let file: string;
/** A copy of the shipped content folder, so a test can edit its course file. */
let faqDir: string;
const log = recordingLogger();

beforeEach(async () => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'schedule.yaml');
  copyFileSync(path.join(FIXTURES, 'small.yaml'), file);
  faqDir = path.join(tmp.dir, 'faq');
  cpSync(DEFAULT_FAQ_DIR, faqDir, { recursive: true });
  ({ app, base } = await startApp({
    dataDir: path.join(tmp.dir, 'data'),
    clock: fixedClock('2026-01-05T10:00:00Z'),
    scheduleFile: file,
    faqDir,
    log,
  }));
});
afterEach(async () => {
  await app.stop();
  tmp.remove();
});

describe('reloading the schedule', () => {
  it('GIVEN SIGHUP after an edit THEN the new schedule is used at once, and the calendar follows', async () => {
    expect(parseIcs(await (await fetch(`${base}/calendar.ics`)).text()).events.size).toBe(1);
    copyFileSync(path.join(FIXTURES, 'dst-2026.yaml'), file);
    process.emit('SIGHUP', 'SIGHUP');
    expect(app.core.content.schedule.events.length).toBe(7);
    expect(parseIcs(await (await fetch(`${base}/calendar.ics`)).text()).events.size).toBe(7);
  });

  it('GIVEN the schedule file changes THEN it is reloaded without a signal', async () => {
    copyFileSync(path.join(FIXTURES, 'dst-2026.yaml'), file);
    await vi.waitFor(() => expect(app.core.content.schedule.events.length).toBe(7), { timeout: 5000 });
  });

  it('GIVEN an invalid edit THEN the old content stays and every problem is logged', async () => {
    const before = app.core.content;
    writeFileSync(
      file,
      'course: X\ntimezone: Europe/Amsterdam\nevents:\n  - id: a\n    type: deadline\n    title: A\n    due: "2026-13-40 25:00"\n  - id: a\n    type: quiz\n    title: B\n',
    );
    process.emit('SIGHUP', 'SIGHUP');
    expect(app.core.content).toBe(before);
    const problems = log.lines
      .filter((l) => l.msg === 'content problem')
      .map((l) => String(l.fields?.problem));
    expect(problems.some((p) => p.includes('events[0].due'))).toBe(true);
    expect(problems.some((p) => p.includes('events[1].type'))).toBe(true);
  });

  it('GIVEN an edit with 20,000 fields THEN it is rejected with one problem and the old content stays', async () => {
    const before = app.core.content;
    const logged = log.lines.length;
    const fields = Array.from({ length: 20_000 }, (_, i) => `    ${i}: 1\n`).join('');
    writeFileSync(
      file,
      `course: X\ntimezone: Europe/Amsterdam\nevents:\n  - id: a\n    type: deadline\n    title: A\n${fields}`,
    );
    process.emit('SIGHUP', 'SIGHUP');
    expect(app.core.content).toBe(before);
    const problems = log.lines
      .slice(logged)
      .filter((l) => l.msg === 'content problem')
      .map((l) => String(l.fields?.problem));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('events[0]: has 20003 fields; at most 100 are allowed in one place');
    expect(parseIcs(await (await fetch(`${base}/calendar.ics`)).text()).events.size).toBe(1);
  });
});

describe('reloading a course file whose commands.off names what cannot be off', () => {
  const problemsSince = (logged: number): string[] =>
    log.lines
      .slice(logged)
      .filter((l) => l.msg === 'content problem')
      .map((l) => String(l.fields?.problem));

  it('GIVEN a name that is no command, and ask THEN the old content stays and each is logged as validate words it', async () => {
    const before = app.core.content;
    const logged = log.lines.length;
    appendFileSync(path.join(faqDir, 'course.yaml'), '\ncommands:\n  off: [gradchek, ask]\n');
    process.emit('SIGHUP', 'SIGHUP');
    expect(app.core.content).toBe(before);
    const problems = problemsSince(logged);
    expect(problems).toEqual([
      expect.stringMatching(
        /course\.yaml:\d+ commands\.off: "gradchek" is no command of the bot; the commands that can be off are .*gradcheck/,
      ),
      expect.stringMatching(/course\.yaml:\d+ commands\.off: "ask" cannot be turned off/),
    ]);
    // `validate` (and so `start`) refuses the same content with the same lines.
    const validate = runValidate(['--faq', faqDir, '--schedule', file]);
    expect(validate.status).toBe(1);
    for (const problem of problems) expect(validate.stderr).toContain(`  ${problem}\n`);
  });

  it('GIVEN such a course file when the schedule file changes THEN that reload keeps the old content too', async () => {
    const before = app.core.content;
    const logged = log.lines.length;
    appendFileSync(path.join(faqDir, 'course.yaml'), '\ncommands:\n  off: [gradchek]\n');
    copyFileSync(path.join(FIXTURES, 'dst-2026.yaml'), file);
    await vi.waitFor(() => expect(problemsSince(logged)).toHaveLength(1), { timeout: 5000 });
    expect(problemsSince(logged)[0]).toContain('commands.off: "gradchek" is no command of the bot');
    expect(app.core.content).toBe(before);
  });

  it('GIVEN a command that can be off THEN the reload takes it', () => {
    appendFileSync(path.join(faqDir, 'course.yaml'), '\ncommands:\n  off: [gradcheck]\n');
    process.emit('SIGHUP', 'SIGHUP');
    expect(app.core.content.course.commands.off).toEqual(['gradcheck']);
  });
});
