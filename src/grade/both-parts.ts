// The both-parts rule (assignments and an exam, each must pass, final = average) as the numbers grade-rules.ts uses.
import type { GradingModel } from '../content/grading-schema.ts';
import type { Grading } from './grade-rules.ts';

/**
 * The course file's both_parts_then_average rule as grade-rules' numbers: the first part is the assignments
 * (several items, a pass total), the second the exam (one score; a pass mark, or a range set after the exam).
 * The schema guarantees the shape; null for any other rule.
 */
export function bothPartsGrading(g: GradingModel): Grading | null {
  const [a, e] = g.components;
  if (g.final?.rule !== 'both_parts_then_average' || !g.scale || !a || !e) return null;
  const aPass = a.pass?.points;
  const ePass = e.pass?.points;
  if (typeof aPass !== 'number' || ePass === undefined) return null;
  const count = a.count ?? 1;
  const examFull = e.full_points ?? e.points_each;
  return {
    pass_grade: g.scale.pass,
    min_grade: g.scale.min,
    max_grade: g.scale.max,
    assignments: {
      count,
      points_each: a.points_each,
      pass_points: aPass,
      full_points: a.full_points ?? count * a.points_each,
      // (a plain per-day penalty in points; the rules list gives any late rule in words)
      late_penalty_points_per_day:
        g.late?.policy === 'penalty' && g.late.unit === 'points' && g.late.first_day === undefined
          ? (g.late.per_day ?? 0)
          : 0,
    },
    exam: {
      questions: 1,
      points_each: examFull,
      pass_mark_min: typeof ePass === 'number' ? ePass : ePass.min,
      pass_mark_max: typeof ePass === 'number' ? ePass : ePass.max,
      guessing_score: e.floor_points ?? 0,
    },
    final: 'average',
  };
}
