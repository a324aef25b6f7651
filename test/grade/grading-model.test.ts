import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/content-error.ts';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import { DEFAULT_FAQ_DIR, loadCourse } from '../../src/content/load-content.ts';
import { latePolicySentence } from '../../src/grade/late-policy.ts';
import { renderWeightedEstimate } from '../../src/grade/render-weighted.ts';
import { droppedCount, estimateWeighted } from '../../src/grade/weighted.ts';
import { writeCourseWithGrading } from './course-with-grading.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'grading-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped course file with its `grading` section replaced by `grading` (YAML text, indented by two). */
function withGrading(grading: string) {
  writeCourseWithGrading(dir, grading);
  return loadCourse(dir);
}

function problems(grading: string): string[] {
  const r = withGrading(grading);
  return r.ok ? [] : r.issues.map((i) => formatIssue({ ...i, file: 'course.yaml' }));
}

const WEIGHTED = `grading:
  components:
    - { id: hw, name: Homework, weight: 40, count: 4, points_each: 10, drop_lowest: 1 }
    - { id: exam, name: Exam, weight: 60, count: 1, points_each: 100, pass: { percent: 50 } }
  final:
    rule: weighted
    cutoffs: [{ grade: A, from: 90 }, { grade: B, from: 80 }, { grade: F, from: 0 }]
  late: { policy: not_accepted }
`;

describe('the grading model in the course file', () => {
  it('GIVEN weighted parts, cut-offs and "not accepted" THEN it loads as written, with defaults', () => {
    const r = withGrading(WEIGHTED);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.grading).toEqual({
      calculator: true,
      components: [
        { id: 'hw', name: 'Homework', weight: 40, count: 4, points_each: 10, drop_lowest: { count: 1 } },
        { id: 'exam', name: 'Exam', weight: 60, count: 1, points_each: 100, pass: { percent: 50 } },
      ],
      final: {
        rule: 'weighted',
        cutoffs: [
          { grade: 'A', from: 90 },
          { grade: 'B', from: 80 },
          { grade: 'F', from: 0 },
        ],
      },
      late: { policy: 'not_accepted' },
    });
  });

  it('GIVEN weights that do not add up, cut-offs out of order and a drop of every item THEN each is named with its line', () => {
    const bad = WEIGHTED.replace('weight: 60', 'weight: 50')
      .replace('drop_lowest: 1', 'drop_lowest: 4')
      .replace('{ grade: B, from: 80 }', '{ grade: B, from: 95 }');
    expect(problems(bad)).toEqual([
      'course.yaml:25 grading.components[0].drop_lowest: drops every one of the 4',
      'course.yaml:25 grading.components: the weights add up to 90, not 100',
      'course.yaml:29 grading.final.cutoffs[1].from: must be below the one before (highest grade first)',
    ]);
  });

  it('GIVEN cut-offs that stop above 0, as a syllabus lists them THEN they load; the estimate says a lower score is below them', () => {
    const r = withGrading(WEIGHTED.replace(', { grade: F, from: 0 }', ''));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g = r.value.grading!;
    const e = estimateWeighted(
      g,
      new Map([
        ['hw', [5, 5, 5, 5]],
        ['exam', [60]],
      ]),
    );
    expect(e.grade).toBeUndefined();
    expect(renderWeightedEstimate(e, g, [])).toContain(
      '**Weighted score:** **56.0%**, below the lowest grade the course lists (B from 80%)',
    );
  });

  it('GIVEN a late policy or rule that does not exist, or a drop written as a word THEN the choices are listed', () => {
    const bad = WEIGHTED.replace('policy: not_accepted', 'policy: never')
      .replace('rule: weighted', 'rule: best')
      .replace('drop_lowest: 1', 'drop_lowest: lowest');
    expect(problems(bad)).toEqual([
      'course.yaml:25 grading.components[0].drop_lowest: must be a whole number (drop the lowest N) or a percentage in quotes such as "25%"',
      'course.yaml:28 grading.final.rule: needs rule: one of weighted, both_parts_then_average',
      'course.yaml:30 grading.late.policy: needs policy: one of penalty, penalty_unstated, late_days, not_accepted, no_penalty',
    ]);
  });

  it('GIVEN calculator: false THEN no parts, final rule or late policy are needed', () => {
    const r = withGrading('grading:\n  calculator: false\n  late: { policy: no_penalty }\n');
    expect(r.ok && r.value.grading?.calculator).toBe(false);
    expect(problems('grading:\n  calculator: false\n')).toEqual([]);
  });

  it('GIVEN late days with a most per hand-in THEN it loads; in hours, it says where that goes', () => {
    const r = withGrading(
      'grading:\n  calculator: false\n  late: { policy: late_days, days: 10, max_days: 3 }\n',
    );
    expect(r.ok && r.value.grading?.late).toMatchObject({ policy: 'late_days', days: 10, max_days: 3 });
    expect(
      problems('grading:\n  calculator: false\n  late: { policy: late_days, days: 10, max_days: 72h }\n'),
    ).toEqual([expect.stringContaining('course.yaml:25 grading.late.max_days:')]);
  });

  it('GIVEN no penalty up to a number of days THEN it loads; a most in hours says where that goes', () => {
    const r = withGrading('grading:\n  calculator: false\n  late: { policy: no_penalty, max_days: 7 }\n');
    expect(r.ok && r.value.grading?.late).toMatchObject({ policy: 'no_penalty', max_days: 7 });
    expect(problems('grading:\n  calculator: false\n  late: { policy: no_penalty, max_days: 1w }\n')).toEqual(
      [expect.stringContaining('course.yaml:25 grading.late.max_days:')],
    );
  });

  it('GIVEN a penalty by the hour and by the day, or a most with a one-time penalty THEN each is one clear line', () => {
    expect(
      problems('grading:\n  calculator: false\n  late: { policy: penalty, per_hour: 1, per_day: 24 }\n'),
    ).toEqual([
      'course.yaml:25 grading.late.per_hour: cannot go with per_day, first_day or once: a penalty is charged by the hour (per_hour: 1) or by the day, not both',
    ]);
    expect(
      problems('grading:\n  calculator: false\n  late: { policy: penalty, once: 5, max_loss: 5 }\n'),
    ).toEqual([
      'course.yaml:25 grading.late.max_loss: cannot go with once: a penalty paid one time is already the most it costs',
    ]);
    expect(
      problems(
        'grading:\n  calculator: false\n  late: { policy: penalty, per_hour: 1, unit: percent, max_loss: 150 }\n',
      ),
    ).toEqual(['course.yaml:25 grading.late.max_loss: is 150%, more than the whole grade: at most 100']);
  });

  it('GIVEN a late section without a policy THEN it says which policies there are', () => {
    expect(problems('grading:\n  calculator: false\n  late: { per_day: 2 }\n')).toEqual([
      'course.yaml:25 grading.late.policy: needs policy: one of penalty, penalty_unstated, late_days, not_accepted, no_penalty',
    ]);
  });

  it('GIVEN the calculator on but no parts THEN it says to list them or turn it off', () => {
    expect(problems('grading:\n  late: { policy: no_penalty }\n')).toEqual([
      'course.yaml:24 grading.components: is empty: list the graded parts, or set calculator: false',
      'course.yaml:24 grading.final: is required: the final-grade rule (or calculator: false)',
    ]);
  });

  it("GIVEN today's format with a late penalty of 0 THEN it means no penalty (as before)", () => {
    cpSync(path.join(DEFAULT_FAQ_DIR, 'course.yaml'), path.join(dir, 'course.yaml'));
    const file = path.join(dir, 'course.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/late_penalty_points_per_day: 2/, 'late_penalty_points_per_day: 0'),
    );
    const r = loadCourse(dir);
    expect(r.ok && r.value.grading?.late).toEqual({ policy: 'no_penalty' });
  });
});

describe('the late policy in words', () => {
  const cases: [LatePolicy, string][] = [
    [
      { policy: 'penalty', per_day: 2, unit: 'points' },
      'Late hand-ins lose 2 points of their score per day late.',
    ],
    [
      { policy: 'penalty', per_day: 10, unit: 'percent', max_days: 3 },
      'Late hand-ins lose 10% per day late. After 3 days late hand-ins are not accepted.',
    ],
    [{ policy: 'not_accepted' }, 'Late hand-ins are not accepted.'],
    [
      { policy: 'late_days', days: 5, unit: 'points' },
      'You have 5 late days for the whole course; after that, late hand-ins are not accepted.',
    ],
    [{ policy: 'no_penalty' }, 'There is no penalty for late hand-ins.'],
    [
      { policy: 'penalty', per_day: 10, unit: 'percent', grace_days: 2 },
      'Late hand-ins may be up to 2 days late without penalty; after that they lose 10% per day late.',
    ],
    [
      { policy: 'penalty', per_hour: 1, max_loss: 50, unit: 'percent', max_days: 2 },
      'Late hand-ins lose 1% per hour late, at most 50% in all. After 2 days late hand-ins are not accepted.',
    ],
    [
      { policy: 'penalty', per_day: 10, max_loss: 30, unit: 'percent' },
      'Late hand-ins lose 10% per day late, at most 30% in all.',
    ],
  ];
  it.each(cases)('GIVEN %o THEN %s', (late, sentence) => {
    expect(latePolicySentence(late)).toBe(sentence);
  });
  it('GIVEN not accepted THEN it never says there is no penalty', () => {
    expect(latePolicySentence({ policy: 'not_accepted', note: 'Ask for an extension.' })).not.toMatch(
      /no penalty/,
    );
  });
});

describe('the weighted rule', () => {
  it('GIVEN 25% dropped of an open count THEN a quarter of the given items, rounded down, keeping one', () => {
    expect(droppedCount({ percent: 25 }, 8, undefined)).toBe(2);
    expect(droppedCount({ percent: 25 }, 3, undefined)).toBe(0);
    expect(droppedCount({ percent: 25 }, 4, 12)).toBe(3);
    expect(droppedCount({ count: 2 }, 1, 10)).toBe(0);
  });

  it('GIVEN scores THEN the lowest are dropped, parts weighted, and the cut-off applied', () => {
    const r = withGrading(WEIGHTED);
    if (!r.ok) throw new Error('fixture does not load');
    // Homework 10, 8, 2, 9 → drop 2 → 27 of 30 = 90%; exam 75%; 0.4 × 90 + 0.6 × 75 = 81 → B.
    const e = estimateWeighted(
      r.value.grading!,
      new Map([
        ['hw', [10, 8, 2, 9]],
        ['exam', [75]],
      ]),
    );
    expect(e.parts[0]).toMatchObject({ dropped: 1, points: 27, possible: 30 });
    expect(e.parts[0]?.percent).toBeCloseTo(90, 10);
    expect(e.percent).toBeCloseTo(81, 10);
    expect(e.grade).toBe('B');
    expect(e.parts[1]?.requirement).toEqual({ text: 'at least 50%', met: true });
  });

  it('GIVEN only some parts THEN the score is over their weight', () => {
    const r = withGrading(WEIGHTED);
    if (!r.ok) throw new Error('fixture does not load');
    const e = estimateWeighted(r.value.grading!, new Map([['hw', [10, null, 5]]]));
    expect(e.weightCovered).toBe(40);
    expect(e.percent).toBeCloseTo(100, 10); // 5 dropped, 10 of 10 kept
    expect(e.parts[1]?.percent).toBeNull();
  });
});
