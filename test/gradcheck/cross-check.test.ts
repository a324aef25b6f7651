import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import {
  crossCheck,
  directionalAgrees,
  type CrossCheckItem,
} from '../../src/gradcheck/finite-differences.ts';
import { newAdjoints, reverseFrom } from '../../src/gradcheck/graph.ts';
import { parseProgram } from '../../src/gradcheck/parser.ts';
import { expectOk } from './helpers.ts';

/** The tape of `text`, reverse mode from `of`, and a cross-check item per name in `wrt`. */
function setUp(text: string, of: string, wrt: string[]) {
  const { tape } = parseProgram(text);
  const y = tape.names.get(of)!;
  const adjoints = newAdjoints(tape);
  reverseFrom(tape, y, adjoints);
  // As the checker does: rounding in the entries after x is what moves y.
  const after = (x: number): number =>
    tape.value.reduce((sum, v, i) => (i > x ? sum + Math.abs(v * adjoints.adjoint[i]!) : sum), 0);
  const items: CrossCheckItem[] = wrt.map((name) => {
    const x = tape.names.get(name)!;
    return { x, y, reverse: adjoints.adjoint[x]!, roundoff: after(x) };
  });
  const roundoff = Math.max(...items.map((item) => item.roundoff));
  const groupAgrees = (adjoint: Float64Array): boolean =>
    directionalAgrees(
      tape,
      y,
      items.map((i) => i.x),
      adjoint,
      roundoff,
    );
  return { tape, adjoint: adjoints.adjoint, items, groupAgrees };
}

const SMOOTH = 'a = 0.4; b = -1.1; c = 2\nh = tanh(a*b + c)\nl = h^2 * exp(a) + sin(b*c)';

describe('the finite-difference cross-check of reverse mode', () => {
  it('GIVEN correct reverse-mode values THEN every name agrees, alone and as a group', () => {
    const { tape, adjoint, items, groupAgrees } = setUp(SMOOTH, 'l', ['a', 'b', 'c', 'h']);
    expect(crossCheck(tape, items)).toEqual(['agrees', 'agrees', 'agrees', 'agrees']);
    expect(groupAgrees(adjoint)).toBe(true);
  });

  it('GIVEN a corrupted reverse-mode value THEN that name alone disagrees and its group fails', () => {
    const { tape, adjoint, items, groupAgrees } = setUp(SMOOTH, 'l', ['a', 'b', 'c']);
    const bad = items.map((item, k) => (k === 1 ? { ...item, reverse: item.reverse * 1.01 } : item));
    expect(crossCheck(tape, bad)).toEqual(['agrees', 'disagrees', 'agrees']);
    const corrupted = Float64Array.from(adjoint);
    corrupted[items[1]!.x]! *= 1.01;
    expect(groupAgrees(corrupted)).toBe(false);
  });

  it('GIVEN relu exactly at its kink THEN the PyTorch value is explained by the kink, not a disagreement', () => {
    const { tape, items } = setUp('x = 0\ny = relu(x) + x', 'y', ['x']);
    expect(items[0]!.reverse).toBe(1);
    expect(crossCheck(tape, items)).toEqual(['kink']);
  });

  it('GIVEN a name close to the edge of log THEN a step relative to the name still resolves it', () => {
    const { tape, items } = setUp('x = 1e-9\ny = log(x)', 'y', ['x']);
    expect(crossCheck(tape, items)).toEqual(['agrees']);
    expect(expectOk(checkGradients('x = 1e-9\ny = log(x)\ndy/dx = 1e9')).summary.correct).toBe(1);
  });

  it('GIVEN a function finite differences cannot resolve (sin of 1e15) THEN it is unavailable, not an error', () => {
    const { tape, items } = setUp('x = 1e15\ny = sin(x)', 'y', ['x']);
    expect(crossCheck(tape, items)).toEqual(['unavailable']);
    expect(checkGradients(`x = 1e15\ny = sin(x)\ndy/dx = ${Math.cos(1e15)}`)).toMatchObject({
      ok: true,
      summary: { correct: 1 },
    });
  });

  it('GIVEN ill-conditioned cancellation THEN rounding noise is not mistaken for a disagreement', () => {
    const text = 'x = 0.3; big = 1e8\nu = (big + x) - big\ny = u * x';
    expect(expectOk(checkGradients(`${text}\ndy/dx = 0.6`)).summary.correct).toBe(1);
  });
});

describe('programs with kinks never produce an internal error', () => {
  const kinky = fc.constantFrom('relu(x)', 'abs(x - y)', 'max(x, y)', 'min(x, 0)', 'relu(x*y)', 'abs(x)');
  const value = fc.constantFrom(0, 0, 1e-7, -1e-7, 0.5, -0.5);

  it('GIVEN kinks at, near and away from their corners THEN every result is ok', () => {
    fc.assert(
      fc.property(kinky, kinky, value, value, (k1, k2, x, y) => {
        const text = `x = ${x}; y = ${y}\nu = ${k1}\nv = ${k2} * u + x*y\nl = v^2 + u + v\ndl/dx = 0\ndl/dy = 0\ndl/du = 0`;
        const result = checkGradients(text);
        if (!result.ok) expect(result.error.code).not.toBe('internal');
      }),
      { numRuns: 300 },
    );
  });
});
