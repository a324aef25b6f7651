import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { claim, expectOk, six } from './helpers.ts';

describe('a name used on several paths', () => {
  it('GIVEN x used in three statements and twice in one THEN dl/dx adds every path', () => {
    // a = x^2, b = x*a, l = a + b + x  =>  l = x^2 + x^3 + x, dl/dx = 2x + 3x^2 + 1.
    const x = 1.3;
    const text = `x = ${x}\na = x*x\nb = x*a\nl = a + b + x\ndl/dx = ${six(2 * x + 3 * x * x + 1)}`;
    expect(expectOk(checkGradients(text)).summary).toEqual({ correct: 1, total: 1 });
  });

  it('GIVEN a diamond whose join is used twice THEN intermediate and leaf derivatives are total', () => {
    // a = sin x, b = cos x, c = a*b, l = c^2 + 3c.
    const x = 0.4;
    const a = Math.sin(x);
    const b = Math.cos(x);
    const c = a * b;
    const dlDc = 2 * c + 3;
    const dlDa = dlDc * b;
    const dlDb = dlDc * a;
    const dlDx = dlDa * Math.cos(x) - dlDb * Math.sin(x);
    const text = `x = ${x}\na = sin(x)\nb = cos(x)\nc = a*b\nl = c^2 + 3*c
dl/dc = ${six(dlDc)}\ndl/da = ${six(dlDa)}\ndl/db = ${six(dlDb)}\ndl/dx = ${six(dlDx)}`;
    const result = expectOk(checkGradients(text, { reveal: true }));
    expect(result.summary).toEqual({ correct: 4, total: 4 });
    expect(claim(result, 'l', 'x').true).toBeCloseTo(dlDx, 12);
  });

  it('GIVEN a weight shared by two units THEN its gradient sums both units', () => {
    // Weight tying: h1 = tanh(w x1), h2 = tanh(w x2), l = h1 + 2 h2.
    const [w, x1, x2] = [0.3, 1.5, -0.8];
    const grad = (1 - Math.tanh(w * x1) ** 2) * x1 + 2 * (1 - Math.tanh(w * x2) ** 2) * x2;
    const text = `w = ${w}; x1 = ${x1}; x2 = ${x2}\nh1 = tanh(w*x1)\nh2 = tanh(w*x2)\nl = h1 + 2*h2\ndl/dw = ${six(grad)}`;
    expect(expectOk(checkGradients(text)).summary.correct).toBe(1);
  });

  it('GIVEN 60 levels that each double the paths THEN reverse mode is exact without enumerating paths', () => {
    // v_{i+1} = v_i + v_i doubles the value and the number of paths each time: dl/dx = 2^60.
    const lines = ['v0 = 1', ...Array.from({ length: 60 }, (_, i) => `v${i + 1} = v${i} + v${i}`)];
    const text = `${lines.join('\n')}\ndv60/dv0 = ${2 ** 60}`;
    expect(expectOk(checkGradients(text)).summary.correct).toBe(1);
  });
});
