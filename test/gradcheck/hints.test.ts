import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { claim, expectOk, six } from './helpers.ts';

function hintFor(text: string, of: string, wrt: string): string | null {
  const c = claim(expectOk(checkGradients(text)), of, wrt);
  expect(c.correct).toBe(false);
  return c.hint;
}

// The single neuron of the issue: dl/dk = 2(y - t) y (1 - y), dl/dw = dl/dk · x, and ∂k/∂w = x = 2.
const y = 1 / (1 + Math.exp(-0.7));
const dlDk = 2 * (y - 1) * y * (1 - y);
const NEURON = 'x = 2; t = 1; w = 0.5; b = -0.3\nk = w*x + b\ny = sigmoid(k)\nl = (y - t)^2\n';

describe('hints for wrong claims', () => {
  it('GIVEN the negated derivative THEN "the sign is flipped"', () => {
    expect(hintFor(`${NEURON}dl/dw = ${six(-dlDk * 2)}`, 'l', 'w')).toBe('the sign is flipped');
  });

  it('GIVEN twice or half the derivative THEN "off by a factor of 2" says which', () => {
    // Forgetting the 2 of the square gives half: a classic.
    expect(hintFor(`${NEURON}dl/dw = ${six(dlDk)}`, 'l', 'w')).toBe(
      'off by a factor of 2: half the true value',
    );
    expect(hintFor(`${NEURON}dl/dw = ${six(dlDk * 4)}`, 'l', 'w')).toBe(
      'off by a factor of 2: twice the true value',
    );
  });

  it('GIVEN the derivative with respect to another name THEN the hint names it', () => {
    // dl/db = dl/dk, dl/dx = dl/dk · w
    expect(hintFor(`${NEURON}dl/dx = ${six(dlDk * 2)}`, 'l', 'x')).toBe(
      'equals the derivative with respect to w, not x',
    );
    expect(hintFor('a = 2; c = 5; y = a*c\ndy/da = 2', 'y', 'a')).toBe(
      'equals the derivative with respect to c, not a',
    );
  });

  it('GIVEN only the local derivative THEN the hint says the upstream gradient was not multiplied in', () => {
    expect(hintFor(`${NEURON}dl/dw = 2`, 'l', 'w')).toBe(
      'equals the local derivative ∂k/∂w alone: the upstream gradient dl/dk was not multiplied in',
    );
    expect(hintFor(`${NEURON}dl/dk = ${six(y * (1 - y))}`, 'l', 'k')).toBe(
      'equals the local derivative ∂y/∂k alone: the upstream gradient dl/dy was not multiplied in',
    );
  });

  it('GIVEN one of two paths left out THEN the hint says which path was missed', () => {
    // y = a + b, a = 3x, b = x^2 at x = 2: dy/dx = 3 + 4.
    const text = 'x = 2\na = 3*x\nb = x^2\ny = a + b\n';
    expect(hintFor(`${text}dy/dx = 4`, 'y', 'x')).toBe(
      'a path from x to y was missed, the one through a: every path from x to y adds to the derivative',
    );
    expect(hintFor(`${text}dy/dx = 3`, 'y', 'x')).toBe(
      'a path from x to y was missed, the one through b: every path from x to y adds to the derivative',
    );
  });

  it('GIVEN only one of three uses counted THEN the hint says only one path matches', () => {
    // y = 3x + x^2 + sin(x) at x = 2: the uses give 3, 4 and cos 2.
    expect(hintFor('x = 2\ny = 3*x + x^2 + sin(x)\ndy/dx = 3', 'y', 'x')).toBe(
      'matches only one of the paths from x to y; x reaches y along several paths and each one adds to the derivative',
    );
  });

  it('GIVEN a path missed at an intermediate node THEN the branch is found past it', () => {
    // h = x^2 feeds a = 3h and b = sin(h); y = a*b. Leaving out the path through b gives 3b · 2x.
    const x = 0.8;
    const h = x * x;
    const claimed = 3 * Math.sin(h) * 2 * x;
    const text = `x = ${x}\nh = x^2\na = 3*h\nb = sin(h)\ny = a*b\ndy/dx = ${six(claimed)}`;
    expect(hintFor(text, 'y', 'x')).toBe(
      'a path from x to y was missed, the one through b: every path from x to y adds to the derivative',
    );
  });

  it('GIVEN a wrong claim that fits no pattern THEN the hint is just "incorrect"', () => {
    expect(hintFor(`${NEURON}dl/dw = 0.123`, 'l', 'w')).toBe('incorrect');
  });

  it('GIVEN a correct claim THEN the hint is null', () => {
    expect(claim(expectOk(checkGradients(`${NEURON}dl/dw = ${six(dlDk * 2)}`)), 'l', 'w').hint).toBeNull();
  });
});

describe('hint searches on large inputs', () => {
  it('GIVEN 1,000 different wrong claims about a name used 8,000 times THEN each still gets a verdict and a hint', () => {
    const claims = Array.from({ length: 1000 }, (_, i) => `dy/dx = ${i + 9000}`);
    const text = `x = 1\ny = ${Array(8000).fill('x').join(' + ')}\n${claims.join('\n')}`;
    const result = expectOk(checkGradients(text));
    expect(result.summary).toEqual({ correct: 0, total: 1000 });
    expect(result.claims.every((c) => typeof c.hint === 'string')).toBe(true);
  });

  it('GIVEN the same wrong claim pasted twice THEN both get the same hint', () => {
    const result = expectOk(checkGradients(`${NEURON}dl/dw = 2\ndl/dw = 2`));
    expect(result.claims[0]!.hint).toMatch(/local derivative/);
    expect(result.claims[1]!.hint).toBe(result.claims[0]!.hint);
  });
});
