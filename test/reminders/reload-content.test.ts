import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { recordingLogger, startApp, tempDir } from './app-harness.ts';

let tmp: ReturnType<typeof tempDir>;
let app: App;
let base: string;
let file: string;
const log = recordingLogger();

beforeEach(async () => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'schedule.yaml');
  copyFileSync(path.join(FIXTURES, 'small.yaml'), file);
  ({ app, base } = await startApp({
    dataDir: path.join(tmp.dir, 'data'),
    clock: fixedClock('2026-01-05T10:00:00Z'),
    scheduleFile: file,
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
