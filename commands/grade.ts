// `grade`: a what-if grade calculator from the course file's grading model (a private estimate).
import { z } from 'zod';
import { andList } from '../src/core/and-list.ts';
import { defineCommand, type Reply } from '../src/core/command.ts';
import { sectionGrading, type GradingModel } from '../src/content/grading-schema.ts';
import type { Course } from '../src/content/schemas.ts';
import { errorReply } from '../src/core/run-command.ts';
import { bothPartsGrading } from '../src/grade/both-parts.ts';
import { gradeLateLines } from '../src/grade/late-policy.ts';
import { estimateGrade } from '../src/grade/grade-rules.ts';
import {
  applyLatePenalties,
  parseLateItems,
  placeDeadlines,
  type AppliedPenalty,
  type LateDeadline,
} from '../src/grade/late-penalty.ts';
import { parseScores, scoresProblem, type Scores } from '../src/grade/parse-scores.ts';
import { renderGradeEstimate } from '../src/grade/render-grade.ts';
import { exampleScores, renderWeightedEstimate } from '../src/grade/render-weighted.ts';
import { estimateWeighted } from '../src/grade/weighted.ts';
import { undatedEvents, type Schedule } from '../src/schedule/schedule.ts';

export const gradeArgs = z.strictObject({
  assignments: z.string().max(200, { error: 'is longer than 200 characters' }).optional(),
  exam: z.coerce
    .number({ error: 'must be a number of points' })
    .min(0, { error: 'must be at least 0' })
    // Only a bound on the input: execute checks the score against the course file's exam.
    .max(10000, { error: 'is larger than any exam score' })
    .optional(),
  /** How late items were, by deadline: `a1=2d a3=5h` (parsed against the schedule in gradeReply). */
  late: z
    .string()
    .trim()
    .min(1, { error: 'is empty: write ITEM=DAYS, such as a1=2d' })
    .max(500, { error: 'is longer than 500 characters' })
    .optional(),
  /** The section whose grading applies, in a course graded by section (`grading.sections`). */
  section: z.coerce
    .string()
    .trim()
    .toLowerCase()
    .max(40, { error: 'is longer than 40 characters' })
    .optional(),
});
type GradeArgs = z.infer<typeof gradeArgs>;

export default defineCommand({
  name: 'grade',
  description: 'What-if grade calculator: your points (and exam score) → an estimated grade',
  help: [
    'Usage: `grade SCORES [EXAM]`, for example:',
    '- `grade 7,8.5,-,6` (three assignments marked, one still missing)',
    '- `grade 7,8,6,9 28` (with an exam score of 28)',
    'Points per item are separated by commas; `-` marks one without points yet.',
    'For a course graded in several parts, name each part: `grade hw=5,4,-;quiz=80%,90%` (the part ids are in the rules the reply lists).',
    'Handed something in late? Add `--late a1=2d` (the deadline and how many days late; `5h` counts as a day): its late rule is applied to that score.',
    'In a course graded differently by section, add yours: `grade labs=90;final=85 --section 668`.',
  ].join('\n'),
  options: [
    {
      name: 'assignments',
      description: 'Points per item, e.g. 7,8.5,-,6 (- for missing), or per part: hw=5,4;quiz=80%',
      type: 'string',
      required: false,
      maxLength: 200,
    },
    { name: 'exam', description: 'Exam score', type: 'number', required: false, min: 0 },
    {
      name: 'late',
      description: 'How late items were, by deadline: a1=2d a3=5h (its late rule is applied)',
      type: 'string',
      required: false,
      maxLength: 500,
      flagOnly: true,
    },
    {
      name: 'section',
      description: 'Your section, in a course graded differently by section (e.g. 668)',
      type: 'string',
      required: false,
      maxLength: 40,
      flagOnly: true,
    },
  ],
  args: gradeArgs,
  access: 'everyone',
  askedAs: ['can you calculate my grade', 'estimate my final grade'],
  offeredBy: (content) => content.course.grading?.calculator === true,
  courseHelp: ({ course }) =>
    course.grading?.calculator
      ? `For ${course.name}, for example: \`${exampleCall(course.grading)}\` (\`grade\` alone lists the parts and rules).`
      : undefined,
  describedFor: ({ course }) => {
    const g = course.grading;
    const first = g?.sections?.[0];
    const parts = g && first ? sectionGrading(g, first.id) : g;
    // (a course graded on assignments and an exam, both to pass, is described by the general words)
    if (!g?.calculator || !parts || bothPartsGrading(parts)) return undefined;
    // (without what a name says in brackets: "Tests (in-class exams)" is "tests")
    const names = andList(parts.components.map((c) => c.name.replace(/\s*\([^)]*\)/g, '').toLowerCase()));
    return `What-if grade calculator: your scores in ${names} → an estimated grade`;
  },
  execute(args, { core }) {
    return gradeReply(core.content.course, args, core.content.schedule);
  },
});

/**
 * The reply to `grade` with these (validated) arguments under the course file's grading rules, listing the late rules
 * of the schedule's deadlines, dated or not yet (a deadline's own `late` over the course's); also `course-bot grade`.
 */
export function gradeReply(
  course: Course,
  args: GradeArgs,
  schedule: Pick<Schedule, 'events' | 'undated'>,
): Reply {
  const all = course.grading;
  // The students' words: why there is no calculator, not how to add one (validate tells the TA that).
  if (!all) {
    return errorReply(
      `There is no grade calculator for ${course.name}: I have not been given the course's grading rules. ` +
        'Ask me how the final grade is calculated instead, or see the syllabus.',
    );
  }
  if (!all.calculator) {
    return errorReply(
      `There is no grade calculator for ${course.name}: its grading cannot be estimated from a few numbers. ` +
        'Ask me how the final grade is calculated instead.',
    );
  }
  const chosen = chooseSection(course.name, all, args.section);
  if ('text' in chosen) return chosen;
  const { grading: g, section } = chosen;
  const parsed = parseScores(args.assignments ?? '', g.components);
  // (the message quotes the word at fault: the argument's name would read as a part's, "assignments", in many courses)
  if (!parsed.ok) return errorReply(`${parsed.message}. See \`help grade\`.`);
  const { scores } = parsed;
  if (args.exam !== undefined) {
    const exam = g.components.find((c) => c.id === 'exam');
    if (!exam) {
      return errorReply(
        `\`exam\`: ${course.name} has no exam part. Give points per part instead, for example \`grade ${exampleScores(g)}\`.`,
      );
    }
    if ((scores.get('exam') ?? []).length > 0)
      return errorReply('`exam`: the exam score is given twice. Give it once.');
    scores.set('exam', [args.exam]);
  }
  const problem = scoresProblem(scores, g.components);
  if (problem) return errorReply(problem);

  const deadlines = [...schedule.events, ...undatedEvents(schedule)].filter((e) => e.type === 'deadline');
  const applied = args.late === undefined ? [] : lateItems(args.late, deadlines, g, scores);
  if (!Array.isArray(applied)) return applied;
  const late = [...appliedLines(applied), ...gradeLateLines(deadlines, g.late, args.late !== undefined)];
  const twoParts = bothPartsGrading(g);
  if (twoParts) {
    const [first, second] = g.components;
    const examScore = scores.get(second!.id)?.[0] ?? undefined;
    const estimate = estimateGrade({ assignments: scores.get(first!.id) ?? [], exam: examScore }, twoParts);
    return {
      text: renderGradeEstimate(estimate, twoParts, examScore, late),
      private: true,
      kind: 'info',
      data: estimate,
    };
  }
  const estimate = estimateWeighted(g, scores);
  return {
    text: renderWeightedEstimate(estimate, g, late, section?.name),
    private: true,
    kind: 'info',
    data: estimate,
  };
}

type Section = NonNullable<GradingModel['sections']>[number];

/** A `grade` call with example scores in the course's own parts, for its first section in a course graded by section. */
function exampleCall(g: GradingModel): string {
  const first = g.sections?.[0];
  return first
    ? `grade ${exampleScores(sectionGrading(g, first.id))} --section ${first.id}`
    : `grade ${exampleScores(g)}`;
}

/** The grading of the section asked for, in a course graded by section; an error reply when it is missing or unknown. */
function chooseSection(
  courseName: string,
  g: GradingModel,
  asked: string | undefined,
): { grading: GradingModel; section?: Section } | Reply {
  if (!g.sections) {
    if (asked === undefined) return { grading: g };
    return errorReply(`\`section\`: ${courseName} is graded the same way for everyone: leave --section out.`);
  }
  const ids = g.sections.map((s) => `\`${s.id}\` (${s.name})`).join(', ');
  const section = g.sections.find((s) => s.id === asked);
  if (section) return { grading: sectionGrading(g, section.id), section };
  return errorReply(
    asked === undefined
      ? `${courseName} is graded differently by section: add yours with --section, one of ${ids}. For example \`${exampleCall(g)}\`.`
      : `\`section\`: "${asked}" is not a section of ${courseName}: use one of ${ids}.`,
  );
}

/**
 * The late items read against the schedule's deadlines and the course's parts, their penalties taken off `scores`
 * (changed in place); an error reply naming the first problem.
 */
function lateItems(
  text: string,
  deadlines: readonly LateDeadline[],
  g: NonNullable<Course['grading']>,
  scores: Scores,
): AppliedPenalty[] | Reply {
  const parsed = parseLateItems(text, deadlines);
  if (!parsed.ok) return errorReply(`\`late\`: ${parsed.message}. See \`help grade\`.`);
  const places = placeDeadlines(deadlines, g.components);
  for (const item of parsed.items) {
    const place = places.get(item.deadline);
    if (!place)
      return errorReply(
        `\`late\`: ${item.deadline.id} (${item.deadline.title}) is not an item of a graded part of ${g.components.map((c) => `\`${c.id}\``).join(', ')}, so no score can lose points for it.`,
      );
    if (place.part.count !== undefined && place.index >= place.part.count)
      return errorReply(
        `\`late\`: ${item.deadline.id} would be item ${place.index + 1} of ${place.part.name}, which has ${place.part.count}.`,
      );
  }
  const applied = applyLatePenalties(parsed.items, places, scores, g.late);
  for (const a of applied) {
    const list = scores.get(a.place.part.id);
    if (list && a.after !== null) list[a.place.index] = a.after;
  }
  return applied;
}

/** "Late: Assignment 1 (`a1`, 2 days late): −4 points (2 days × 2 points): 7 → 3." per item. */
function appliedLines(applied: readonly AppliedPenalty[]): string[] {
  const n = (x: number): string => (Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100));
  return applied.map((a) => {
    const head = `Late: ${a.item.deadline.title} (\`${a.item.deadline.id}\`, ${a.item.days} day${a.item.days === 1 ? '' : 's'} late)`;
    const score =
      a.before === null
        ? ` (no score for it yet: item ${a.place.index + 1} of ${a.place.part.name})`
        : `: ${n(a.before)} → ${n(a.after ?? a.before)}`;
    const off = a.points === 0 ? 'no penalty' : `−${n(a.points)} point${a.points === 1 ? '' : 's'}`;
    return `${head}: ${off} (${a.why})${score}.`;
  });
}
