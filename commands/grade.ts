// `grade`: a what-if grade calculator from the course file's grading rules (a private estimate).
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { errorReply } from '../src/core/run-command.ts';
import { estimateGrade, examFullScore } from '../src/grade/grade-rules.ts';
import { renderGradeEstimate } from '../src/grade/render-grade.ts';

const MISSING = new Set(['-', '?', 'x', '_']);

/** "7, 8.5 - 6" → [7, 8.5, null, 6]; `-`, `?`, `x` or `_` mark an assignment without points. */
export function parseAssignmentPoints(text: string): (number | null)[] | string {
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  const out: (number | null)[] = [];
  for (const t of tokens) {
    if (MISSING.has(t.toLowerCase())) {
      out.push(null);
      continue;
    }
    if (!/^\d+(\.\d+)?$/.test(t))
      return `"${t.slice(0, 20)}" is not a number of points (use - for a missing one)`;
    out.push(Number(t));
  }
  return out;
}

export default defineCommand({
  name: 'grade',
  description: 'What-if grade calculator: your assignment points (and exam score) → an estimated grade',
  help: [
    'Usage: `grade ASSIGNMENT_POINTS [EXAM]`, for example:',
    '- `grade 7,8.5,-,6` (three assignments marked, one still missing)',
    '- `grade 7,8,6,9 28` (with an exam score of 28)',
    'Points per assignment are separated by commas or spaces; `-` marks one without points yet.',
  ].join('\n'),
  options: [
    {
      name: 'assignments',
      description: 'Points per assignment, e.g. 7,8.5,-,6 (- for missing)',
      type: 'string',
      required: false,
      maxLength: 200,
    },
    { name: 'exam', description: 'Exam score', type: 'number', required: false, min: 0 },
  ],
  args: z.strictObject({
    assignments: z.string().max(200, { error: 'is longer than 200 characters' }).optional(),
    exam: z.coerce
      .number({ error: 'must be a number of points' })
      .min(0, { error: 'must be at least 0' })
      // Only a bound on the input: execute checks the score against the course file's exam.
      .max(10000, { error: 'is larger than any exam score' })
      .optional(),
  }),
  access: 'everyone',
  askedAs: ['can you calculate my grade', 'estimate my final grade'],
  execute(args, { core }) {
    const g = core.content.course.grading;
    const points = parseAssignmentPoints(args.assignments ?? '');
    if (typeof points === 'string') return errorReply(`\`assignments\`: ${points}. See \`help grade\`.`);
    if (points.length > g.assignments.count) {
      return errorReply(
        `\`assignments\`: there are only ${g.assignments.count} assignments, you gave ${points.length} values.`,
      );
    }
    const tooHigh = points.find((p) => p !== null && p > g.assignments.points_each);
    if (tooHigh !== undefined) {
      return errorReply(
        `\`assignments\`: ${tooHigh} is more than the ${g.assignments.points_each} points an assignment has.`,
      );
    }
    const full = examFullScore(g);
    if (args.exam !== undefined && args.exam > full) {
      return errorReply(`\`exam\`: ${args.exam} is more than the ${full} points of the exam.`);
    }
    const estimate = estimateGrade({ assignments: points, exam: args.exam }, g);
    return {
      text: renderGradeEstimate(estimate, g, args.exam),
      private: true,
      kind: 'info',
      data: estimate,
    };
  },
});
