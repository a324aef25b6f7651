import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { claim, expectOk, six } from './helpers.ts';

// The example from issue 7, with the expected derivatives worked out by hand:
// k = w*x + b, y = σ(k), l = (y - t)^2
// dl/dk = 2(y - t) · y(1 - y); dl/dw = dl/dk · x; dl/db = dl/dk.
const x = 2;
const t = 1;
const w = 0.5;
const b = -0.3;
const y = 1 / (1 + Math.exp(-(w * x + b)));
const dlDk = 2 * (y - t) * y * (1 - y);

const ISSUE_EXAMPLE = `# one sigmoid neuron with a squared-error loss
x = 2                    # a name given a constant is an input or a parameter
t = 1; w = 0.5; b = -0.3 # ; separates statements too
k = w*x + b              # a name given an expression is a node of the graph
y = sigmoid(k)
l = (y - t)^2
dl/dw = -0.2943          # a claim: d<output>/d<name> = <number>
dl/db = -0.1471
∂l/∂k = 0.1471           # ∂ is accepted too; spaces around the names are allowed
`;

describe('the single-neuron example of the issue', () => {
  it('GIVEN the hand-worked values THEN they agree with the analytic derivatives the example claims', () => {
    expect(dlDk * x).toBeCloseTo(-0.2943, 4);
    expect(dlDk).toBeCloseTo(-0.1471, 4);
  });

  it('GIVEN the example THEN dl/dw and dl/db are correct and ∂l/∂k is flagged as a flipped sign', () => {
    const result = expectOk(checkGradients(ISSUE_EXAMPLE));
    expect(result.summary).toEqual({ correct: 2, total: 3 });
    expect(claim(result, 'l', 'w')).toMatchObject({ claimed: -0.2943, correct: true, hint: null, line: 7 });
    expect(claim(result, 'l', 'b')).toMatchObject({ claimed: -0.1471, correct: true, hint: null, line: 8 });
    expect(claim(result, 'l', 'k')).toMatchObject({ correct: false, hint: 'the sign is flipped', line: 9 });
    expect(result.warnings).toEqual([]);
  });

  it('GIVEN no reveal THEN no true value, forward value or telling relative error is in the result', () => {
    const result = expectOk(checkGradients(ISSUE_EXAMPLE));
    for (const c of result.claims) expect(c).not.toHaveProperty('true');
    expect(result).not.toHaveProperty('values');
    expect(claim(result, 'l', 'k').relativeError).toBeNull();
    expect(claim(result, 'l', 'w').relativeError).toBeCloseTo(
      Math.abs(-0.2943 - dlDk * x) / Math.abs(dlDk * x),
      9,
    );
  });

  it('GIVEN reveal THEN every claim carries its true value and the forward values are listed', () => {
    const result = expectOk(checkGradients(ISSUE_EXAMPLE, { reveal: true }));
    expect(claim(result, 'l', 'w').true).toBeCloseTo(dlDk * x, 12);
    expect(claim(result, 'l', 'b').true).toBeCloseTo(dlDk, 12);
    expect(claim(result, 'l', 'k').true).toBeCloseTo(dlDk, 12);
    expect(claim(result, 'l', 'k').relativeError).toBeCloseTo(2, 3);
    expect(result.values).toEqual({
      x,
      t,
      w,
      b,
      k: w * x + b,
      y: expect.closeTo(y, 12),
      l: expect.closeTo((y - t) ** 2, 12),
    });
  });

  it('GIVEN six-digit claims of the analytic values THEN all are correct', () => {
    const text = `x = 2; t = 1; w = 0.5; b = -0.3
k = w*x + b; y = sigmoid(k); l = (y - t)^2
dl/dw = ${six(dlDk * x)}; dl/db = ${six(dlDk)}; dl/dk = ${six(dlDk)}
dl/dy = ${six(2 * (y - t))}; dl/dx = ${six(dlDk * w)}; dy/dw = ${six(y * (1 - y) * x)}; dl/dt = ${six(-2 * (y - t))}`;
    const result = expectOk(checkGradients(text));
    expect(result.claims.filter((c) => !c.correct)).toEqual([]);
    expect(result.summary).toEqual({ correct: 7, total: 7 });
  });
});
