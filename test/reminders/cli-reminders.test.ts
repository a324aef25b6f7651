import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalendar } from '../../src/cli/commands/calendar.ts';
import { runReminders } from '../../src/cli/commands/reminders.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { capture } from '../cli/capture-io.ts';
import { FIXTURES } from '../calendar/load-fixture.ts';

const schedule = path.join(FIXTURES, 'dst-2026.yaml');
const root = path.resolve(import.meta.dirname, '../..');

describe('CLI reminders', () => {
  it("GIVEN SCHEDULE_FILE and --json THEN prints that schedule's window as JSON sorted by at, with the DST-correct instants (one real process)", () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(root, 'src/cli/main.ts'),
        'reminders',
        '--from',
        '2026-03-28T00:00:00Z',
        '--to',
        '2026-03-29T12:00:00+02:00',
        '--json',
      ],
      { cwd: root, encoding: 'utf8', timeout: 20_000, env: { ...process.env, SCHEDULE_FILE: schedule } },
    );
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      eventId: string;
      occurrence: string;
      lead: string;
      at: string;
      text: string;
    }[];
    expect(rows.map((r) => [r.eventId, r.lead, r.at, r.occurrence])).toEqual([
      ['spring-deadline', '24h', '2026-03-28T21:59:00.000Z', '2026-03-29T21:59:00.000Z'],
      ['spring-deadline', '1d', '2026-03-28T22:59:00.000Z', '2026-03-29T21:59:00.000Z'],
    ]);
    expect(rows[0]?.text).toContain('Sun 29 Mar 2026, 23:59 CEST');
  });

  it('GIVEN a time without a zone or a reversed window THEN an error naming the option', () => {
    const c = capture();
    expect(runReminders({ from: '2026-03-28T00:00', to: '2026-03-29', schedule }, {}, c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^--from: "2026-03-28T00:00" is not a date/);
    const d = capture();
    expect(runReminders({ from: '2026-03-29', to: '2026-03-28', schedule }, {}, d.io)).toBe(2);
    expect(d.err).toEqual(['--to: must be after --from']);
  });
});

describe('CLI calendar', () => {
  it('GIVEN --group and --types THEN writes only those events', () => {
    const c = capture();
    expect(runCalendar({ schedule, group: 'fri-b', types: 'practical' }, {}, c.io)).toBe(0);
    expect([...parseIcs(c.out.join('')).events.keys()]).toEqual(['practical-autumn.dl@localhost:3000']);
  });

  it('GIVEN --out in a folder that does not exist THEN exit 1 saying so, without a stack trace', () => {
    const c = capture();
    expect(runCalendar({ schedule, out: '/nonexistent-folder/x.ics' }, {}, c.io)).toBe(1);
    expect(c.err).toEqual([
      '--out: the folder of /nonexistent-folder/x.ics does not exist: create it, or write the file elsewhere',
    ]);
  });

  it('GIVEN an unknown group THEN exit 2 listing the groups', () => {
    const c = capture();
    expect(runCalendar({ schedule, group: 'nope' }, {}, c.io)).toBe(2);
    expect(c.err[0]).toContain('fri-b, thu-a');
  });
});
