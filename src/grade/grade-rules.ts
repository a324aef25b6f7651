// The grade arithmetic of the course file's grading rules, as pure functions (no rounding: the renderer rounds).
import type { LegacyGrading } from '../content/grading-schema.ts';

/** The numbers of the both-parts rule (assignments, then an exam with a pass-mark range); see both-parts.ts. */
export type Grading = LegacyGrading;

/**
 * Assignment grade from the total points of all assignments.
 * From `pass_points` (a pass) to `full_points` the grade rises linearly from the pass grade to the maximum,
 * as the course file states. Below `pass_points` the course is silent; we use the straight line from
 * 0 points (the minimum grade) to `pass_points` (the pass grade), so every failing total gets a failing grade.
 */
export function assignmentGrade(points: number, g: Grading): number {
  const { pass_points: pass, full_points: full } = g.assignments;
  const p = clamp(points, 0, full);
  if (p >= pass) return lerp(p, pass, full, g.pass_grade, g.max_grade);
  return lerp(p, 0, pass, g.min_grade, g.pass_grade);
}

/**
 * Exam grade from a score, for one pass mark: the guessing score (and anything below) is the minimum grade,
 * the pass mark is the pass grade, full marks are the maximum grade, straight lines in between.
 */
export function examGrade(score: number, passMark: number, g: Grading): number {
  const full = examFullScore(g);
  const guess = g.exam.guessing_score;
  const s = clamp(score, 0, full);
  if (s <= guess) return g.min_grade;
  if (s <= passMark) return lerp(s, guess, passMark, g.min_grade, g.pass_grade);
  return lerp(s, passMark, full, g.pass_grade, g.max_grade);
}

export function examFullScore(g: Grading): number {
  return g.exam.questions * g.exam.points_each;
}

/** Every whole pass mark the course may set, from `pass_mark_min` to `pass_mark_max`. */
export function passMarks(g: Grading): number[] {
  const out: number[] = [];
  for (let m = Math.ceil(g.exam.pass_mark_min); m <= g.exam.pass_mark_max; m++) out.push(m);
  return out;
}

export interface GradeInput {
  /** Points per assignment; `null` is an assignment without points yet. At most `count` entries. */
  assignments: (number | null)[];
  exam?: number;
}

export interface ExamOutcome {
  passMark: number;
  /** Undefined when no exam score was given. */
  grade?: number;
  passed?: boolean;
  /** The final grade (average of both parts) when both pass. */
  final?: number;
}

export interface GradeEstimate {
  pointsSoFar: number;
  missing: number;
  /** The assignment grade if every missing assignment scores 0. */
  assignmentGrade: number;
  assignmentPassed: boolean;
  /** Points still needed from the missing assignments to reach `pass_points` (0 when already reached). */
  pointsStillNeeded: number;
  /** Whether the missing assignments can still bring the total to `pass_points`. */
  assignmentPassReachable: boolean;
  exam: ExamOutcome[];
}

export function estimateGrade(input: GradeInput, g: Grading): GradeEstimate {
  const given = input.assignments.filter((p): p is number => p !== null);
  const pointsSoFar = given.reduce((a, b) => a + b, 0);
  const missing = g.assignments.count - given.length;
  const assignment = assignmentGrade(pointsSoFar, g);
  const assignmentPassed = pointsSoFar >= g.assignments.pass_points;
  const pointsStillNeeded = Math.max(0, g.assignments.pass_points - pointsSoFar);
  const exam = passMarks(g).map((passMark): ExamOutcome => {
    if (input.exam === undefined) return { passMark };
    const grade = examGrade(input.exam, passMark, g);
    const passed = input.exam >= passMark;
    const outcome: ExamOutcome = { passMark, grade, passed };
    if (passed && assignmentPassed) outcome.final = (assignment + grade) / 2;
    return outcome;
  });
  return {
    pointsSoFar,
    missing,
    assignmentGrade: assignment,
    assignmentPassed,
    pointsStillNeeded,
    assignmentPassReachable: pointsStillNeeded <= missing * g.assignments.points_each,
    exam,
  };
}

function lerp(x: number, x0: number, x1: number, y0: number, y1: number): number {
  if (x1 === x0) return y1;
  return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
