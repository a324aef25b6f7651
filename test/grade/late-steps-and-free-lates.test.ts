// Late rules by how late (`steps`: 25% up to 3 days late, 50% up to 7, then refused) and late hand-ins without penalty
// for the whole course (`free_late_submissions`), as GEO 468's syllabus has them: how they load, how mistakes are
// refused (file, line, field, fix), and that every reply stating late rules (a "when" answer, `deadlines`, `grade`)
// states them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseWithLate as courseWithLateIn, lateIssues } from './course-with-late.ts';
import deadlines from '../../commands/deadlines.ts';
import { gradeReply } from '../../commands/grade.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';
import { latePolicySentence } from '../../src/grade/late-policy.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'late-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const courseWithLate = (lateYaml: string) => courseWithLateIn(dir, lateYaml);

// GEO 468: 1-3 days late loses a quarter, 4-7 days half, later is not accepted; one late hand-in free per semester.
const GEO_YAML = `    policy: penalty
    unit: percent
    steps:
      - { up_to_days: 3, lose: 25 }
      - { up_to_days: 7, lose: 50 }
    free_late_submissions: 1
`;
const GEO: LatePolicy = {
  policy: 'penalty',
  unit: 'percent',
  steps: [
    { up_to_days: 3, lose: 25 },
    { up_to_days: 7, lose: 50 },
  ],
  free_late_submissions: 1,
};
const GEO_SENTENCE =
  'You have 1 late hand-in without penalty for the whole course; other late hand-ins lose 25% up to 3 days late and 50% from 3 to 7 days late. After 7 days late hand-ins are not accepted.';

describe('GIVEN late rules by how late, and free late hand-ins, in words', () => {
  const cases: [LatePolicy, string][] = [
    [GEO, GEO_SENTENCE],
    [
      {
        policy: 'penalty',
        unit: 'percent',
        steps: [{ up_to_days: 1, lose: 10 }, { up_to_days: 3, lose: 20 }, { lose: 50 }],
      },
      'Late hand-ins lose 10% up to 1 day late, 20% from 1 to 3 days late and 50% when more than 3 days late.',
    ],
    [
      { policy: 'penalty', unit: 'points', steps: [{ up_to_days: 2, lose: 5 }] },
      'Late hand-ins lose 5 points of their score up to 2 days late. After 2 days late hand-ins are not accepted.',
    ],
    [
      {
        policy: 'penalty',
        unit: 'percent',
        grace_days: 1,
        steps: [{ up_to_days: 3, lose: 25 }, { lose: 50 }],
      },
      'Late hand-ins may be up to 1 day late without penalty; after that they lose 25% from 1 to 3 days late and 50% when more than 3 days late.',
    ],
    [
      { policy: 'penalty', per_day: 2, unit: 'points', free_late_submissions: 2 },
      'You have 2 late hand-ins without penalty for the whole course; other late hand-ins lose 2 points of their score per day late.',
    ],
    [
      { policy: 'not_accepted', free_late_submissions: 1, note: 'Say so in the submission comment.' },
      'You have 1 late hand-in without penalty for the whole course; other late hand-ins are not accepted. Say so in the submission comment.',
    ],
  ];
  it.each(cases)('GIVEN %o THEN %s', (late, sentence) => {
    expect(latePolicySentence(late)).toBe(sentence);
  });
});

describe('GIVEN a course file with GEO 468 late rules', () => {
  it('WHEN written as the syllabus says THEN they load as written, with no note needed', () => {
    const { loaded } = courseWithLate(GEO_YAML);
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    expect(loaded.value.grading?.late).toEqual(GEO);
  });

  it.each([
    [
      `${GEO_YAML}    max_days: 7\n`,
      'max_days: 7',
      "grading.late.max_days: cannot go with steps: the last step's up_to_days is when late work stops being accepted (leave up_to_days out of the last step when it is accepted however late)",
    ],
    [
      '    policy: penalty\n    per_day: 5\n    steps:\n      - { up_to_days: 3, lose: 25 }\n',
      'per_day: 5',
      'grading.late.per_day: cannot go with steps: write what each band costs in steps (lose: N), or per_day without steps',
    ],
    [
      '    policy: penalty\n    steps:\n      - { up_to_days: 7, lose: 25 }\n      - { up_to_days: 3, lose: 50 }\n',
      'up_to_days: 3',
      'grading.late.steps[1].up_to_days: must be more than the band before (7): list the bands from least late to most late',
    ],
    [
      '    policy: penalty\n    steps:\n      - { lose: 25 }\n      - { up_to_days: 7, lose: 50 }\n',
      '{ lose: 25 }',
      'grading.late.steps[0].up_to_days: is required on every band but the last (the last may leave it out: any later)',
    ],
    [
      '    policy: penalty\n    steps:\n      - { up_to_days: 3, lose: 50 }\n      - { up_to_days: 7, lose: 25 }\n',
      'lose: 25 }',
      'grading.late.steps[1].lose: is less than the band before (50): a later hand-in loses at least as much',
    ],
    [
      '    policy: penalty\n    steps:\n      - { up_to_days: 3, lose: 25% }\n',
      'lose: 25%',
      'grading.late.steps[0].lose: must be a number: write lose: 25 with unit: percent for 25%',
    ],
    [
      '    policy: penalty\n    steps:\n      - { up_to_days: 3d, lose: 25 }\n',
      'up_to_days: 3d',
      'grading.late.steps[0].up_to_days: must be a whole number of days late, such as up_to_days: 3 (not "3d")',
    ],
    [
      '    policy: penalty\n    unit: percent\n    steps:\n      - { up_to_days: 3, lose: 120 }\n',
      'lose: 120',
      'grading.late.steps[0].lose: is 120%, more than the whole grade: at most 100',
    ],
    [
      '    policy: penalty\n    grace_days: 3\n    steps:\n      - { up_to_days: 3, lose: 25 }\n',
      'up_to_days: 3',
      'grading.late.steps[0].up_to_days: must be more than grace_days (3): the days without penalty come before the first band',
    ],
    [
      '    policy: penalty\n    per_day: 2\n    free_late_submissions: 0\n',
      'free_late_submissions: 0',
      'grading.late.free_late_submissions: must be at least 1 (leave it out when there are none)',
    ],
  ])('WHEN it is %j THEN the file, line and field are named with the fix', (lateYaml, lineText, message) => {
    const { issues, expected } = lateIssues(dir, lateYaml, lineText, message);
    expect(issues).toEqual([expected]);
  });
});

const SCHEDULE = `course: GIS
timezone: America/New_York
events:
  - { id: lab-1, type: deadline, title: Lab 1, due: "2023-02-20 23:59" }
  - { id: quiz-1, type: deadline, title: Quiz 1, due: "2023-02-27 23:59", late: { policy: not_accepted } }
  - id: proposal
    type: deadline
    title: Project proposal
    due: "2023-04-28 23:59"
    late: { policy: penalty, unit: percent, steps: [{ up_to_days: 1, lose: 10 }] }
`;

function schedule(yaml: string) {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.value;
}

describe('GIVEN GEO 468 rules in the course file and deadlines with their own', () => {
  const course = (() => {
    const { loaded } = courseWithLate(GEO_YAML);
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    return loaded.value;
  })();
  const sched = schedule(SCHEDULE);
  const content = { schedule: sched, faq: [], course } as unknown as Content;
  const now = new Date('2023-02-15T12:00:00Z');
  const ask = (question: string): string => {
    const match = matchScheduleQuestion(question, content, now);
    if (!match) throw new Error(`not a schedule question: ${question}`);
    return renderScheduleAnswer(match, content, now);
  };
  const PROPOSAL = 'Late hand-ins lose 10% up to 1 day late. After 1 day late hand-ins are not accepted.';

  it('WHEN a "when" question names a deadline THEN its rule is stated, not a one-time penalty', () => {
    expect(ask('when is lab 1 due')).toContain(GEO_SENTENCE);
    expect(ask('when is the project proposal due')).toContain(PROPOSAL);
    expect(ask('when is lab 1 due')).not.toMatch(/once, not per day/);
  });

  it('WHEN the deadlines command runs THEN each rule is named with its deadlines', async () => {
    const env = makeTestCore('2023-02-15T12:00:00Z');
    try {
      const core = { ...env.core, content: { ...env.core.content, schedule: sched, course } };
      const reply = await createCommandRunner(core, [deadlines]).run('deadlines', {}, student);
      expect(reply.text).toContain(`Lab 1: ${GEO_SENTENCE}`);
      expect(reply.text).toContain('Quiz 1: Late hand-ins are not accepted.');
      expect(reply.text).toContain(`Project proposal: ${PROPOSAL}`);
    } finally {
      env.cleanup();
    }
  });

  it('WHEN grade is asked THEN its rules list states the bands and the free late hand-in', () => {
    const reply = gradeReply(course, { assignments: 'midterm=40' }, sched);
    const rules = reply.text.slice(reply.text.indexOf('_Rules used'));
    expect(rules).toContain(`\n- Project proposal: ${PROPOSAL}\n`);
    expect(rules).toContain(`\n- Other deadlines: ${GEO_SENTENCE}`);
  });

  it('WHEN a deadline gives itself free late hand-ins THEN the schedule line and field are named with the fix', () => {
    const loaded = parseSchedule(
      SCHEDULE.replace(
        'late: { policy: not_accepted }',
        'late: { policy: not_accepted, free_late_submissions: 1 }',
      ),
      'schedule.yaml',
    );
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([
      "schedule.yaml:5 events[1].late.free_late_submissions: is for the whole course: put it in the course file's grading.late, not on one deadline",
    ]);
  });
});
