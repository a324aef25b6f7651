// The course file's `grading` section: weighted components, a final-grade rule and a late policy, checked with zod.
// Today's format (assignments + exam, pass at 5.5, final = average) is still read and converted to this model at load.
import { z } from 'zod';

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const PERCENT_TEXT = /^(\d{1,3}(?:\.\d+)?)\s*%$/;

const num = (what: string) =>
  z.number({
    error: (i) => (i.input === undefined ? `is required: ${what}` : `must be a number: ${what}`),
  });
const label = (what: string, max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? `is required: ${what}` : `must be text: ${what}`) })
    .trim()
    .min(1, { error: `is empty: write ${what}` })
    .max(max, { error: `is longer than ${max} characters` });

// ---------- The model ----------

const scaleSchema = z.strictObject({
  min: num('the lowest grade, e.g. 1').min(0),
  max: num('the highest grade, e.g. 10').positive().max(1000),
  pass: num('the lowest passing grade, e.g. 5.5').min(0),
});

const DROP_ERROR = 'must be a whole number (drop the lowest N) or a percentage in quotes such as "25%"';
const dropSchema = z.unknown().transform((v, ctx): Drop => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000) return { count: v };
  const m = typeof v === 'string' ? PERCENT_TEXT.exec(v.trim()) : null;
  if (m && Number(m[1]) < 100) return { percent: Number(m[1]) };
  ctx.addIssue({ code: 'custom', message: DROP_ERROR });
  return z.NEVER;
});
export type Drop = { count: number } | { percent: number };

const passSchema = z.strictObject({
  points: z
    .union(
      [
        z.number().min(0),
        z.strictObject({ min: num('the lowest possible pass mark').min(0), max: num('the highest').min(0) }),
      ],
      { error: 'must be a number of points, or {min, max} when the pass mark is set later within a range' },
    )
    .optional(),
  percent: num('the percentage needed to pass this part').min(0).max(100).optional(),
});

/** A section's id, as students type it after --section: "668", "grad" (a number in YAML is read as its digits). */
const sectionIdSchema = z
  .union([z.number().int().nonnegative().transform(String), z.string()], {
    error: 'must be a short id such as 668 or grad',
  })
  .pipe(
    z
      .string()
      .trim()
      .toLowerCase()
      .max(40, { error: 'is longer than 40 characters' })
      .regex(ID, {
        error: (i) => `${JSON.stringify(i.input)} is not an id: use lowercase letters, digits, "-" or "_"`,
      }),
  );

/** A group of students graded with different parts or weights (GEO 468 and GEO 668). */
const sectionSchema = z.strictObject({
  id: sectionIdSchema,
  name: label('the name students know the section by, such as GEO 668 (graduate)', 100),
});

const componentSchema = z.strictObject({
  id: z
    .string({ error: 'is required: a short id of lowercase letters, digits, "-" or "_"' })
    .max(40, { error: 'is longer than 40 characters' })
    .regex(ID, {
      error: (i) => `${JSON.stringify(i.input)} is not an id: use lowercase letters, digits, "-" or "_"`,
    }),
  name: label('the name students know this part by', 100),
  /** A percentage of the final grade; with `weights_total`, a share of that total (points). */
  weight: num('the percentage of the final grade').positive(),
  count: z.number().int().min(1).max(1000).optional(),
  points_each: z.number().positive().max(100000).default(100),
  drop_lowest: dropSchema.optional(),
  pass: passSchema.optional(),
  full_points: z.number().positive().optional(),
  floor_points: z.number().min(0).optional(),
  /** The sections (`grading.sections` ids) graded with this part; without it, every section. */
  sections: z
    .array(sectionIdSchema, { error: 'must be a list of section ids, such as [grad]' })
    .min(1, { error: 'is empty: leave it out for a part every section has' })
    .max(20)
    .optional(),
});
export type GradingComponent = z.infer<typeof componentSchema>;

const cutoffSchema = z.strictObject({
  grade: z.union([label('a grade such as A- or 8', 10), z.number()]),
  from: num('the lowest percentage for this grade').min(0).max(100),
});

const FINAL_RULES = ['weighted', 'both_parts_then_average'] as const;
const ROUND_ERROR =
  'must be 0, 1 or 2: the decimals the final percentage is rounded to before its grade is looked up (0: 93.5 becomes 94); leave it out when the syllabus does not round';
const finalSchema = z.discriminatedUnion(
  'rule',
  [
    z.strictObject({
      rule: z.literal('weighted'),
      cutoffs: z.array(cutoffSchema).min(1).max(40).optional(),
      /** The decimals the final percentage is rounded to (x.5 up) before its grade is looked up; none: all kept. */
      round_to_decimals: z
        .number({ error: ROUND_ERROR })
        .int({ error: ROUND_ERROR })
        .min(0, { error: ROUND_ERROR })
        .max(2, { error: ROUND_ERROR })
        .optional(),
      /** How it rounds: to the nearest (x.5 up, the default) or always up ("rounded up to the next whole number"). */
      rounding: z
        .enum(['nearest', 'up'], {
          error: 'must be nearest (x.5 up) or up (any fraction up: 92.1 becomes 93)',
        })
        .optional(),
    }),
    // (round_to_decimals is read only to refuse it with a reason: modelProblems)
    z.strictObject({ rule: z.literal('both_parts_then_average'), round_to_decimals: z.unknown().optional() }),
  ],
  { error: `needs rule: one of ${FINAL_RULES.join(', ')}` },
);
export type FinalRule = z.infer<typeof finalSchema>;

const UNITS = ['points', 'percent'] as const;
/** A whole number of days, 1 to 365; `instead` says where a part of a day goes. */
const wholeDays = (field: string, instead: string) =>
  z
    .number({ error: `must be a number of days, such as ${field}: 2` })
    .int({ error: `must be a whole number of days (${instead})` })
    .min(1, { error: 'must be at least 1 (leave it out for none)' })
    .max(365, { error: 'must be at most 365' });

const unitSchema = z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` }).default('points');
const LATE_POLICIES = ['penalty', 'penalty_unstated', 'late_days', 'not_accepted', 'no_penalty'] as const;

/** "25%" written where a number goes: say how the unit is written ("write lose: 25 with unit: percent for 25%"). */
const numberNotPercent = (what: string, field: string) =>
  z.number({
    error: (i) => {
      const percent = typeof i.input === 'string' ? PERCENT_TEXT.exec(i.input.trim()) : null;
      if (i.input === undefined) return `is required: ${what}`;
      return percent
        ? `must be a number: write ${field}: ${percent[1]} with unit: percent for ${String(i.input).trim()}`
        : `must be a number: ${what}`;
    },
  });

/** One band of a stepped penalty: a hand-in at most `up_to_days` late (the last band: any later) loses `lose`. */
const stepSchema = z.strictObject({
  up_to_days: z
    .number({
      error: (i) =>
        `must be a whole number of days late, such as up_to_days: 3${typeof i.input === 'string' ? ` (not ${JSON.stringify(i.input)})` : ''}`,
    })
    .int({ error: 'must be a whole number of days late, such as up_to_days: 3' })
    .min(1, { error: 'must be at least 1 day' })
    .max(365, { error: 'is more than a year: at most 365' })
    .optional(),
  lose: numberNotPercent('what a hand-in this late loses, such as lose: 25', 'lose')
    .positive({ error: 'must be more than 0 (days late without penalty are grace_days)' })
    .max(1000),
});
export type LateStep = z.infer<typeof stepSchema>;

const freeLatesSchema = z
  .number({ error: 'must be a whole number: how many late hand-ins each student has without penalty' })
  .int({ error: 'must be a whole number: how many late hand-ins each student has without penalty' })
  .min(1, { error: 'must be at least 1 (leave it out when there are none)' })
  .max(100);

/**
 * A penalty is paid for each day late (`per_day`), or for each day with a dearer first day (`first_day` and
 * `per_day`: 15% for the first day, then 5% more a day), or one time however late (`once`), or by how late in bands
 * (`steps`: 25% up to 3 days late, 50% up to 7 days, then not accepted).
 */
const penaltySchema = z
  .strictObject({
    policy: z.literal('penalty'),
    per_day: numberNotPercent('how much each day late costs', 'per_day').positive().max(1000).optional(),
    /** What each hour late costs, for a syllabus that charges by the hour ("1% per hour late"). */
    per_hour: numberNotPercent('how much each hour late costs', 'per_hour').positive().max(1000).optional(),
    /** The most a late hand-in loses however late it is ("10% a day, at most 50%"). */
    max_loss: numberNotPercent('the most a late hand-in loses', 'max_loss').positive().max(1000).optional(),
    /** What the first day late costs when it costs more than the others (`per_day` is then each further day). */
    first_day: numberNotPercent('what the first day late costs', 'first_day').positive().max(1000).optional(),
    /** A penalty paid one time, not per day. */
    once: numberNotPercent('what a late hand-in costs, one time', 'once').positive().max(1000).optional(),
    /** Bands of lateness, each with what it costs; later than the last band's `up_to_days` is not accepted. */
    steps: z
      .array(stepSchema, { error: 'must be a list of bands such as - { up_to_days: 3, lose: 25 }' })
      .min(1, { error: 'is empty: list the bands, such as - { up_to_days: 3, lose: 25 }' })
      .max(20, { error: 'has more than 20 bands' })
      .optional(),
    unit: unitSchema,
    /** Days late that cost nothing; the penalty counts the days after them. */
    grace_days: wholeDays(
      'grace_days',
      'a grace period shorter than a day, such as 12 hours, goes in note',
    ).optional(),
    max_days: wholeDays('max_days', 'a limit in hours goes in note').optional(),
    /** Late hand-ins each student has without penalty for the whole course ("one free late submission"). */
    free_late_submissions: freeLatesSchema.optional(),
    note: label('a note', 500).optional(),
  })
  .superRefine((p, ctx) => {
    const problem = (path: string | (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: Array.isArray(path) ? path : [path], message });
    if (p.steps !== undefined) {
      const other = (['per_day', 'first_day', 'once', 'per_hour', 'max_loss'] as const).find(
        (f) => p[f] !== undefined,
      );
      if (other)
        problem(
          other,
          `cannot go with steps: write what each band costs in steps (lose: N), or ${other} without steps`,
        );
      if (p.max_days !== undefined)
        problem(
          'max_days',
          "cannot go with steps: the last step's up_to_days is when late work stops being accepted (leave up_to_days out of the last step when it is accepted however late)",
        );
      stepProblems(p.steps, p.unit, p.grace_days).forEach((s) => problem(['steps', ...s.path], s.message));
      return;
    }
    if (
      p.per_hour !== undefined &&
      (p.per_day !== undefined || p.first_day !== undefined || p.once !== undefined)
    )
      problem(
        'per_hour',
        'cannot go with per_day, first_day or once: a penalty is charged by the hour (per_hour: 1) or by the day, not both',
      );
    else if (p.max_loss !== undefined && p.once !== undefined)
      problem('max_loss', 'cannot go with once: a penalty paid one time is already the most it costs');
    else if (p.once !== undefined && p.per_day !== undefined)
      problem(
        'once',
        'cannot go with per_day: a penalty is paid one time (once: 5) or for each day late (per_day: 2), not both',
      );
    else if (p.first_day !== undefined && p.once !== undefined)
      problem('first_day', 'cannot go with once: write once: N alone for a penalty paid one time');
    else if (p.first_day !== undefined && p.per_day === undefined)
      problem('first_day', 'needs per_day, what each further day costs: first_day: 15, per_day: 5');
    else if (p.per_day === undefined && p.once === undefined && p.per_hour === undefined)
      problem(
        'per_day',
        'is required: what each day late costs (per_day: 2), per_hour: 1 for a cost by the hour, once: 5 for a penalty paid one time however late, or steps for a cost by how late (see docs/course-file.md)',
      );
    if (p.unit === 'percent')
      for (const field of ['per_day', 'first_day', 'once', 'per_hour', 'max_loss'] as const) {
        const value = p[field];
        if (value !== undefined && value > 100)
          problem(field, `is ${value}%, more than the whole grade: at most 100`);
      }
  });

/** Bands in order of lateness, only the last open-ended, none dearer than 100%, none cheaper than the one before. */
function stepProblems(steps: LateStep[], unit: Unit, grace: number | undefined): Problem[] {
  const out: Problem[] = [];
  steps.forEach((s, i) => {
    const prev = steps[i - 1];
    if (s.up_to_days === undefined && i < steps.length - 1)
      out.push({
        path: [i, 'up_to_days'],
        message: 'is required on every band but the last (the last may leave it out: any later)',
      });
    if (s.up_to_days !== undefined && prev?.up_to_days !== undefined && s.up_to_days <= prev.up_to_days)
      out.push({
        path: [i, 'up_to_days'],
        message: `must be more than the band before (${prev.up_to_days}): list the bands from least late to most late`,
      });
    if (prev && s.lose < prev.lose)
      out.push({
        path: [i, 'lose'],
        message: `is less than the band before (${prev.lose}): a later hand-in loses at least as much`,
      });
    if (unit === 'percent' && s.lose > 100)
      out.push({ path: [i, 'lose'], message: `is ${s.lose}%, more than the whole grade: at most 100` });
  });
  const first = steps[0]?.up_to_days;
  if (grace !== undefined && first !== undefined && grace >= first)
    out.push({
      path: [0, 'up_to_days'],
      message: `must be more than grace_days (${grace}): the days without penalty come before the first band`,
    });
  return out;
}

type Unit = (typeof UNITS)[number];
/** Late work loses marks, by an amount the syllabus does not give ("late assignments will be penalized"). */
const penaltyUnstatedSchema = z.strictObject({
  policy: z.literal('penalty_unstated'),
  note: label('a note', 500).optional(),
});
const notAcceptedSchema = z.strictObject({
  policy: z.literal('not_accepted'),
  free_late_submissions: freeLatesSchema.optional(),
  note: label('a note such as the exceptions', 500).optional(),
});
const noPenaltySchema = z.strictObject({
  policy: z.literal('no_penalty'),
  /** No penalty up to this many days late; later hand-ins are not accepted ("accepted for a week, then it closes"). */
  max_days: wholeDays('max_days', 'a limit in hours goes in note').optional(),
  note: label('a note', 500).optional(),
});
const lateSchema = z.discriminatedUnion(
  'policy',
  [
    penaltySchema,
    penaltyUnstatedSchema,
    z.strictObject({
      policy: z.literal('late_days'),
      days: num('how many late days each student has').int().min(1).max(365),
      /** What the course calls them, in the plural ("late points", "slip days"); "late days" when left out. */
      called: label('what the course calls its late days, in the plural (slip days)', 40).optional(),
      // After the budget: this penalty per day, or (when absent) not accepted.
      per_day_after: numberNotPercent(
        'what each day late costs once the late days are used up',
        'per_day_after',
      )
        .positive()
        .max(1000)
        .optional(),
      unit: unitSchema,
      /** A hand-in more days late than this is not accepted, whatever is left of the budget ("at most 3 per deadline"). */
      max_days: wholeDays('max_days', 'a limit in hours goes in note').optional(),
      note: label('a note', 500).optional(),
    }),
    notAcceptedSchema,
    noPenaltySchema,
  ],
  { error: `needs policy: one of ${LATE_POLICIES.join(', ')}` },
);
export type LatePolicy = z.infer<typeof lateSchema>;

const DEADLINE_LATE_POLICIES = ['penalty', 'penalty_unstated', 'not_accepted', 'no_penalty'] as const;
/** One deadline's own late policy in the schedule (a late-days budget is the course's, not a deadline's). */
export const deadlineLateSchema = z
  .discriminatedUnion('policy', [penaltySchema, penaltyUnstatedSchema, notAcceptedSchema, noPenaltySchema], {
    error: `needs policy: one of ${DEADLINE_LATE_POLICIES.join(', ')} (late_days is for the whole course, in the course file)`,
  })
  .superRefine((late, ctx) => {
    if ('free_late_submissions' in late && late.free_late_submissions !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['free_late_submissions'],
        message: "is for the whole course: put it in the course file's grading.late, not on one deadline",
      });
  });

const modelObject = z.strictObject(
  {
    calculator: z.boolean({ error: 'must be true or false' }).default(true),
    /**
     * What the parts' weights add up to when they are not percentages (a course graded out of 370 points): each part
     * counts weight / weights_total of the final grade. Read at load into percentages, so the rest sees those only.
     */
    weights_total: num('what the weights add up to, such as the course total of 370 points')
      .positive()
      .max(1_000_000)
      .optional(),
    scale: scaleSchema.optional(),
    components: z.array(componentSchema).max(30, { error: 'has more than 30 parts' }).default([]),
    final: finalSchema.optional(),
    /** Sections graded differently; `grade --section ID` picks one, and each part may be for some of them. */
    sections: z
      .array(sectionSchema, { error: 'must be a list of sections, each { id, name }' })
      .min(2, { error: 'needs at least two sections (leave it out for a course graded one way)' })
      .max(10, { error: 'has more than 10 sections' })
      .optional(),
    /** Left out when the syllabus states no late policy: replies then state none, and the calculator applies none. */
    late: lateSchema.optional(),
  },
  { error: 'is required: the grading rules (see docs/course-file.md)' },
);
const modelSchema = modelObject
  .superRefine((g, ctx) => {
    for (const p of modelProblems(g)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  })
  .transform(({ weights_total: total, ...g }): GradingModel => {
    if (total === undefined) return g;
    return { ...g, components: g.components.map((c) => ({ ...c, weight: (c.weight * 100) / total })) };
  });
export type GradingModel = z.output<typeof modelObject>;

interface Problem {
  path: (string | number)[];
  message: string;
}

function modelProblems(g: GradingModel): Problem[] {
  const out: Problem[] = [];
  if (g.scale) {
    if (g.scale.max <= g.scale.min) out.push({ path: ['scale', 'max'], message: 'must be above scale.min' });
    if (g.scale.pass < g.scale.min || g.scale.pass > g.scale.max)
      out.push({ path: ['scale', 'pass'], message: 'must lie between scale.min and scale.max' });
  }
  if (g.calculator !== false) {
    if (g.components.length === 0)
      out.push({
        path: ['components'],
        message: 'is empty: list the graded parts, or set calculator: false',
      });
    if (!g.final)
      out.push({ path: ['final'], message: 'is required: the final-grade rule (or calculator: false)' });
  }
  const seen = new Set<string>();
  const whole = g.weights_total ?? 100;
  g.components.forEach((c, i) => {
    if (c.weight > whole)
      out.push({
        path: ['components', i, 'weight'],
        message:
          g.weights_total === undefined
            ? `is ${c.weight}, more than the whole grade (100%)`
            : `is ${c.weight}, more than weights_total (${g.weights_total})`,
      });
    if (seen.has(c.id)) out.push({ path: ['components', i, 'id'], message: `"${c.id}" is used twice` });
    seen.add(c.id);
    const full = c.full_points ?? (c.count ?? 1) * c.points_each;
    if (c.drop_lowest && 'count' in c.drop_lowest && c.count !== undefined && c.drop_lowest.count >= c.count)
      out.push({ path: ['components', i, 'drop_lowest'], message: `drops every one of the ${c.count}` });
    const pass = c.pass?.points;
    if (c.pass && c.pass.points === undefined && c.pass.percent === undefined)
      out.push({ path: ['components', i, 'pass'], message: 'needs points or percent' });
    if (typeof pass === 'object' && pass.min > pass.max)
      out.push({ path: ['components', i, 'pass', 'points', 'min'], message: 'is above max' });
    const passTop = typeof pass === 'object' ? pass.max : pass;
    if (passTop !== undefined && passTop > full)
      out.push({ path: ['components', i, 'pass', 'points'], message: `is above the part's ${full} points` });
  });
  out.push(...sectionProblems(g));
  if (g.final?.rule === 'weighted') {
    for (const section of g.sections ?? [undefined]) {
      const parts = section ? sectionGrading(g, section.id).components : g.components;
      const total = parts.reduce((s, c) => s + c.weight, 0);
      // (within 0.01 of it, and a sum such as 99.99 is within it whatever the floating point says)
      if (parts.length > 0 && Math.abs(total - whole) > 0.01 + 1e-9)
        out.push({
          path: ['components'],
          message:
            `the weights${section ? ` of section ${section.id}'s parts` : ''} add up to ${round(total)}, not ${whole}` +
            (g.weights_total !== undefined
              ? ' (weights_total)'
              : total > 100
                ? ': a weight is a percentage (for weights in points, give grading.weights_total, the total they add up to)'
                : ''),
        });
    }
    const cutoffs = g.final.cutoffs ?? [];
    cutoffs.forEach((c, i) => {
      const prev = cutoffs[i - 1];
      if (prev && c.from >= prev.from)
        out.push({
          path: ['final', 'cutoffs', i, 'from'],
          message: 'must be below the one before (highest grade first)',
        });
    });
    // (the last need not start at 0: a syllabus that lists grades down to "C from 74%" and nothing below is written
    // as it is, and a score below it is said to be below the lowest grade listed)
  }
  if (
    g.final?.rule === 'weighted' &&
    g.final.rounding !== undefined &&
    g.final.round_to_decimals === undefined
  )
    out.push({
      path: ['final', 'rounding'],
      message: 'needs round_to_decimals, the decimals it rounds to (round_to_decimals: 0 for a whole number)',
    });
  if (g.final?.rule === 'both_parts_then_average') {
    if (g.final.round_to_decimals !== undefined)
      out.push({
        path: ['final', 'round_to_decimals'],
        message:
          "works with rule: weighted only (this rule averages the two parts' grades on the scale): leave it out",
      });
    if (!g.scale)
      out.push({ path: ['scale'], message: 'is required by both_parts_then_average: min, max and pass' });
    if (g.components.length !== 2)
      out.push({
        path: ['components'],
        message: 'both_parts_then_average needs exactly two parts: the assignments, then the exam',
      });
    g.components.forEach((c, i) => {
      if (c.pass?.points === undefined)
        out.push({
          path: ['components', i, 'pass'],
          message: 'needs points: the points that give the pass grade',
        });
    });
    if (typeof g.components[0]?.pass?.points === 'object')
      out.push({
        path: ['components', 0, 'pass', 'points'],
        message: 'must be one number for the assignments',
      });
    const exam = g.components[1];
    if (exam && exam.count !== undefined && exam.count !== 1)
      out.push({ path: ['components', 1, 'count'], message: 'must be 1: the exam is one score' });
  }
  return out;
}

/** Unique section ids, parts naming only sections that exist, and sections only with the weighted rule. */
function sectionProblems(g: GradingModel): Problem[] {
  const out: Problem[] = [];
  const ids = new Set<string>();
  (g.sections ?? []).forEach((s, i) => {
    if (ids.has(s.id)) out.push({ path: ['sections', i, 'id'], message: `"${s.id}" is used twice` });
    ids.add(s.id);
  });
  if (g.sections && g.final?.rule === 'both_parts_then_average')
    out.push({
      path: ['sections'],
      message: 'works with rule: weighted only; leave it out for both_parts_then_average',
    });
  g.components.forEach((c, i) => {
    if (!c.sections) return;
    if (!g.sections) {
      out.push({
        path: ['components', i, 'sections'],
        message: `names sections, but grading.sections lists none: add sections: [{ id: ${c.sections[0]}, name: … }, …] under grading`,
      });
      return;
    }
    c.sections.forEach((id, j) => {
      if (!ids.has(id))
        out.push({
          path: ['components', i, 'sections', j],
          message: `"${id}" is not a section of grading.sections: use ${[...ids].join(', ')}`,
        });
    });
  });
  return out;
}

/** The grading of one section: the parts graded in it (a part without `sections` is in every one). */
export function sectionGrading(g: GradingModel, section: string): GradingModel {
  return { ...g, components: g.components.filter((c) => !c.sections || c.sections.includes(section)) };
}

// ---------- Today's format ----------

const legacySchema = z
  .strictObject({
    pass_grade: z.number().min(1).max(10),
    min_grade: z.number().min(0).max(10),
    max_grade: z.number().min(1).max(10),
    assignments: z.strictObject({
      count: z.number().int().min(1).max(20),
      points_each: z.number().positive(),
      pass_points: z.number().positive(),
      full_points: z.number().positive(),
      late_penalty_points_per_day: z.number().min(0),
    }),
    exam: z.strictObject({
      questions: z.number().int().positive(),
      points_each: z.number().positive(),
      pass_mark_min: z.number().min(0),
      pass_mark_max: z.number().min(0),
      guessing_score: z.number().min(0),
    }),
    final: z.literal('average', { error: 'only "average" (of the assignment and exam grades) is supported' }),
  })
  .superRefine((g, ctx) => {
    if (g.exam.pass_mark_min > g.exam.pass_mark_max)
      ctx.addIssue({ code: 'custom', path: ['exam', 'pass_mark_min'], message: 'is above pass_mark_max' });
    if (g.assignments.pass_points > g.assignments.full_points)
      ctx.addIssue({ code: 'custom', path: ['assignments', 'pass_points'], message: 'is above full_points' });
  });
/** The grading section as written before the model (one course's rules); `grade-rules.ts` computes with it. */
export type LegacyGrading = z.infer<typeof legacySchema>;

/** Today's rules in the model: two parts of equal weight, both must pass, the final grade is their average. */
export function gradingFromLegacy(l: LegacyGrading): GradingModel {
  const a = l.assignments;
  const e = l.exam;
  return {
    calculator: true,
    scale: { min: l.min_grade, max: l.max_grade, pass: l.pass_grade },
    components: [
      {
        id: 'assignments',
        name: 'Assignments',
        weight: 50,
        count: a.count,
        points_each: a.points_each,
        pass: { points: a.pass_points },
        full_points: a.full_points,
        floor_points: 0,
      },
      {
        id: 'exam',
        name: 'Exam',
        weight: 50,
        count: 1,
        points_each: e.questions * e.points_each,
        pass: { points: { min: e.pass_mark_min, max: e.pass_mark_max } },
        floor_points: e.guessing_score,
      },
    ],
    final: { rule: 'both_parts_then_average' },
    late:
      a.late_penalty_points_per_day > 0
        ? { policy: 'penalty', per_day: a.late_penalty_points_per_day, unit: 'points' }
        : { policy: 'no_penalty' },
  };
}

/** Written before the model when it has the old top-level fields (and not `components`). */
function isLegacy(raw: unknown): boolean {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const keys = Object.keys(raw);
  return !keys.includes('components') && ['assignments', 'exam', 'pass_grade'].some((k) => keys.includes(k));
}

/** The course file's `grading`: the model, or today's format converted to it. */
export const gradingSchema = z.unknown().transform((raw, ctx): GradingModel => {
  const legacy = isLegacy(raw);
  const parsed = legacy ? legacySchema.safeParse(raw) : modelSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: raw } as z.core.$ZodRawIssue);
    return z.NEVER;
  }
  return legacy ? gradingFromLegacy(parsed.data as LegacyGrading) : (parsed.data as GradingModel);
});

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
