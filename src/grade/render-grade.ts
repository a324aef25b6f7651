// Renders a grade estimate as Markdown, labelled as an estimate and listing the rules it used.
import type { GradeEstimate, Grading } from './grade-rules.ts';
import { examFullScore } from './grade-rules.ts';

/** One decimal, the way grades are usually quoted; the rules below say it is rounded. */
export function formatGrade(grade: number): string {
  return (Math.round(grade * 10) / 10).toFixed(1);
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(Math.round(points * 100) / 100);
}

/** `late`: the late rules to list (gradeLateLines); none when neither the course nor a deadline states one. */
export function renderGradeEstimate(
  e: GradeEstimate,
  g: Grading,
  examScore?: number,
  late: readonly string[] = [],
): string {
  const a = g.assignments;
  const lines: string[] = ['**Grade estimate** (an estimate, not an official grade)', ''];
  const missingText =
    e.missing > 0 ? `, ${e.missing} assignment${e.missing === 1 ? '' : 's'} without points` : '';
  lines.push(
    `**Assignments:** ${formatPoints(e.pointsSoFar)} of ${a.full_points} points${missingText} → grade **${formatGrade(e.assignmentGrade)}**` +
      (e.assignmentPassed ? ' (pass)' : ' (not a pass yet)'),
  );
  if (!e.assignmentPassed) {
    lines.push(
      e.assignmentPassReachable
        ? `You still need ${formatPoints(e.pointsStillNeeded)} points from the remaining assignment${e.missing === 1 ? '' : 's'} to reach ${a.pass_points}.`
        : `${a.pass_points} points can no longer be reached with the remaining assignments (${e.missing} × ${a.points_each} points at most).`,
    );
  }
  lines.push('');
  const full = examFullScore(g);
  if (examScore === undefined) {
    lines.push(
      `**Exam** (no score given): the pass mark is set after the exam, between ${g.exam.pass_mark_min} and ${g.exam.pass_mark_max}.`,
    );
    for (const o of e.exam)
      lines.push(`- pass mark ${o.passMark}: you need at least **${o.passMark}** of ${full}`);
  } else {
    lines.push(`**Exam:** ${formatPoints(examScore)} of ${full}, for each possible pass mark:`);
    for (const o of e.exam) {
      const verdict = o.passed ? 'pass' : `not a pass (needs ${o.passMark})`;
      const final =
        o.final !== undefined
          ? `, final grade **${formatGrade(o.final)}**`
          : o.passed && !e.assignmentPassed
            ? ', no final grade: the assignments do not pass yet'
            : '';
      lines.push(
        `- pass mark ${o.passMark}: exam grade **${formatGrade(o.grade ?? g.min_grade)}** (${verdict})${final}`,
      );
    }
  }
  lines.push(
    '',
    '_Rules used (from the course file):_',
    `- Assignments: ${a.count} × ${a.points_each} points; ${a.pass_points} points = ${g.pass_grade}, ${a.full_points} = ${g.max_grade}, linear in between; below ${a.pass_points}, linear from 0 points = ${g.min_grade} (our assumption: the course does not say).`,
    `- Exam: ${g.exam.guessing_score} points or fewer (guessing) = ${g.min_grade}, the pass mark = ${g.pass_grade}, ${full} = ${g.max_grade}, linear in between.`,
    `- Both parts must reach ${g.pass_grade}; the final grade is their average. Grades shown rounded to one decimal.`,
    ...late.map((line) => `- ${line}`),
  );
  return lines.join('\n');
}
