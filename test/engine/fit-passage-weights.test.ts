// The hand-written fitting behind the passage model (test/fit-passage-weights.ts), on small made-up data.
import { describe, expect, it } from 'vitest';
import { baseThreshold, fitListwise, fitLogistic, heldOut } from '../fit-passage-weights.ts';

describe('fitting the passage model', () => {
  it('GIVEN lists where the first input marks the right item THEN the listwise fit weighs it most', () => {
    // Input 0 is 1 on the right item; input 1 is noise that is higher on a wrong item as often as not.
    const lists = Array.from({ length: 40 }, (_, i) => ({
      xs: [
        [1, i % 2],
        [0, 1 - (i % 2)],
        [0, 0.5],
      ],
      holds: [true, false, false],
    }));
    const [w0 = 0, w1 = 0] = fitListwise(lists, 2).linear;
    expect(w0).toBeGreaterThan(1);
    expect(Math.abs(w1)).toBeLessThan(w0 / 4);
  });

  it('GIVEN lists where the right item needs two inputs together THEN hidden units learn what a weighted sum cannot', () => {
    // The right item has both inputs equal (0,0 or 1,1); wrong items have them differ: an exclusive-or.
    const lists = Array.from({ length: 40 }, (_, i) => {
      const b = i % 2;
      return {
        xs: [
          [b, b],
          [b, 1 - b],
          [1 - b, b],
        ],
        holds: [true, false, false],
      };
    });
    const score = (m: ReturnType<typeof fitListwise>, x: number[]): number =>
      x.reduce((a, xi, d) => a + xi * (m.linear[d] ?? 0), 0) +
      m.hidden.reduce(
        (a, h) => a + h.out * Math.tanh(x.reduce((z, xi, d) => z + xi * (h.weights[d] ?? 0), h.bias)),
        0,
      );
    const rightFirst = (m: ReturnType<typeof fitListwise>): number =>
      lists.filter(({ xs }) => xs.every((x, i) => i === 0 || score(m, x) < score(m, xs[0] ?? []))).length;
    expect(rightFirst(fitListwise(lists, 2, 0))).toBeLessThan(40);
    expect(rightFirst(fitListwise(lists, 2, 4, 1500))).toBe(40);
  });

  it('GIVEN rows whose label follows the input THEN the logistic fit separates them', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ x: [i / 60], y: i >= 30 ? 1 : 0 }));
    const [w = 0, bias = 0] = fitLogistic(rows, 1);
    const p = (x: number): number => 1 / (1 + Math.exp(-(w * x + bias)));
    expect(p(0.1)).toBeLessThan(0.3);
    expect(p(0.9)).toBeGreaterThan(0.7);
    expect(Math.abs(p(0.5) - 0.5)).toBeLessThan(0.15);
  });

  it('GIVEN inputs on very different scales THEN the weights it returns apply to the raw inputs', () => {
    // Input 0 (in thousands, offset) decides the label; input 1 (tiny) is noise.
    const rows = Array.from({ length: 80 }, (_, i) => ({
      x: [5000 + 1000 * (i / 80), 0.001 * (i % 3)],
      y: i >= 40 ? 1 : 0,
    }));
    const [w0 = 0, w1 = 0, bias = 0] = fitLogistic(rows, 2);
    const p = (x: number[]): number => 1 / (1 + Math.exp(-((x[0] ?? 0) * w0 + (x[1] ?? 0) * w1 + bias)));
    expect(p([5100, 0.001])).toBeLessThan(0.2);
    expect(p([5900, 0.001])).toBeGreaterThan(0.8);
    expect(Math.abs(p([5500, 0.001]) - 0.5)).toBeLessThan(0.2);
  });
});

describe('the base threshold', () => {
  it('GIVEN items of several syllabi THEN each is scored by a model fitted without its own syllabus', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((syllabus) => [{ syllabus }, { syllabus }]);
    const fitted: string[][] = [];
    const scores = heldOut(
      items,
      3,
      (train) => {
        fitted.push([...new Set(train.map((q) => q.syllabus))]);
        return new Set(train.map((q) => q.syllabus));
      },
      (seen, q) => (seen.has(q.syllabus) ? 1 : 0),
    );
    expect(scores.size).toBe(items.length);
    expect([...scores.values()].every((s) => s === 0)).toBe(true);
    expect(fitted).toHaveLength(3);
    for (const f of fitted) expect(f).toHaveLength(4);
  });

  it('GIVEN confidences THEN the threshold is the best overall one that lets at least 60% of "no answer" questions fall back', () => {
    // Ten "no answer" questions at confidences 0.03, 0.13, ..., 0.93 and ten answered ones at `at`.
    const questions = (at: number) => [
      ...Array.from({ length: 10 }, (_, i) => ({
        answerable: false,
        answered: false,
        holds: [],
        typeOk: [],
        c: 0.03 + i * 0.1,
      })),
      ...Array.from({ length: 10 }, () => ({
        answerable: true,
        answered: true,
        holds: [true],
        typeOk: [],
        c: at,
      })),
    ];
    const fallbacks = (at: number, t: number) => questions(at).filter((q) => !q.answerable && q.c < t).length;
    // Answered ones sure of themselves: all stay confident, and every "no answer" below them falls back.
    const high = baseThreshold(questions(0.9), (q) => q.c);
    expect(high).toBeLessThanOrEqual(0.9);
    expect(fallbacks(0.9, high)).toBe(9);
    // Answered ones no surer than most "no answer" ones: 60% still fall back, though the answered ones are lost.
    const low = baseThreshold(questions(0.5), (q) => q.c);
    expect(low).toBeGreaterThan(0.5);
    expect(fallbacks(0.5, low)).toBeGreaterThanOrEqual(6);
  });

  it('GIVEN "no answer" questions whose top passage fails the answer-type checks THEN they count as fallbacks at any threshold', () => {
    // Ten answered questions at 0.5; ten "no answer" ones at 0.53, 0.58, ..., 0.98, whose top passage holds no fact
    // of the kind asked for the surest six: the bot falls back for those whatever the confidence.
    const questions = [
      ...Array.from({ length: 10 }, () => ({
        answerable: true,
        answered: true,
        holds: [true],
        typeOk: [true],
        c: 0.5,
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        answerable: false,
        answered: false,
        holds: [false],
        typeOk: [i < 4],
        c: 0.53 + i * 0.05,
      })),
    ];
    // Six of ten fall back on the type checks alone, so the answered ones need not be given up for the 60%.
    expect(baseThreshold(questions, (q) => q.c)).toBeLessThanOrEqual(0.5);
    // Without the checks, 60% falling back takes a threshold above the answered ones.
    const unchecked = questions.map((q) => ({ ...q, typeOk: [] }));
    expect(baseThreshold(unchecked, (q) => q.c)).toBeGreaterThan(0.5);
  });
});
