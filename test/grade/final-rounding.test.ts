// `grading.final.round_to_decimals`: syllabi that round the final percentage (x.5 up) before the letter is looked up.
// The course file keeps the syllabus's cut-offs as written, and the calculator rounds before it looks the letter up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gradeReply } from '../../commands/grade.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadCourse } from '../../src/content/load-content.ts';
import type { Course } from '../../src/content/schemas.ts';
import { estimateWeighted, roundPercent } from '../../src/grade/weighted.ts';
import { writeCourseWithGrading } from './course-with-grading.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'final-rounding-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A course whose project is 10% and exam 90% (300 points), A from 94 and A- from 90, rounding as `round` says. */
function grading(round: string): string {
  return `grading:
  components:
    - { id: project, name: Project, weight: 10, count: 1, points_each: 100 }
    - { id: exam, name: Exam, weight: 90, count: 1, points_each: 300 }
  final:
    rule: weighted
${round}    cutoffs: [{ grade: A, from: 94 }, { grade: A-, from: 90 }, { grade: B, from: 80 }, { grade: F, from: 0 }]
`;
}

function load(round: string): ReturnType<typeof loadCourse> {
  writeCourseWithGrading(dir, grading(round));
  return loadCourse(dir);
}

function course(round: string): Course {
  const r = load(round);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
}

const scores = (project: number, exam: number) =>
  new Map([
    ['project', [project]],
    ['exam', [exam]],
  ]);
const NO_SCHEDULE = { events: [], undated: [] };

describe('GIVEN a syllabus that rounds the final percentage to a whole number', () => {
  const ROUND = '    round_to_decimals: 0\n';

  it('WHEN a student is at 93.5% THEN the rounded 94% gets the A; without rounding it is an A-', () => {
    // 10 × 95% + 90 × 280/300 = 93.5 (as a floating-point sum, 93.49999999999999 or so)
    const rounded = estimateWeighted(course(ROUND).grading!, scores(95, 280));
    expect(rounded.percent).toBeCloseTo(93.5, 9);
    expect(rounded.rounded).toBe(94);
    expect(rounded.grade).toBe('A');
    const kept = estimateWeighted(course('').grading!, scores(95, 280));
    expect(kept.rounded).toBeUndefined();
    expect(kept.grade).toBe('A-');
  });

  it('WHEN a student is at 93.4% THEN it rounds down to 93 and stays an A-', () => {
    // 10 × 94% + 90 × 279.8/300 = 93.34
    expect(estimateWeighted(course(ROUND).grading!, scores(94, 279.8)).grade).toBe('A-');
  });

  it('WHEN the calculator replies THEN it shows the rounded percentage and its rules say finals are rounded', () => {
    const reply = gradeReply(course(ROUND), { assignments: 'project=95;exam=280' }, NO_SCHEDULE);
    expect(reply.text).toContain('**Weighted score:** **93.5%**, rounded to **94%**, grade **A**');
    expect(reply.text).toContain(
      "- The final score is the weighted sum of the parts' percentages; final percentages are rounded to the nearest whole number (x.5 up) before the grade is looked up; grades: A from 94%, A- from 90%, B from 80%, F from 0%.",
    );
    const kept = gradeReply(course(''), { assignments: 'project=95;exam=280' }, NO_SCHEDULE);
    expect(kept.text).toContain('**Weighted score:** **93.5%**, grade **A-**');
    expect(kept.text).not.toMatch(/rounded to/);
  });
});

describe('GIVEN a syllabus that rounds the final percentage up to the next whole number', () => {
  const UP = '    round_to_decimals: 0\n    rounding: up\n';

  it('WHEN a student is at 93.1% THEN it rounds up to 94 and gets the A; rounded to the nearest it stays an A-', () => {
    // 10 × 91% + 90 × 280/300 = 93.1
    const up = estimateWeighted(course(UP).grading!, scores(91, 280));
    expect(up.rounded).toBe(94);
    expect(up.grade).toBe('A');
    expect(estimateWeighted(course('    round_to_decimals: 0\n').grading!, scores(91, 280)).grade).toBe('A-');
  });

  it('WHEN the calculator replies THEN its rules say finals are rounded up', () => {
    const reply = gradeReply(course(UP), { assignments: 'project=91;exam=280' }, NO_SCHEDULE);
    expect(reply.text).toContain('**Weighted score:** **93.1%**, rounded to **94%**, grade **A**');
    expect(reply.text).toContain(
      'final percentages are rounded up to the next whole number (92.1 becomes 93) before the grade is looked up',
    );
  });

  it('WHEN rounding up THEN a whole number stays, also from a floating-point sum', () => {
    expect(roundPercent(93, 0, true)).toBe(93);
    expect(roundPercent(0.1 + 0.2 + 92.7, 0, true)).toBe(93); // 93.00000000000001
    expect(roundPercent(89.91, 1, true)).toBe(90);
  });

  it('WHEN rounding is given without round_to_decimals, or is another word THEN it is refused with what to write', () => {
    const issues = (round: string) => {
      const r = load(round);
      return r.ok ? [] : r.issues.map((i) => formatIssue({ ...i, file: 'course.yaml' }));
    };
    expect(issues('    rounding: up\n')).toEqual([
      expect.stringMatching(/^course\.yaml:\d+ grading\.final\.rounding: needs round_to_decimals/),
    ]);
    expect(issues('    round_to_decimals: 0\n    rounding: ceiling\n')).toEqual([
      expect.stringMatching(/^course\.yaml:\d+ grading\.final\.rounding: must be nearest \(x\.5 up\) or up/),
    ]);
  });
});

describe('GIVEN rounding to decimals', () => {
  it('WHEN rounding to one decimal THEN x.x5 goes up, and floating-point sums round as what they are', () => {
    expect(roundPercent(89.95, 1)).toBe(90);
    expect(roundPercent(89.94, 1)).toBe(89.9);
    expect(roundPercent(0.1 + 0.2 + 93.2, 0)).toBe(94); // 93.50000000000001
    expect(roundPercent(93.49999999999999, 0)).toBe(94);
    expect(roundPercent(93.4999, 0)).toBe(93);
  });

  it('WHEN it is one decimal THEN the rules say so', () => {
    const reply = gradeReply(
      course('    round_to_decimals: 1\n'),
      { assignments: 'project=95' },
      NO_SCHEDULE,
    );
    expect(reply.text).toContain(
      'final percentages are rounded to one decimal (x.5 up) before the grade is looked up',
    );
  });
});

describe('GIVEN a rounding the calculator cannot use', () => {
  it.each([['0.5'], ['-1'], ['3'], ['whole'], ['"0"']])(
    'WHEN round_to_decimals is %s THEN file, line and field are named with what to write',
    (value) => {
      const r = load(`    round_to_decimals: ${value}\n`);
      expect(r.ok ? [] : r.issues.map((i) => formatIssue({ ...i, file: 'course.yaml' }))).toEqual([
        expect.stringMatching(
          /^course\.yaml:\d+ grading\.final\.round_to_decimals: must be 0, 1 or 2: the decimals the final percentage is rounded to before its grade is looked up \(0: 93\.5 becomes 94\); leave it out when the syllabus does not round$/,
        ),
      ]);
    },
  );

  it('WHEN it is given with both_parts_then_average THEN it is refused with its line', () => {
    writeCourseWithGrading(
      dir,
      `grading:
  scale: { min: 1, max: 10, pass: 5.5 }
  components:
    - { id: assignments, name: Assignments, weight: 50, count: 2, points_each: 10, pass: { points: 10 } }
    - { id: exam, name: Exam, weight: 50, count: 1, points_each: 100, pass: { points: 55 } }
  final: { rule: both_parts_then_average, round_to_decimals: 0 }
`,
    );
    const r = loadCourse(dir);
    expect(r.ok ? [] : r.issues.map((i) => formatIssue({ ...i, file: 'course.yaml' }))).toEqual([
      expect.stringMatching(
        /^course\.yaml:\d+ grading\.final\.round_to_decimals: works with rule: weighted only/,
      ),
    ]);
  });
});
