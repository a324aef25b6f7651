// Late penalties beside "N per day": one paid once however late ("a late essay loses 5 points"), and a first day that
// costs more ("15% for the first 24 hours, then 5% more per day, up to 2 days"), in the course file and in a
// deadline's own `late`: how they load, how they are refused, and what every reply that states them says.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseWithLate as courseWithLateIn, lateIssues } from './course-with-late.ts';
import { gradeReply } from '../../commands/grade.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { latePolicySentence, lateSentences } from '../../src/grade/late-policy.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'late-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const courseWithLate = (lateYaml: string) => courseWithLateIn(dir, lateYaml);

const SCHEDULE_HEAD = 'course: Statistics\ntimezone: America/New_York\nevents:\n';
const deadline = (id: string, title: string, late: string) =>
  `  - { id: ${id}, type: deadline, title: ${title}, due: "2026-10-05 23:59", late: ${late} }\n`;

describe('GIVEN the new forms of a penalty in words', () => {
  const cases: [LatePolicy, string][] = [
    [
      { policy: 'penalty', once: 5, unit: 'points' },
      'Late hand-ins lose 5 points of their score (once, not per day).',
    ],
    [
      { policy: 'penalty', once: 1, unit: 'points' },
      'Late hand-ins lose 1 point of their score (once, not per day).',
    ],
    [
      { policy: 'penalty', once: 10, unit: 'percent', max_days: 3 },
      'Late hand-ins lose 10% (90% credit; once, not per day). After 3 days late hand-ins are not accepted.',
    ],
    [
      { policy: 'penalty', first_day: 15, per_day: 5, unit: 'percent', max_days: 2 },
      'Late hand-ins lose 15% for the first day late and 5% more for each further day. After 2 days late hand-ins are not accepted.',
    ],
    [
      { policy: 'penalty', first_day: 3, per_day: 1, unit: 'points', grace_days: 1 },
      'Late hand-ins may be up to 1 day late without penalty; after that they lose 3 points of their score for the first day late and 1 point more for each further day.',
    ],
    [
      { policy: 'penalty', once: 5, unit: 'points', note: 'E-mail the TA when you hand in late.' },
      'Late hand-ins lose 5 points of their score (once, not per day). E-mail the TA when you hand in late.',
    ],
  ];
  it.each(cases)('GIVEN %o THEN %s', (late, sentence) => {
    expect(latePolicySentence(late)).toBe(sentence);
  });

  it('GIVEN a one-time penalty THEN nothing says late work stops being accepted', () => {
    expect(latePolicySentence({ policy: 'penalty', once: 5, unit: 'points' })).not.toMatch(
      /not accepted|per day late/,
    );
  });
});

describe('GIVEN a course file with the new forms', () => {
  it('WHEN written as the syllabus says THEN they load as written', () => {
    const once = courseWithLate('    policy: penalty\n    once: 5\n').loaded;
    expect(once.ok && once.value.grading?.late).toEqual({ policy: 'penalty', once: 5, unit: 'points' });
    const dearer = courseWithLate(
      '    { policy: penalty, first_day: 15, per_day: 5, unit: percent, max_days: 2 }\n',
    ).loaded;
    expect(dearer.ok && dearer.value.grading?.late).toEqual({
      policy: 'penalty',
      first_day: 15,
      per_day: 5,
      unit: 'percent',
      max_days: 2,
    });
  });

  it.each([
    [
      '    policy: penalty\n    once: 5\n    per_day: 2\n',
      'once: 5',
      'grading.late.once: cannot go with per_day: a penalty is paid one time (once: 5) or for each day late (per_day: 2), not both',
    ],
    [
      '    policy: penalty\n    first_day: 15\n',
      'first_day: 15',
      'grading.late.first_day: needs per_day, what each further day costs: first_day: 15, per_day: 5',
    ],
    [
      '    policy: penalty\n    first_day: 15\n    once: 5\n',
      'first_day: 15',
      'grading.late.first_day: cannot go with once: write once: N alone for a penalty paid one time',
    ],
    [
      '    policy: penalty\n    unit: points\n',
      'policy: penalty',
      'grading.late.per_day: is required: what each day late costs (per_day: 2), per_hour: 1 for a cost by the hour, once: 5 for a penalty paid one time however late, or steps for a cost by how late (see docs/course-file.md)',
    ],
    [
      '    policy: penalty\n    once: 150\n    unit: percent\n',
      'once: 150',
      'grading.late.once: is 150%, more than the whole grade: at most 100',
    ],
    // (a percentage written as the syllabus writes it: each field says how the unit is written, with its own number)
    [
      '    policy: penalty\n    per_day: 10%\n    max_days: 3\n',
      'per_day: 10%',
      'grading.late.per_day: must be a number: write per_day: 10 with unit: percent for 10%',
    ],
    [
      '    policy: penalty\n    once: 20 %\n',
      'once: 20 %',
      'grading.late.once: must be a number: write once: 20 with unit: percent for 20 %',
    ],
    [
      '    policy: penalty\n    first_day: 15%\n    per_day: 5\n    unit: percent\n',
      'first_day: 15%',
      'grading.late.first_day: must be a number: write first_day: 15 with unit: percent for 15%',
    ],
    [
      '    policy: penalty\n    per_hour: 1\n    max_loss: 50%\n    unit: percent\n',
      'max_loss: 50%',
      'grading.late.max_loss: must be a number: write max_loss: 50 with unit: percent for 50%',
    ],
    [
      '    policy: late_days\n    days: 3\n    per_day_after: 10%\n',
      'per_day_after: 10%',
      'grading.late.per_day_after: must be a number: write per_day_after: 10 with unit: percent for 10%',
    ],
    [
      '    policy: penalty\n    per_day: 10\n    unit: percent\n    grace_days: 0.5\n',
      'grace_days: 0.5',
      'grading.late.grace_days: must be a whole number of days (a grace period shorter than a day, such as 12 hours, goes in note)',
    ],
  ])('WHEN it is %j THEN the file, line and field are named with the fix', (lateYaml, lineText, message) => {
    const { issues, expected } = lateIssues(dir, lateYaml, lineText, message);
    expect(issues).toEqual([expected]);
  });
});

describe("GIVEN a deadline's own late rule in the new forms", () => {
  it('WHEN the schedule is loaded THEN it keeps the rule, and the deadlines reply states each rule correctly', () => {
    const loaded = parseSchedule(
      SCHEDULE_HEAD +
        deadline('essay', 'Essay', '{ policy: penalty, once: 5 }') +
        deadline(
          'ps1',
          'Problem set 1',
          '{ policy: penalty, first_day: 15, per_day: 5, unit: percent, max_days: 2 }',
        ),
      'schedule.yaml',
    );
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    expect(lateSentences(loaded.value.events, undefined)).toEqual([
      'Essay: Late hand-ins lose 5 points of their score (once, not per day).',
      'Problem set 1: Late hand-ins lose 15% for the first day late and 5% more for each further day. After 2 days late hand-ins are not accepted.',
    ]);
  });

  it('WHEN it is incomplete THEN the schedule line and the field are named with the fix', () => {
    const loaded = parseSchedule(
      SCHEDULE_HEAD + deadline('essay', 'Essay', '{ policy: penalty, first_day: 15 }'),
      'schedule.yaml',
    );
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([
      'schedule.yaml:4 events[0].late.first_day: needs per_day, what each further day costs: first_day: 15, per_day: 5',
    ]);
  });
});

describe('GIVEN the grade calculator', () => {
  it('WHEN the course has a dearer first day and a deadline a one-time penalty THEN its rules list says both', () => {
    const { loaded } = courseWithLate(
      '    { policy: penalty, first_day: 15, per_day: 5, unit: percent, max_days: 2 }\n',
    );
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    const schedule = parseSchedule(
      SCHEDULE_HEAD +
        deadline('essay', 'Essay', '{ policy: penalty, once: 5 }') +
        '  - { id: ps1, type: deadline, title: Problem set 1, due: "2026-09-28 23:59" }\n',
      'schedule.yaml',
    );
    if (!schedule.ok) throw new Error(schedule.issues.map(formatIssue).join('\n'));
    const reply = gradeReply(loaded.value, { assignments: 'midterm=40' }, schedule.value);
    const rules = reply.text.slice(reply.text.indexOf('_Rules used'));
    expect(rules).toContain('\n- Essay: Late hand-ins lose 5 points of their score (once, not per day).\n');
    expect(rules).toContain(
      '\n- Other deadlines: Late hand-ins lose 15% for the first day late and 5% more for each further day. After 2 days late hand-ins are not accepted. Late penalties are not included here.',
    );
  });
});
