// The grade calculator lists the late rules that apply: a deadline's own `late` in the schedule where it has one, the
// course file's for the others. `course-bot grade --schedule` is tested in test/cli/grade-cli.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../commands/grade.ts';
import { DEFAULT_FAQ_DIR, loadCourse, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { gradeLateLines } from '../../src/grade/late-policy.ts';

const LETTER = path.join(PROJECT_ROOT, 'test/fixtures/courses/letter/faq');
const LATE_RULES_SCHEDULE = path.join(PROJECT_ROOT, 'test/fixtures/schedules/late-rules.yaml');
const scheduleYaml = readFileSync(LATE_RULES_SCHEDULE, 'utf8');

function schedule(yaml: string) {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}
function course(faqDir: string) {
  const loaded = loadCourse(faqDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

const BUDGET = 'You have 4 late days for the whole course; after that, late hand-ins lose 10% per day late.';

describe("GIVEN deadlines with their own late rule and a course's late-days budget", () => {
  it('WHEN grade is asked THEN the rules list each own rule with its deadlines, then the course rule for the others', () => {
    const reply = gradeReply(course(LETTER), { assignments: 'midterm=40' }, schedule(scheduleYaml));
    const rules = reply.text.slice(reply.text.indexOf('_Rules used'));
    expect(rules).toContain('\n- Quiz 1, Quiz 2: Late hand-ins are not accepted.\n');
    expect(rules).toContain('\n- Project: Late hand-ins lose 5% per day late.\n');
    expect(rules.endsWith(`\n- Other deadlines: ${BUDGET} Late penalties are not included here.`)).toBe(true);
    // the course-wide rule alone would have been the whole late part of the rules
    expect(rules).not.toContain(`\n- ${BUDGET}`);
  });

  it('WHEN no deadline has its own rule THEN the course rule alone, as before', () => {
    const plain = schedule(scheduleYaml.replace(/, late: \{[^}]*\} \}/g, ' }'));
    const reply = gradeReply(course(LETTER), { assignments: 'midterm=40' }, plain);
    expect(reply.text.endsWith(`\n- ${BUDGET} Late penalties are not included here.`)).toBe(true);
  });

  it('WHEN every deadline has its own rule THEN the course rule is not listed for deadlines it covers none of', () => {
    const lines = gradeLateLines(
      [
        { title: 'Quiz 1', late: { policy: 'not_accepted' } },
        { title: 'Quiz 2', late: { policy: 'not_accepted' } },
      ],
      { policy: 'late_days', days: 4, unit: 'points' },
    );
    expect(lines).toEqual(['Quiz 1, Quiz 2: Late hand-ins are not accepted.']);
  });
});

describe('GIVEN the both-parts rule (the shipped course file) and a deadline without a late penalty', () => {
  it('WHEN grade is asked THEN that deadline has its own rule and the others lose 2 points a day', () => {
    const own = schedule(`course: Deep Learning
timezone: Europe/Amsterdam
events:
  - { id: a1, type: deadline, title: Assignment 1, due: "2026-09-25 23:59" }
  - { id: a0, type: deadline, title: Warm-up, due: "2026-09-10 23:59", late: { policy: no_penalty } }
`);
    const text = gradeReply(course(DEFAULT_FAQ_DIR), { assignments: '7,8,6' }, own).text;
    expect(text).toContain(
      'Grades shown rounded to one decimal.\n- Warm-up: There is no penalty for late hand-ins.\n',
    );
    expect(text).toContain(
      '\n- Other deadlines: Late hand-ins lose 2 points of their score per day late. Late penalties are not included here.',
    );
  });
});
