// A deadline's own late policy in the schedule (`late:`), over the course file's: quizzes never accepted late while
// problem sets lose 10% a day after two days' grace. Deadline replies say each deadline's own rule.
import { describe, expect, it } from 'vitest';
import deadlines from '../../commands/deadlines.ts';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';

const yaml = `course: Epidemiology
timezone: America/New_York
events:
  - id: quiz-1
    type: deadline
    title: Quiz 1
    due: "2023-02-20 23:59"
    late: { policy: not_accepted }
  - id: ps1
    type: deadline
    title: Problem set 1
    due: "2023-03-06 23:59"
  - id: quiz-2
    type: deadline
    title: Quiz 2
    due: "2023-03-20 23:59"
    late: { policy: not_accepted }
`;
const courseLate: LatePolicy = { policy: 'penalty', per_day: 10, unit: 'percent', grace_days: 2 };
const loaded = parseSchedule(yaml, 'schedules/test.yaml');
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const schedule = loaded.value;
const content = {
  schedule,
  faq: [],
  course: { name: 'Epidemiology', grading: { late: courseLate }, commands: { off: [] } },
} as unknown as Content;
const now = new Date('2023-02-15T12:00:00Z');

function ask(question: string): string {
  const match = matchScheduleQuestion(question, content, now);
  if (!match) throw new Error(`not a schedule question: ${question}`);
  return renderScheduleAnswer(match, content, now);
}

describe("GIVEN quizzes with their own late policy and the course's for problem sets", () => {
  it('WHEN a quiz deadline is asked THEN the reply says quizzes are not accepted late', () => {
    const text = ask('when is quiz 1 due');
    expect(text).toContain('Late hand-ins are not accepted.');
    expect(text).not.toContain('10%');
  });

  it("WHEN a problem set deadline is asked THEN the course's policy with its grace days is given", () => {
    expect(ask('when is problem set 1 due')).toContain(
      'Late hand-ins may be up to 2 days late without penalty; after that they lose 10% per day late.',
    );
  });

  it('WHEN the deadlines are listed THEN each policy is given once, with the deadlines it is for', () => {
    const text = ask('what are the deadlines');
    expect(text).toContain('Quiz 1, Quiz 2: Late hand-ins are not accepted.');
    expect(text).toContain('Problem set 1: Late hand-ins may be up to 2 days late without penalty');
  });

  it('WHEN the deadlines command runs THEN it names each policy with its deadlines too', async () => {
    const env = makeTestCore('2023-02-15T12:00:00Z');
    try {
      const core = { ...env.core, content: { ...env.core.content, schedule, course: content.course } };
      const reply = await createCommandRunner(core, [deadlines]).run('deadlines', {}, student);
      expect(reply.text).toContain('Quiz 1, Quiz 2: Late hand-ins are not accepted.');
      expect(reply.text).toContain('Problem set 1: Late hand-ins may be up to 2 days late');
    } finally {
      env.cleanup();
    }
  });
});

describe('GIVEN a late policy where it does not belong', () => {
  const problems = (event: string): string[] => {
    const r = parseSchedule(`course: X\ntimezone: Europe/Amsterdam\nevents:\n${event}`, 's.yaml');
    return r.ok ? [] : r.issues.map((i) => `${i.field}: ${i.message}`);
  };

  it('WHEN a lecture has one THEN it is refused: only deadlines are handed in', () => {
    expect(
      problems(
        '  - {id: l, type: lecture, title: L, start: "2026-09-01 10:00", late: {policy: not_accepted}}\n',
      ),
    ).toEqual(['events[0].late: only deadlines have a late policy; a lecture is not handed in']);
  });

  it('WHEN a deadline has a late-days budget THEN it is refused, saying the budget is for the course file', () => {
    const found = problems(
      '  - {id: d, type: deadline, title: D, due: "2026-09-01 10:00", late: {policy: late_days, days: 2}}\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^events\[0\]\.late\.policy: .*late_days is for the whole course/);
  });
});
