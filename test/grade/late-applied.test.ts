// `grade … --late a1=2d`: the late rule of each deadline given as late (its own `late`, else the course file's) is
// applied to that item's score, and the reply shows the penalty per item; bad `late` input is one clear line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import grade, { gradeReply } from '../../commands/grade.ts';
import { parseCommandArgs } from '../../src/core/command-line.ts';
import { DEFAULT_FAQ_DIR, loadCourse, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { loadSchedule, parseSchedule } from '../../src/content/load-schedule.ts';
import type { GradeEstimate } from '../../src/grade/grade-rules.ts';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import { latePolicySentence } from '../../src/grade/late-policy.ts';

function course(faqDir: string) {
  const loaded = loadCourse(faqDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}
function schedule(yaml: string) {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

const SHIPPED = course(DEFAULT_FAQ_DIR);
const SAMPLE = (() => {
  const loaded = loadSchedule(path.join(PROJECT_ROOT, 'schedules/sample.yaml'));
  if (!loaded.ok) throw new Error('sample schedule');
  return loaded.value;
})();
const LETTER = course(path.join(PROJECT_ROOT, 'test/fixtures/courses/letter/faq'));
// Homework deadlines with every kind of rule; the course file's rule is 4 late days, then 10% a day.
const HOMEWORK = schedule(`course: Statistics
timezone: America/New_York
events:
  - { id: hw1, type: deadline, title: Homework 1, due: "2026-09-07 23:59", late: { policy: not_accepted } }
  - { id: hw2, type: deadline, title: Homework 2, due: "2026-09-14 23:59", late: { policy: penalty, first_day: 15, per_day: 5, unit: percent, max_days: 3 } }
  - { id: hw3, type: deadline, title: Homework 3, due: "2026-09-21 23:59", late: { policy: penalty, once: 3 } }
  - { id: hw4, type: deadline, title: Homework 4, due: "2026-09-28 23:59" }
  - { id: hw5, type: deadline, title: Homework 5, due: "2026-10-05 23:59", late: { policy: penalty, per_day: 1, grace_days: 2 } }
  - { id: hw6, type: deadline, title: Homework 6, aliases: [ps6], due: "2026-10-12 23:59", late: { policy: penalty, unit: percent, steps: [{ up_to_days: 2, lose: 20 }, { up_to_days: 5, lose: 50 }] } }
  - { id: midterm-review, type: deadline, title: Midterm review sheet, due: "2026-10-14 23:59" }
`);

describe('GIVEN the shipped course (2 points a day late) and the sample schedule', () => {
  it('WHEN a1 was 2 days late and a2 5 hours THEN 4 and 2 points come off those scores, and the estimate uses them', () => {
    const on = gradeReply(SHIPPED, { assignments: '7,8,-,6' }, SAMPLE);
    const late = gradeReply(SHIPPED, { assignments: '7,8,-,6', late: 'a1=2d a2=5h' }, SAMPLE);
    expect(late.kind).toBe('info');
    expect((on.data as GradeEstimate).pointsSoFar).toBe(21);
    expect((late.data as GradeEstimate).pointsSoFar).toBe(15);
    expect(late.text).toContain(
      '\n- Late: Assignment 1 (neural network from scratch and in numpy) (`a1`, 2 days late): −4 points (2 days × 2 points): 7 → 3.\n',
    );
    expect(late.text).toContain('(`a2`, 1 day late): −2 points (1 day × 2 points): 8 → 6.\n');
    expect(late.text).toContain('Late penalties are included only for the items given with `late`.');
    expect(on.text).toContain('Late penalties are not included here.');
  });

  it('WHEN an item without a score yet was late THEN its penalty is shown and nothing else changes', () => {
    const reply = gradeReply(SHIPPED, { assignments: '7,8,-,6', late: 'hw3=1d' }, SAMPLE);
    expect((reply.data as GradeEstimate).pointsSoFar).toBe(21);
    expect(reply.text).toContain(
      '(`a3`, 1 day late): −2 points (1 day × 2 points) (no score for it yet: item 3 of Assignments).',
    );
  });

  it('WHEN a penalty is larger than the score THEN the score goes to 0, not below', () => {
    const reply = gradeReply(SHIPPED, { assignments: '3,8,-,6', late: 'a1=4d' }, SAMPLE);
    expect(reply.text).toContain('−3 points (4 days × 2 points): 3 → 0.');
    expect((reply.data as GradeEstimate).pointsSoFar).toBe(14);
  });
});

describe("GIVEN homework deadlines with their own rules and the course's 4 late days then 10% a day", () => {
  const run = (late: string, scores = '10,10,10,10,10,10') =>
    gradeReply(LETTER, { assignments: `homework=${scores}`, late }, HOMEWORK);
  const line = (text: string, id: string): string =>
    text.split('\n').find((l) => l.includes(`(\`${id}\``)) ?? `no line for ${id}`;

  it('THEN each rule as the late-policy module states it: not accepted, first day and per day, once, grace days, steps', () => {
    const reply = run('hw1=1d hw2=2d hw3=6d hw5=3d ps6=4d');
    expect(reply.kind).toBe('info');
    expect(line(reply.text, 'hw1')).toBe(
      '- Late: Homework 1 (`hw1`, 1 day late): −10 points (late hand-ins are not accepted): 10 → 0.',
    );
    expect(line(reply.text, 'hw2')).toBe(
      '- Late: Homework 2 (`hw2`, 2 days late): −2 points (15% of 10 points for the first day + 1 × 5% of 10 points): 10 → 8.',
    );
    expect(line(reply.text, 'hw3')).toBe(
      '- Late: Homework 3 (`hw3`, 6 days late): −3 points (3 points once): 10 → 7.',
    );
    expect(line(reply.text, 'hw5')).toBe(
      '- Late: Homework 5 (`hw5`, 3 days late): −1 point (1 day × 1 point after the 2 days without penalty): 10 → 9.',
    );
    expect(line(reply.text, 'hw6')).toBe(
      '- Late: Homework 6 (`hw6`, 4 days late): −5 points (50% of 10 points for up to 5 days): 10 → 5.',
    );
    // 0, 8, 7, 10, 9, 5: the two lowest (0 and 5) dropped, as without late items
    expect(reply.text).toContain('**Homework** (30%): 34 of 40 points (6 of 10 given), lowest 2 dropped');
  });

  it('WHEN later than max_days or the last band THEN not accepted: the item scores 0', () => {
    const reply = run('hw2=4d hw6=6d');
    expect(line(reply.text, 'hw2')).toContain('−10 points (not accepted after 3 days): 10 → 0.');
    expect(line(reply.text, 'hw6')).toContain('−10 points (not accepted after 5 days): 10 → 0.');
  });

  it("WHEN items fall under the course's late days THEN they are spent in the schedule's order, then 10% a day", () => {
    const reply = run('hw4=3d midterm-review=0d');
    expect(line(reply.text, 'hw4')).toContain('no penalty (3 days of the late days (1 left)): 10 → 10.');
    const over = gradeReply(LETTER, { assignments: 'homework=10,10,10,10,10,10', late: 'hw4=6d' }, HOMEWORK);
    expect(line(over.text, 'hw4')).toContain(
      '−2 points (2 days past the late days × 10% of 10 points): 10 → 8.',
    );
  });

  /** Homework 4 (no rule of its own) handed in `days` late under the course rule `late`, all scores 10. */
  const hw4Late = (late: LatePolicy, days: string) =>
    gradeReply(
      { ...LETTER, grading: { ...LETTER.grading!, late } },
      { assignments: 'homework=10,10,10,10,10,10', late: `hw4=${days}` },
      HOMEWORK,
    );

  it('WHEN there is no penalty for a week, then the work closes THEN a hand-in later than that is refused', () => {
    const week = { policy: 'no_penalty', max_days: 7 } as const;
    const at = (days: string) => hw4Late(week, days);
    expect(line(at('7d').text, 'hw4')).toContain('no penalty (no penalty for late hand-ins): 10 → 10.');
    expect(line(at('8d').text, 'hw4')).toContain('−10 points (not accepted after 7 days): 10 → 0.');
    expect(latePolicySentence(week)).toBe(
      'Late hand-ins are accepted without penalty up to 7 days late; after that they are not accepted.',
    );
  });

  it('WHEN the late days have a most per hand-in THEN a hand-in later than that is refused, with days left', () => {
    const late = LETTER.grading?.late;
    if (late?.policy !== 'late_days') throw new Error('the letter fixture has a late-days budget');
    const capped = { ...late, max_days: 3 };
    const at = (days: string) => hw4Late(capped, days);
    expect(line(at('4d').text, 'hw4')).toContain('−10 points (not accepted more than 3 days late): 10 → 0.');
    expect(line(at('3d').text, 'hw4')).toContain('no penalty (3 days of the late days (1 left)): 10 → 10.');
    expect(latePolicySentence(capped)).toBe(
      'You have 4 late days for the whole course; after that, late hand-ins lose 10% per day late. ' +
        'A hand-in more than 3 days late is not accepted, even with late days left.',
    );
  });

  it('WHEN a rule is charged by the hour with a most THEN hours count, and the loss stops at the most', () => {
    const hourly = schedule(`course: Statistics
timezone: America/New_York
events:
  - { id: hw4, type: deadline, title: Homework 4, due: "2026-09-28 23:59", late: { policy: penalty, per_hour: 1, unit: percent, max_loss: 30 } }
`);
    const at = (late: string) =>
      gradeReply(LETTER, { assignments: 'homework=10,10,10,10,10,10', late }, hourly);
    expect(line(at('hw4=5h').text, 'hw4')).toContain('−0.5 points (5 hours × 1% of 10 points): 10 → 9.5.');
    expect(line(at('hw4=2d').text, 'hw4')).toContain(
      '−3 points (48 hours × 1% of 10 points, at most 30% of 10 points): 10 → 7.',
    );
  });

  it('WHEN the course calls its late days otherwise THEN the reply and the policy use its name', () => {
    const late = LETTER.grading?.late;
    if (late?.policy !== 'late_days') throw new Error('the letter fixture has a late-days budget');
    const called = { ...LETTER, grading: { ...LETTER.grading!, late: { ...late, called: 'slip days' } } };
    const reply = gradeReply(called, { assignments: 'homework=10,10,10,10,10,10', late: 'hw4=6d' }, HOMEWORK);
    expect(line(reply.text, 'hw4')).toContain('(2 days past the slip days × 10% of 10 points)');
    expect(latePolicySentence({ ...late, called: 'slip days' })).toMatch(
      /^You have 4 slip days for the whole course;/,
    );
    expect(latePolicySentence({ ...late, days: 1, called: 'late tokens' })).toMatch(
      /^You have 1 late token for/,
    );
  });

  it('WHEN a deadline is the hand-in of a part of one item THEN it is that part; one that shares a word is not', () => {
    const exams = schedule(`course: Statistics
timezone: America/New_York
events:
  - { id: final-handin, type: deadline, title: Final exam hand-in, due: "2026-12-10 23:59" }
  - { id: midterm, type: deadline, title: Take-home midterm, due: "2026-10-20 23:59" }
  - { id: midterm-review, type: deadline, title: Midterm review sheet, due: "2026-10-14 23:59" }
`);
    const scores = { assignments: 'homework=10,10;midterm=40;exam=80' };
    const reply = gradeReply(LETTER, { ...scores, late: 'final-handin=6d midterm=5d' }, exams);
    const late = (id: string) =>
      reply.text.split('\n').find((l) => l.startsWith('- Late:') && l.includes(`(\`${id}\``)) ?? '';
    expect(late('final-handin')).toMatch(/^- Late: Final exam hand-in .*: 80 → 60\.$/);
    expect(late('midterm')).toMatch(/^- Late: Take-home midterm .*: 40 → 15\.$/);
    expect(gradeReply(LETTER, { ...scores, late: 'midterm-review=1d' }, exams).text).toContain(
      'is not an item of a graded part',
    );
  });

  it('WHEN the course gives one free late hand-in THEN it goes to the item it saves most on', () => {
    const grading = LETTER.grading!;
    const free = {
      ...LETTER,
      grading: {
        ...grading,
        late: { policy: 'penalty' as const, per_day: 1, unit: 'points' as const, free_late_submissions: 1 },
      },
    };
    const plain = schedule(`course: Statistics
timezone: America/New_York
events:
  - { id: hw1, type: deadline, title: Homework 1, due: "2026-09-07 23:59" }
  - { id: hw2, type: deadline, title: Homework 2, due: "2026-09-14 23:59" }
`);
    const reply = gradeReply(free, { assignments: 'homework=10,10', late: 'hw1=1d hw2=3d' }, plain);
    expect(line(reply.text, 'hw1')).toContain('−1 point (1 day × 1 point): 10 → 9.');
    expect(line(reply.text, 'hw2')).toContain(
      'no penalty (a late hand-in without penalty (of the whole course)): 10 → 10.',
    );
  });
});

describe('GIVEN a bad `late` THEN one line naming the item and the fix, and no estimate', () => {
  const err = (late: string) => gradeReply(LETTER, { assignments: 'homework=10', late }, HOMEWORK);

  it.each([
    [
      'hw9=2d',
      '`late`: "hw9" is not a deadline of this course; the deadlines are hw1, hw2, hw3, hw4, hw5, hw6, midterm-review. See `help grade`.',
    ],
    [
      'hw1=two',
      '`late`: "two" (for hw1) is not how late: write days such as 2d, or hours such as 5h. See `help grade`.',
    ],
    [
      'hw1=2w',
      '`late`: "2w" (for hw1) is not how late: write days such as 2d, or hours such as 5h. See `help grade`.',
    ],
    ['hw1', '`late`: "hw1" is not ITEM=DAYS, such as a1=2d. See `help grade`.'],
    ['hw1=1d HW1=2d', '`late`: HW1 is given twice: give how late it was once. See `help grade`.'],
    [
      'midterm-review=1d',
      '`late`: midterm-review (Midterm review sheet) is not an item of a graded part of `homework`, `midterm`, `exam`, so no score can lose points for it.',
    ],
  ])('%s', (late, message) => {
    const reply = err(late);
    expect(reply.kind).toBe('error');
    expect(reply.text).toBe(message);
    expect(reply.text.split('\n')).toHaveLength(1);
  });
});

describe('GIVEN grade typed on a chat command line', () => {
  it('THEN --late takes the rest of the line, and is never filled by position', () => {
    expect(parseCommandArgs(grade, '7,8.5,-,6 28 --late a1=2d a3=5h')).toEqual({
      ok: true,
      args: { assignments: '7,8.5,-,6', exam: 28, late: 'a1=2d a3=5h' },
    });
    const extra = parseCommandArgs(grade, '7,8 28 a1=2d');
    expect(extra.ok).toBe(false);
    expect(!extra.ok && extra.message).toMatch(/takes at most 2 arguments; "a1=2d" is left over/);
  });
});
