import { describe, expect, it } from 'vitest';
import { assignmentGrade, estimateGrade, examGrade, passMarks } from '../../src/grade/grade-rules.ts';
import type { Grading } from '../../src/grade/grade-rules.ts';

// The course's numbers, written out here so the expected values below can be checked by hand.
const g: Grading = {
  pass_grade: 5.5,
  min_grade: 1,
  max_grade: 10,
  assignments: {
    count: 4,
    points_each: 10,
    pass_points: 21,
    full_points: 40,
    late_penalty_points_per_day: 2,
  },
  exam: { questions: 40, points_each: 1, pass_mark_min: 20, pass_mark_max: 25, guessing_score: 10 },
  final: 'average',
};

describe('assignment grade', () => {
  it('GIVEN 21 points THEN 5.5, and 40 points THEN 10', () => {
    expect(assignmentGrade(21, g)).toBeCloseTo(5.5, 10);
    expect(assignmentGrade(40, g)).toBeCloseTo(10, 10);
  });
  it('GIVEN 30 points THEN linear between 21 and 40: 5.5 + 9/19 * 4.5', () => {
    expect(assignmentGrade(30, g)).toBeCloseTo(7.631578947, 8);
  });
  it('GIVEN fewer than 21 points THEN linear from 0 points = 1 to 21 points = 5.5', () => {
    expect(assignmentGrade(0, g)).toBeCloseTo(1, 10);
    expect(assignmentGrade(10.5, g)).toBeCloseTo(3.25, 10);
  });
});

describe('exam grade', () => {
  it('GIVEN the guessing score or less THEN the lowest grade', () => {
    expect(examGrade(10, 20, g)).toBe(1);
    expect(examGrade(5, 20, g)).toBe(1);
  });
  it('GIVEN the pass mark THEN 5.5, and 40 THEN 10', () => {
    expect(examGrade(20, 20, g)).toBeCloseTo(5.5, 10);
    expect(examGrade(25, 25, g)).toBeCloseTo(5.5, 10);
    expect(examGrade(40, 25, g)).toBeCloseTo(10, 10);
  });
  it('GIVEN scores between the marks THEN linear: 15 of pass mark 20 → 3.25; 30 → 7.75; 32.5 of mark 25 → 7.75', () => {
    expect(examGrade(15, 20, g)).toBeCloseTo(3.25, 10);
    expect(examGrade(30, 20, g)).toBeCloseTo(7.75, 10);
    expect(examGrade(32.5, 25, g)).toBeCloseTo(7.75, 10);
  });
  it('lists every pass mark from 20 to 25', () => {
    expect(passMarks(g)).toEqual([20, 21, 22, 23, 24, 25]);
  });
});

describe('estimate', () => {
  it('GIVEN 7, 8, missing, 6 and an exam of 24 THEN assignments pass at 5.5 and the final grade follows each pass mark', () => {
    const e = estimateGrade({ assignments: [7, 8, null, 6], exam: 24 }, g);
    expect(e.pointsSoFar).toBe(21);
    expect(e.missing).toBe(1);
    expect(e.assignmentPassed).toBe(true);
    expect(e.assignmentGrade).toBeCloseTo(5.5, 10);
    const byMark = new Map(e.exam.map((o) => [o.passMark, o]));
    // pass mark 20: exam grade 5.5 + 4/20 * 4.5 = 6.4; final (5.5 + 6.4) / 2 = 5.95
    expect(byMark.get(20)?.grade).toBeCloseTo(6.4, 10);
    expect(byMark.get(20)?.final).toBeCloseTo(5.95, 10);
    expect(byMark.get(24)?.passed).toBe(true);
    // pass mark 25: 24 is below the mark, 1 + 14/15 * 4.5 = 5.2, no final grade
    expect(byMark.get(25)?.passed).toBe(false);
    expect(byMark.get(25)?.grade).toBeCloseTo(5.2, 10);
    expect(byMark.get(25)?.final).toBeUndefined();
  });
  it('GIVEN 5 and 5 with two to go THEN 11 more points are needed and still reachable', () => {
    const e = estimateGrade({ assignments: [5, 5] }, g);
    expect(e.missing).toBe(2);
    expect(e.pointsStillNeeded).toBe(11);
    expect(e.assignmentPassReachable).toBe(true);
    expect(e.exam[0]?.grade).toBeUndefined();
  });
  it('GIVEN 2, 2, 2 with one to go THEN 21 points can no longer be reached', () => {
    const e = estimateGrade({ assignments: [2, 2, 2] }, g);
    expect(e.pointsStillNeeded).toBe(15);
    expect(e.assignmentPassReachable).toBe(false);
  });
  it('GIVEN a passing exam but failing assignments THEN no final grade', () => {
    const e = estimateGrade({ assignments: [5, 5, 5, 5], exam: 30 }, g);
    expect(e.assignmentPassed).toBe(false);
    expect(e.exam.every((o) => o.passed && o.final === undefined)).toBe(true);
  });
});
