// A course graded in points writes each part's points as its weight and the total as grading.weights_total: each
// part then counts weight / total of the final grade, and the weights must add up to that total. Percentages with
// decimals still add up to 100 within 0.01.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadCourse, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { renderWeightedEstimate } from '../../src/grade/render-weighted.ts';
import { estimateWeighted } from '../../src/grade/weighted.ts';
import { writeCourseWithGrading } from './course-with-grading.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'weights-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(grading: string) {
  writeCourseWithGrading(dir, grading);
  return loadCourse(dir);
}

function problems(grading: string): string[] {
  const r = load(grading);
  return r.ok ? [] : r.issues.map((i) => formatIssue({ ...i, file: 'course.yaml' }).replace(/^\S+ /, ''));
}

// 80 + 90 + 200 = 370 points.
const POINTS = `grading:
  weights_total: 370
  components:
    - { id: quizzes, name: Quizzes, weight: 80, count: 10, points_each: 10, drop_lowest: 2 }
    - { id: participation, name: Participation, weight: 90, points_each: 5 }
    - { id: project, name: Project, weight: 200, count: 1, points_each: 200 }
  final:
    rule: weighted
    cutoffs: [{ grade: A, from: 93 }, { grade: B, from: 83 }, { grade: F, from: 0 }]
  late: { policy: not_accepted }
`;

describe('GIVEN weights in points with weights_total', () => {
  it('THEN each part counts its points out of the total', () => {
    const r = load(POINTS);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const weights = r.value.grading!.components.map((c) => c.weight);
    expect(weights[0]).toBeCloseTo((80 / 370) * 100, 10);
    expect(weights[1]).toBeCloseTo((90 / 370) * 100, 10);
    expect(weights[2]).toBeCloseTo((200 / 370) * 100, 10);
    expect(r.value.grading).not.toHaveProperty('weights_total');
  });

  it('WHEN every score is given THEN the estimate is the points earned out of the total', () => {
    const r = load(POINTS);
    if (!r.ok) throw new Error('fixture does not load');
    // Quizzes: 8 kept of 10, all full: 80 points. Participation: 18 of 20 classes' 5 points = 90 of 100 → 90%
    // of 90 = 81 points. Project 180 of 200. (80 + 81 + 180) / 370 = 92.16% → B.
    const e = estimateWeighted(
      r.value.grading!,
      new Map([
        ['quizzes', [10, 10, 10, 10, 10, 10, 10, 10, 0, 0]],
        ['participation', [...Array.from({ length: 18 }, () => 5), 0, 0]],
        ['project', [180]],
      ]),
    );
    expect(e.percent).toBeCloseTo(((80 + 81 + 180) / 370) * 100, 10);
    expect(e.grade).toBe('B');
    expect(e.weightCovered).toBeCloseTo(100, 10);
    const text = renderWeightedEstimate(e, r.value.grading!, []);
    expect(text).toContain('**Quizzes** (21.62%)');
    expect(text).toContain('**Weighted score:** **92.2%**, grade **B**');
    expect(text).not.toContain('of the grade with scores so far');
    expect(text).toContain('- Quizzes (`quizzes`): 21.62%, 10 items of 10 points, the lowest 2 dropped.');
  });

  it('WHEN a part has items of one point THEN its rule says "1 point"', () => {
    const r = load(POINTS.replace('count: 10, points_each: 10', 'count: 10, points_each: 1'));
    if (!r.ok) throw new Error('fixture does not load');
    const e = estimateWeighted(r.value.grading!, new Map([['quizzes', [1, 1, 0]]]));
    expect(renderWeightedEstimate(e, r.value.grading!, [])).toContain(', 10 items of 1 point, the lowest 2');
  });

  it('WHEN they do not add up to weights_total THEN the sum and the total are named', () => {
    expect(problems(POINTS.replace('weight: 90', 'weight: 80'))).toEqual([
      'grading.components: the weights add up to 360, not 370 (weights_total)',
    ]);
  });
});

describe('GIVEN weights as percentages (no weights_total)', () => {
  it('WHEN points are written as weights THEN the error says what a weight is and names weights_total', () => {
    expect(problems(POINTS.replace('  weights_total: 370\n', ''))).toEqual([
      'grading.components[2].weight: is 200, more than the whole grade (100%)',
      'grading.components: the weights add up to 370, not 100: a weight is a percentage (for weights in points, give grading.weights_total, the total they add up to)',
    ]);
  });

  it('WHEN decimals rounded to two places add up to 99.99 THEN they are accepted (within 0.01)', () => {
    const rounded = `grading:
  components:
    - { id: a, name: A, weight: 21.62 }
    - { id: b, name: B, weight: 24.32 }
    - { id: c, name: C, weight: 24.32 }
    - { id: d, name: D, weight: 18.92 }
    - { id: e, name: E, weight: 10.81 }
  final: { rule: weighted }
`;
    expect(problems(rounded)).toEqual([]);
    expect(problems(rounded.replace('10.81', '10.8'))).toEqual([
      'grading.components: the weights add up to 99.98, not 100',
    ]);
  });
});

describe('GIVEN the example of weights in points in docs/course-file.md', () => {
  it('THEN it loads, each part counting its points out of weights_total', () => {
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/course-file.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf('**Weights.**')))?.[1] ?? '';
    const r = load(example);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const weights = r.value.grading!.components.map((c) => c.weight);
    expect(weights.map((w) => Math.round(w * 100) / 100)).toEqual([21.62, 24.32, 54.05]);
  });
});
