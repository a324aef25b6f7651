import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { claim, expectOk, six } from './helpers.ts';

// Two inputs, three sigmoid hidden units, two softmax outputs, cross-entropy on class `target`.
// Gradients derived on paper:
//   dL/dz_k = p_k - [k = target];  dL/dv_kj = dL/dz_k · h_j;  dL/dc_k = dL/dz_k
//   dL/dh_j = Σ_k dL/dz_k · v_kj;   dL/da_j = dL/dh_j · h_j (1 - h_j)
//   dL/dw_ji = dL/da_j · x_i;        dL/db_j = dL/da_j
const xs = [0.5, -1.2];
const W = [
  [0.1, -0.4],
  [0.7, 0.2],
  [-0.3, 0.9],
];
const bs = [0.05, -0.1, 0.2];
const V = [
  [0.3, -0.6, 0.8],
  [-0.5, 0.4, 0.1],
];
const cs = [0.01, -0.02];
const target = 1;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const a = W.map((row, j) => row[0]! * xs[0]! + row[1]! * xs[1]! + bs[j]!);
const h = a.map(sigmoid);
const z = V.map((row, k) => row.reduce((sum, v, j) => sum + v * h[j]!, cs[k]!));
const denominator = Math.exp(z[0]!) + Math.exp(z[1]!);
const p = z.map((zk) => Math.exp(zk) / denominator);
const dz = p.map((pk, k) => pk - (k === target ? 1 : 0));
const dh = h.map((_, j) => dz[0]! * V[0]![j]! + dz[1]! * V[1]![j]!);
const da = dh.map((g, j) => g * h[j]! * (1 - h[j]!));

interface Expected {
  name: string;
  value: number;
}

const expected: Expected[] = [
  ...W.flatMap((row, j) => row.map((_, i) => ({ name: `w${j + 1}${i + 1}`, value: da[j]! * xs[i]! }))),
  ...bs.map((_, j) => ({ name: `b${j + 1}`, value: da[j]! })),
  ...V.flatMap((row, k) => row.map((_, j) => ({ name: `v${k + 1}${j + 1}`, value: dz[k]! * h[j]! }))),
  ...cs.map((_, k) => ({ name: `c${k + 1}`, value: dz[k]! })),
];

function program(claims: string): string {
  const lines = [
    '# 2 inputs -> 3 sigmoid units -> 2 softmax outputs, cross-entropy loss',
    `x1 = ${xs[0]}; x2 = ${xs[1]}`,
    ...W.map((row, j) => `w${j + 1}1 = ${row[0]}; w${j + 1}2 = ${row[1]}; b${j + 1} = ${bs[j]}`),
    ...V.map(
      (row, k) =>
        `v${k + 1}1 = ${row[0]}; v${k + 1}2 = ${row[1]}; v${k + 1}3 = ${row[2]}; c${k + 1} = ${cs[k]}`,
    ),
    ...[1, 2, 3].map((j) => `h${j} = sigmoid(w${j}1*x1 + w${j}2*x2 + b${j})`),
    ...[1, 2].map((k) => `z${k} = v${k}1*h1 + v${k}2*h2 + v${k}3*h3 + c${k}`),
    'e1 = exp(z1); e2 = exp(z2)',
    'p2 = e2 / (e1 + e2)',
    'L = -log(p2)',
    claims,
  ];
  return lines.join('\n');
}

describe('a 2-3-2 network with sigmoid hidden units, softmax and cross-entropy', () => {
  it('GIVEN every weight and bias claimed with its analytic gradient THEN all 17 are correct', () => {
    const claims = expected.map((e) => `dL/d${e.name} = ${six(e.value)}`).join('\n');
    const result = expectOk(checkGradients(program(claims)));
    expect(result.summary).toEqual({ correct: 17, total: 17 });
    expect(result.warnings).toEqual([]);
  });

  it('GIVEN reveal THEN the true gradients equal the analytic ones to 1e-12', () => {
    const claims = expected.map((e) => `dL/d${e.name} = 0`).join('\n');
    const result = expectOk(checkGradients(program(claims), { reveal: true }));
    for (const e of expected) expect(claim(result, 'L', e.name).true).toBeCloseTo(e.value, 12);
  });

  it('GIVEN the hidden units claimed THEN their gradients sum both softmax paths', () => {
    const claims = dh.map((g, j) => `dL/dh${j + 1} = ${six(g)}`).join('\n');
    const result = expectOk(checkGradients(program(claims)));
    expect(result.summary).toEqual({ correct: 3, total: 3 });
  });

  it('GIVEN one weight with a flipped sign and one bias off by 10% THEN exactly those two are wrong', () => {
    const claims = expected
      .map((e) => {
        if (e.name === 'w21') return `dL/dw21 = ${six(-e.value)}`;
        if (e.name === 'c2') return `dL/dc2 = ${six(e.value * 1.1)}`;
        return `dL/d${e.name} = ${six(e.value)}`;
      })
      .join('\n');
    const result = expectOk(checkGradients(program(claims)));
    expect(result.summary).toEqual({ correct: 15, total: 17 });
    expect(claim(result, 'L', 'w21')).toMatchObject({ correct: false, hint: 'the sign is flipped' });
    expect(claim(result, 'L', 'c2')).toMatchObject({ correct: false, hint: 'incorrect' });
  });
});
