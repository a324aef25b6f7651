// A course that names its own content folder gets its own schedule (schedule.yaml in or beside the folder) or none,
// never the shipped sample's dates; every place that loads content or the schedule does the same.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FAQ_DIR,
  DEFAULT_SCHEDULE_FILE,
  loadContent,
  scheduleSource,
} from '../../src/content/load-content.ts';
import { runCalendar } from '../../src/cli/commands/calendar.ts';
import { runReminders } from '../../src/cli/commands/reminders.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { capture } from '../cli/capture-io.ts';
import { runValidate } from '../cli/run-validate.ts';
import { reloadContent } from '../../src/reminders/reload-content.ts';
import { commands } from '../../commands/index.ts';
import { makeTestCore } from '../commands/core-for-tests.ts';

const root = path.resolve(import.meta.dirname, '../..');
const docsCourse = path.join(root, 'test/fixtures/docs-course');
const tmp = mkdtempSync(path.join(tmpdir(), 'course-schedule-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SCHEDULE = `course: Marine Biology
timezone: America/New_York
events:
  - {id: midterm, type: exam, title: Midterm, start: "2030-10-19 19:00", end: "2030-10-19 21:00", location: Room TBD}
`;

/** A documents-only course (course file and syllabus) in `<tmp>/<name>/course`, with `schedule` written at `at`. */
function course(name: string, schedule?: { at: 'inside' | 'beside'; text: string }): string {
  const dir = path.join(tmp, name, 'course');
  mkdirSync(dir, { recursive: true });
  cpSync(docsCourse, dir, { recursive: true });
  if (schedule) {
    const file = path.join(schedule.at === 'inside' ? dir : path.dirname(dir), 'schedule.yaml');
    writeFileSync(file, schedule.text);
  }
  return dir;
}

describe('which schedule a course gets', () => {
  it('GIVEN a content folder with no schedule in or beside it THEN no events at all, not the sample', () => {
    const dir = course('none');
    const content = loadContent({ faqDir: dir });
    expect(content.schedule.events).toEqual([]);
    expect(content.schedule.undated ?? []).toEqual([]);
    expect(content.schedule.course).toBe('Introduction to Marine Biology');
    expect(content.scheduleSource).toEqual({
      kind: 'none',
      looked: [path.join(dir, 'schedule.yaml'), path.join(path.dirname(dir), 'schedule.yaml')],
    });
  });

  it('GIVEN schedule.yaml beside the content folder (as init-course writes it) THEN that schedule', () => {
    const dir = course('beside', { at: 'beside', text: SCHEDULE });
    const content = loadContent({ faqDir: dir });
    expect(content.schedule.events.map((e) => e.id)).toEqual(['midterm']);
    expect(content.schedule.timezone).toBe('America/New_York');
    expect(content.scheduleSource).toEqual({
      kind: 'found',
      file: path.join(tmp, 'beside', 'schedule.yaml'),
    });
  });

  it('GIVEN schedule.yaml inside the content folder THEN it is the schedule, not FAQ entries', () => {
    const dir = course('inside', { at: 'inside', text: SCHEDULE });
    const content = loadContent({ faqDir: dir });
    expect(content.schedule.events.map((e) => e.id)).toEqual(['midterm']);
    expect(content.faq).toEqual([]);
  });

  it('GIVEN a schedule.yaml in the folder that is a list THEN it stays FAQ entries, as before', () => {
    const dir = course('faq-named-schedule', {
      at: 'inside',
      text: '- id: when-class\n  title: When class is\n  questions: [when is class, what time is the lecture]\n  answer: Mondays at 2:30.\n',
    });
    const content = loadContent({ faqDir: dir });
    expect(content.faq.map((e) => e.id)).toEqual(['when-class']);
    expect(content.scheduleSource?.kind).toBe('none');
  });

  it('GIVEN SCHEDULE_FILE THEN it wins; GIVEN no folder or faq/ itself THEN the shipped sample', () => {
    const dir = course('given', { at: 'beside', text: SCHEDULE });
    expect(scheduleSource({ faqDir: dir, scheduleFile: DEFAULT_SCHEDULE_FILE })).toEqual({
      kind: 'given',
      file: DEFAULT_SCHEDULE_FILE,
    });
    for (const faqDir of [undefined, DEFAULT_FAQ_DIR, path.relative(process.cwd(), DEFAULT_FAQ_DIR)])
      expect(scheduleSource({ ...(faqDir !== undefined && { faqDir }) })).toEqual({
        kind: 'sample',
        file: DEFAULT_SCHEDULE_FILE,
      });
  });
});

describe('reloading', () => {
  it('GIVEN a course without a schedule THEN a schedule.yaml saved beside it later is loaded on reload', () => {
    const dir = course('reload');
    const bed = makeTestCore();
    try {
      bed.core.config.contentPaths = { faqDir: dir };
      expect(reloadContent(bed.core, 'test', commands)).toBe(true);
      expect(bed.core.content.schedule.events).toEqual([]);
      writeFileSync(path.join(path.dirname(dir), 'schedule.yaml'), SCHEDULE);
      expect(reloadContent(bed.core, 'test', commands)).toBe(true);
      expect(bed.core.content.schedule.events.map((e) => e.id)).toEqual(['midterm']);
    } finally {
      bed.cleanup();
    }
  });
});

describe('the schedule-only commands follow FAQ_DIR', () => {
  it('GIVEN FAQ_DIR without a schedule THEN the calendar is valid and empty, and reminders say there are no dates', () => {
    const dir = course('cli-none');
    const cal = capture();
    expect(runCalendar({}, { FAQ_DIR: dir, DATA_DIR: tmp }, cal.io)).toBe(0);
    const ics = cal.out.join('');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(parseIcs(ics).events.size).toBe(0);
    const rem = capture();
    expect(
      runReminders({ from: '2027-01-01', to: '2027-06-01' }, { FAQ_DIR: dir, DATA_DIR: tmp }, rem.io),
    ).toBe(0);
    expect(rem.out.join('')).toBe('No reminders: the course lists no dates (it has no schedule).\n');
  });

  it("GIVEN FAQ_DIR with schedule.yaml beside it THEN the calendar has that course's events", () => {
    const dir = course('cli-beside', { at: 'beside', text: SCHEDULE });
    const cal = capture();
    expect(runCalendar({}, { FAQ_DIR: dir, DATA_DIR: tmp }, cal.io)).toBe(0);
    expect([...parseIcs(cal.out.join('')).events.keys()]).toHaveLength(1);
  });

  it("GIVEN --faq naming a folder with schedule.yaml beside it THEN reminders use that course's schedule", () => {
    const dir = course('cli-faq-flag', { at: 'beside', text: SCHEDULE });
    const rem = capture();
    expect(runReminders({ from: '2030-10-01', to: '2030-11-01', faq: dir }, { DATA_DIR: tmp }, rem.io)).toBe(
      0,
    );
    expect(rem.out.join('')).toContain('midterm');
  });
});

describe('validate says which schedule it loaded', () => {
  const validate = (faqDir: string) => runValidate(['--faq', faqDir]);

  it('GIVEN a documents-only folder without a schedule THEN OK with no schedule, and a note on how to add one', () => {
    const dir = course('validate-none');
    const run = validate(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /course "Introduction to Marine Biology", no schedule \(the bot gives no dates\)\.$/m,
    );
    expect(run.stderr).toContain(`Note: no schedule: there is no ${path.join(dir, 'schedule.yaml')}`);
    expect(run.stderr).toContain(`save the schedule as ${path.join(path.dirname(dir), 'schedule.yaml')}`);
    expect(run.stderr).not.toContain('sample');
  });
});
