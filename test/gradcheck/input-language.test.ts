import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { claim, expectOk } from './helpers.ts';

/** The true value of the single claim in `text`. */
function trueOf(text: string): number {
  const result = expectOk(checkGradients(text, { reveal: true }));
  const first = result.claims[0];
  if (first?.true === undefined) throw new Error('no claim');
  return first.true;
}

/** The forward value of `name`. */
function valueOf(text: string, name: string): number | undefined {
  return expectOk(checkGradients(text, { reveal: true })).values?.[name];
}

describe('the input language', () => {
  it('GIVEN comments, blank lines, CRLF and ; separators THEN they are ignored as statement breaks', () => {
    const text =
      '# header\r\n\r\nx = 3 # a comment; not a separator\r\ny = x*x;; ;\r\n  # indented comment\r\ndy/dx = 6\r\n';
    expect(expectOk(checkGradients(text)).summary).toEqual({ correct: 1, total: 1 });
  });

  it('GIVEN names like constructor, __proto__, toString and hasOwnProperty THEN they behave like any name', () => {
    const text = `constructor = 2; __proto__ = 3; toString = 5
hasOwnProperty = constructor * __proto__ + toString
dhasOwnProperty/dconstructor = 3
d hasOwnProperty / d __proto__ = 2
∂hasOwnProperty/∂toString = 1`;
    const result = expectOk(checkGradients(text, { reveal: true }));
    expect(result.summary).toEqual({ correct: 3, total: 3 });
    expect(Object.keys(result.values ?? {})).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]);
    expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(result.values))).toEqual({
      constructor: 2,
      ['__proto__']: 3,
      toString: 5,
      hasOwnProperty: 11,
    });
  });

  it('GIVEN a __proto__ claim that is undefined THEN it is reported as undefined, not found on a prototype', () => {
    const result = checkGradients('x = 1; y = x*2; dy/d__proto__ = 1');
    expect(result.ok).toBe(false);
  });

  it('GIVEN scientific notation and leading-dot decimals THEN the numbers are read exactly', () => {
    expect(valueOf('a = 1.5e-3; b = 2E+2; c = .25; y = a + b + c; dy/da = 1', 'y')).toBeCloseTo(200.2515, 12);
  });

  it('GIVEN a fraction in a claim THEN it is read as a quotient, with a sign on either part', () => {
    const text = 'x = 3; y = 1/x; dy/dx = -1/9; dy/dx = 1/-9; dy/dx = -0.1111';
    const result = expectOk(checkGradients(text));
    expect(result.claims.map((c) => c.claimed)).toEqual([-1 / 9, -1 / 9, -0.1111]);
    expect(result.summary.correct).toBe(3);
  });

  it('GIVEN the typographic minus sign pasted from slides THEN it is read as a minus', () => {
    const result = expectOk(checkGradients('x = −2\ny = x − 3*x\ndy/dx = −2'));
    expect(result.claims[0]).toMatchObject({ claimed: -2, correct: true });
  });

  it('GIVEN ^ and ** THEN power is right-associative and binds tighter than unary minus', () => {
    expect(valueOf('x = 2; y = x^3^2; dy/dx = 0', 'y')).toBe(512);
    expect(valueOf('x = 2; y = x**3**2; dy/dx = 0', 'y')).toBe(512);
    expect(valueOf('x = 2; y = -x^2; dy/dx = 0', 'y')).toBe(-4);
    expect(valueOf('x = 2; y = x^-1; dy/dx = 0', 'y')).toBe(0.5);
    expect(valueOf('x = 2; y = (-x)^2; dy/dx = 0', 'y')).toBe(4);
  });

  it('GIVEN + - * / and parentheses THEN the usual precedence and left-associativity apply', () => {
    expect(valueOf('x = 8; y = x - 2 - 1 + 12 / 3 / 2 * 5; dy/dx = 1', 'y')).toBe(15);
    expect(valueOf('x = 8; y = (x - 2) * (1 + 1); dy/dx = 1', 'y')).toBe(12);
    expect(valueOf('x = 8; y = --x + +x; dy/dx = 1', 'y')).toBe(16);
  });

  it('GIVEN each function THEN its derivative is the textbook one', () => {
    const u = 0.7;
    const s = 1 / (1 + Math.exp(-u));
    const cases: [string, number][] = [
      ['exp(x)', Math.exp(u)],
      ['log(x)', 1 / u],
      ['ln(x)', 1 / u],
      ['sqrt(x)', 0.5 / Math.sqrt(u)],
      ['abs(-x)', 1],
      ['sigmoid(x)', s * (1 - s)],
      ['tanh(x)', 1 - Math.tanh(u) ** 2],
      ['relu(x)', 1],
      ['relu(-x)', 0],
      ['sin(x)', Math.cos(u)],
      ['cos(x)', -Math.sin(u)],
      ['pow(x, 3)', 3 * u * u],
      ['pow(2, x)', 2 ** u * Math.log(2)],
      ['x^x', u ** u * (Math.log(u) + 1)],
      ['max(x, 0.5)', 1],
      ['max(x, 0.9)', 0],
      ['min(x, 0.5)', 0],
      ['min(x, 0.9)', 1],
      ['x / (1 + x)', 1 / (1 + u) ** 2],
    ];
    for (const [expression, derivative] of cases) {
      expect(trueOf(`x = ${u}; y = ${expression}; dy/dx = 0`), expression).toBeCloseTo(derivative, 12);
    }
  });

  it('GIVEN a sigmoid of a large argument THEN it neither overflows nor loses its derivative sign', () => {
    expect(valueOf('x = -800; y = sigmoid(x); dy/dx = 0', 'y')).toBe(0);
    expect(valueOf('x = 800; y = sigmoid(x); dy/dx = 0', 'y')).toBe(1);
  });

  it('GIVEN relu(0), abs(0) and max(a, a) THEN PyTorch conventions apply and each is flagged with its line', () => {
    const text =
      'x = 0\nr = relu(x)\na = abs(x)\nm = max(x, x)\nn = min(x, 0)\ny = r + a + m + n\ndy/dx = 1.5';
    const result = expectOk(checkGradients(text, { reveal: true }));
    // relu'(0) = 0, abs'(0) = 0, max(x, x) passes 1/2 + 1/2, min(x, 0) passes 1/2 to x.
    expect(claim(result, 'y', 'x')).toMatchObject({ true: 1.5, correct: true });
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings[0]).toMatch(/^line 2: relu\(0\) .*PyTorch/);
    expect(result.warnings[1]).toMatch(/^line 3: abs\(0\)/);
    expect(result.warnings[2]).toMatch(/^line 4: max\(a, b\) with equal arguments/);
    expect(result.warnings[3]).toMatch(/^line 5: min\(a, b\) with equal arguments/);
  });

  it('GIVEN a kink that no claimed output depends on THEN it is not flagged', () => {
    const result = expectOk(checkGradients('x = 0; unused = relu(x); y = 2*x; dy/dx = 2'));
    expect(result.warnings).toEqual([]);
  });

  it('GIVEN a claim about an intermediate node THEN it is the total derivative through the graph', () => {
    // l = (k + k^2) with k = 3w: dl/dk = 1 + 2k regardless of w.
    const result = expectOk(
      checkGradients('w = 2; k = 3*w; l = k + k^2; dl/dk = 13; dl/dw = 39', { reveal: true }),
    );
    expect(result.summary).toEqual({ correct: 2, total: 2 });
  });

  it('GIVEN a name copied from another THEN each has its own derivative', () => {
    const result = expectOk(checkGradients('x = 2; y = x; z = y*x; dz/dy = 2; dz/dx = 4'));
    expect(result.summary).toEqual({ correct: 2, total: 2 });
  });

  it('GIVEN claims before the computation they name THEN they are still checked', () => {
    const result = expectOk(checkGradients('dy/dx = 6\nx = 3\ny = x^2'));
    expect(result.summary).toEqual({ correct: 1, total: 1 });
  });
});
