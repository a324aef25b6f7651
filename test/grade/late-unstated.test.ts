// `late: { policy: penalty_unstated }`: a syllabus that says late work is penalized without saying by how much. The
// replies say so, and the calculator takes nothing off (it says why) rather than inventing an amount.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gradeReply } from '../../commands/grade.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadCourse, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import type { GradeEstimate } from '../../src/grade/grade-rules.ts';
import { lateCostSentence } from '../../src/grade/late-penalty.ts';
import { latePolicySentence } from '../../src/grade/late-policy.ts';
import { writeCourseWithGrading } from './course-with-grading.ts';

const LETTER = (() => {
  const loaded = loadCourse(path.join(PROJECT_ROOT, 'test/fixtures/courses/letter/faq'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
})();
const HOMEWORK = (() => {
  const loaded = parseSchedule(
    `course: Statistics
timezone: America/New_York
events:
  - { id: hw1, type: deadline, title: Homework 1, due: "2026-09-07 23:59", late: { policy: penalty_unstated } }
`,
    'schedule.yaml',
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
})();

describe('GIVEN a late penalty whose amount the syllabus does not give', () => {
  it('THEN the policy sentence says so, with its note, and no sum is worked out', () => {
    expect(latePolicySentence({ policy: 'penalty_unstated' })).toBe(
      'Late hand-ins lose marks; the syllabus does not say how much.',
    );
    expect(latePolicySentence({ policy: 'penalty_unstated', note: 'Talk to the instructor first.' })).toBe(
      'Late hand-ins lose marks; the syllabus does not say how much. Talk to the instructor first.',
    );
    expect(lateCostSentence({ policy: 'penalty_unstated' }, 2)).toBeNull();
  });

  it('WHEN a deadline under it is given as late THEN the calculator takes nothing off and says why', () => {
    const on = gradeReply(LETTER, { assignments: 'homework=10' }, HOMEWORK);
    const late = gradeReply(LETTER, { assignments: 'homework=10', late: 'hw1=2d' }, HOMEWORK);
    expect((late.data as GradeEstimate).pointsSoFar).toBe((on.data as GradeEstimate).pointsSoFar);
    expect(late.text).toContain(
      'the syllabus does not say what a late hand-in loses: nothing is taken off here',
    );
    expect(on.text).toContain('Homework 1: Late hand-ins lose marks; the syllabus does not say how much.');
    expect(on.text).toContain('Late penalties are not included here.');
  });
});

describe('GIVEN it in a course file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'late-unstated-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const grading = (late: string) => `grading:
  components:
    - { id: essays, name: Essays, weight: 100, count: 2, points_each: 100 }
  final: { rule: weighted }
  late: ${late}
`;

  it('THEN it loads; an amount beside it is refused with its file, line and field', () => {
    writeCourseWithGrading(dir, grading('{ policy: penalty_unstated, note: Ask first. }'));
    const ok = loadCourse(dir);
    expect(ok.ok && ok.value.grading?.late).toEqual({ policy: 'penalty_unstated', note: 'Ask first.' });
    writeCourseWithGrading(dir, grading('{ policy: penalty_unstated, per_day: 2 }'));
    const bad = loadCourse(dir);
    expect(bad.ok ? [] : bad.issues.map((i) => formatIssue({ ...i, file: 'course.yaml' }))).toEqual([
      expect.stringMatching(/^course\.yaml:\d+ grading\.late/),
    ]);
  });
});
