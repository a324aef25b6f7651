// Property tests: on random smooth programs, reverse mode agrees with finite differences computed
// here, independently of the checker, from a JavaScript twin of each program.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { claim, expectOk } from './helpers.ts';

type Env = ReadonlyMap<string, number>;

interface Expr {
  text: string;
  f: (env: Env) => number;
}

const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));

function unary(g: (u: number) => number, wrap: (inner: string) => string) {
  return (e: Expr): Expr => ({ text: wrap(e.text), f: (env) => g(e.f(env)) });
}

const UNARY = [
  unary(Math.sin, (s) => `sin(${s})`),
  unary(Math.cos, (s) => `cos(${s})`),
  unary(Math.tanh, (s) => `tanh(${s})`),
  unary(sigmoid, (s) => `sigmoid(${s})`),
  unary(
    (u) => Math.exp(Math.tanh(u)),
    (s) => `exp(tanh(${s}))`,
  ),
  unary(
    (u) => u * u,
    (s) => `(${s})^2`,
  ),
  unary(
    (u) => Math.log(1 + u * u),
    (s) => `log(1 + (${s})**2)`,
  ),
  unary(
    (u) => Math.sqrt(1 + u * u),
    (s) => `sqrt(1 + (${s})^2)`,
  ),
  unary(
    (u) => -u,
    (s) => `-(${s})`,
  ),
];

const BINARY: ((a: Expr, b: Expr) => Expr)[] = [
  (a, b) => ({ text: `(${a.text}) + (${b.text})`, f: (env) => a.f(env) + b.f(env) }),
  (a, b) => ({ text: `(${a.text}) - (${b.text})`, f: (env) => a.f(env) - b.f(env) }),
  (a, b) => ({ text: `(${a.text}) * (${b.text})`, f: (env) => a.f(env) * b.f(env) }),
  (a, b) => ({ text: `(${a.text}) / (1 + (${b.text})^2)`, f: (env) => a.f(env) / (1 + b.f(env) ** 2) }),
  (a, b) => ({
    // The exponent stays in (-1, 1): nested powers otherwise reach slopes no test step resolves.
    text: `pow(1 + (${a.text})^2, tanh(${b.text}))`,
    f: (env) => Math.pow(1 + a.f(env) ** 2, Math.tanh(b.f(env))),
  }),
];

function expression(names: readonly string[], depth: number): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(
    fc.constantFrom(...names).map((n): Expr => ({ text: n, f: (env) => env.get(n)! })),
    fc.integer({ min: -20, max: 20 }).map((k): Expr => ({ text: `(${k / 10})`, f: () => k / 10 })),
  );
  if (depth === 0) return leaf;
  const smaller = expression(names, depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...UNARY), smaller).map(([g, e]) => g(e)), weight: 2 },
    {
      arbitrary: fc.tuple(fc.constantFrom(...BINARY), smaller, smaller).map(([g, a, b]) => g(a, b)),
      weight: 3,
    },
  );
}

interface Program {
  text: string;
  inputs: Map<string, number>;
  /** out as a function of the inputs, with t1 or t2 optionally forced to a value. */
  out: (env: Env, force?: { name: string; value: number }) => number;
}

const INPUTS = ['x', 'y', 'z'];
const WRT = [...INPUTS, 't1', 't2'];

const program: fc.Arbitrary<Program> = fc
  .tuple(
    fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
    expression(INPUTS, 3),
    expression([...INPUTS, 't1'], 3),
    expression([...INPUTS, 't1', 't2'], 2),
  )
  .map(([values, e1, e2, e3]) => {
    const inputs = new Map(INPUTS.map((n, i) => [n, values[i]!]));
    // The trailing terms make every name an ancestor of out, so every claim is allowed.
    const text = [
      ...INPUTS.map((n) => `${n} = ${inputs.get(n)}`),
      `t1 = ${e1.text}`,
      `t2 = ${e2.text}`,
      `out = ${e3.text} + 0.5*t1 + 0.25*t2 + 0.1*x + 0.2*y + 0.3*z`,
      ...WRT.map((n) => `dout/d${n} = 0`),
    ].join('\n');
    const out = (env: Env, force?: { name: string; value: number }): number => {
      const scope = new Map(env);
      const t1 = force?.name === 't1' ? force.value : e1.f(scope);
      scope.set('t1', t1);
      const t2 = force?.name === 't2' ? force.value : e2.f(scope);
      scope.set('t2', t2);
      return (
        e3.f(scope) +
        0.5 * t1 +
        0.25 * t2 +
        0.1 * scope.get('x')! +
        0.2 * scope.get('y')! +
        0.3 * scope.get('z')!
      );
    };
    return { text, inputs, out };
  });

/** A fourth-order central difference: accurate enough to check reverse mode to about 1e-6. */
function numericDerivative(p: Program, name: string, values: ReadonlyMap<string, number>): number {
  const base = values.get(name)!;
  // Small enough for steep, fast-oscillating compositions (sin(sin(z^9)) near z = 1.6 needs it: at 1e-4 the
  // h^4 truncation error reached the tolerance), large enough that rounding stays near 1e-11 of the value.
  const h = 1e-5 * Math.max(1, Math.abs(base));
  const at = (v: number): number => {
    if (INPUTS.includes(name)) return p.out(new Map([...p.inputs, [name, v]]));
    return p.out(p.inputs, { name, value: v });
  };
  return (8 * (at(base + h) - at(base - h)) - (at(base + 2 * h) - at(base - 2 * h))) / (12 * h);
}

describe('reverse mode agrees with finite differences', () => {
  it('GIVEN random smooth programs THEN every derivative matches an independent finite difference', () => {
    fc.assert(
      fc.property(program, (p) => {
        const result = expectOk(checkGradients(p.text, { reveal: true }));
        const values = new Map(Object.entries(result.values ?? {}));
        for (const name of WRT) {
          const truth = claim(result, 'out', name).true!;
          const numeric = numericDerivative(p, name, values);
          const scale = 1 + Math.abs(truth) + Math.abs(values.get('out')!);
          expect(Math.abs(truth - numeric), `dout/d${name} of\n${p.text}`).toBeLessThanOrEqual(1e-5 * scale);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('GIVEN the revealed true values claimed back THEN every claim is judged correct', () => {
    fc.assert(
      fc.property(program, (p) => {
        const revealed = expectOk(checkGradients(p.text, { reveal: true }));
        const claims = revealed.claims.map((c) => `dout/d${c.wrt} = ${c.true}`).join('\n');
        const text = p.text.replace(/^dout\/.*$/gm, '').concat('\n', claims);
        const again = expectOk(checkGradients(text));
        expect(again.summary.correct).toBe(again.summary.total);
      }),
      { numRuns: 60 },
    );
  });
});

describe('checkGradients never throws', () => {
  const alphabet = [...'xyzdw∂/=+-*^()., ;#\n0123456789e'].concat([
    'exp',
    'log',
    'relu',
    'max',
    '**',
    '1e400',
  ]);

  it('GIVEN arbitrary text THEN it returns a result instead of throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = checkGradients(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN text made of the language’s own pieces THEN it returns a result with a position when invalid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (pieces) => {
        const result = checkGradients(pieces.join(''));
        if (!result.ok) {
          expect(result.error.code).not.toBe('internal');
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
