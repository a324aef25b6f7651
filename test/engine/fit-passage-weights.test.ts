// The hand-written fitting behind the passage model (test/fit-passage-weights.ts), on small made-up data.
import { describe, expect, it } from 'vitest';
import { fitListwise, fitLogistic } from '../fit-passage-weights.ts';

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
