import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, MAX_NESTING, MAX_STATEMENTS, checkGradients } from '../../src/gradcheck/index.ts';
import { expectError } from './helpers.ts';

/** The error for `text`, whose offending part is on line 3 unless said otherwise. */
function errorOf(text: string): ReturnType<typeof expectError> {
  return expectError(checkGradients(text));
}

const PRELUDE = 'x = 2\nw = 0.5\n';

describe('errors in the computation, each with its line and column', () => {
  it.each([
    ['log of zero', 'y = log(x - 2)', /log of 0: log needs a positive number/, 5],
    ['log of a negative number', 'y = ln(w - x)', /log of -1\.5/, 5],
    ['sqrt of a negative number', 'y = sqrt(w - x)', /sqrt of -1\.5/, 5],
    ['division by zero', 'y = w / (x - 2)', /division by zero/, 7],
    ['overflow of exp', 'y = exp(x * 400)', /overflow/, 5],
    ['overflow of a product', 'big = x * 1e300; y = big * big', /overflow/, 26],
    ['a negative number to a non-integer power', 'y = (w - x)^w', /non-integer power/, 12],
    ['0 to a negative power', 'y = (x - 2)^-1', /0 to the negative power/, 12],
    ['an undefined name', 'y = x * v', /'v' is not defined/, 9],
    ['a name used before its definition', 'y = z * 2\nz = 1', /'z' is not defined/, 5],
    ['a redefined name', 'x = 3', /'x' is already defined on line 1/, 1],
    ['a number beyond double range', 'y = x * 1e400', /1e400 is too large/, 9],
    ['an unknown function', 'y = softplus(x)', /unknown function 'softplus'/, 5],
    ['a function with the wrong number of arguments', 'y = pow(x)', /pow takes 2 arguments, got 1/, 5],
    ['a missing operator', 'y = 2 x', /unexpected 'x'.*missing operator/, 7],
    ['an unclosed parenthesis', 'y = (x + 1', /expected '\)'/, 11],
    ['an unexpected character', 'y = x $ 2', /unexpected character '\$'/, 7],
    ['an assignment without an expression', 'y =', /expected an expression after 'y ='/, 4],
    ['a statement that is neither', '3 = x', /expected a definition/, 1],
  ])('GIVEN %s on line 3 THEN the error names it at line 3', (_label, line3, message, column) => {
    const error = errorOf(`${PRELUDE}${line3}\ndy/dx = 1`);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(3);
    expect(error.column).toBe(column);
  });

  it('GIVEN an error past a non-ASCII character THEN the column still counts characters', () => {
    expect(errorOf('x = 2 # ∂∂∂\ny = ∂x')).toMatchObject({ line: 2, column: 5 });
  });
});

describe('errors in the claims', () => {
  it.each([
    ['an undefined output', 'dq/dx = 1', /'q' is not defined anywhere/, 2],
    ['an undefined name', 'dy/dq = 1', /'q' is not defined anywhere/, 5],
    ['a name the output does not depend on', 'dy/dw = 1', /'y' does not depend on 'w'/, 5],
    ['an output that is a constant', 'dw/dx = 1', /'w' is given a constant, so it does not depend on 'x'/, 2],
    ['a name differentiated by itself', 'dy/dy = 1', /differentiates a name by itself/, 5],
    ['a fraction dividing by zero', 'dy/dx = 1/0', /division by zero in the claimed fraction/, 11],
    ['a missing slash', 'dy dx = 1', /expected '\/'/, 4],
    ['a missing number', 'dy/dx = w', /expected a number in the claim/, 9],
    ['a missing name after ∂', '∂/∂x = 1', /expected a name after '∂'/, 2],
  ])('GIVEN %s THEN the claim line is reported', (_label, claimText, message, column) => {
    const error = errorOf(`${PRELUDE}y = x^2\n${claimText}`);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(4);
    expect(error.column).toBe(column);
  });

  it('GIVEN several wrong claims THEN the first by line is reported', () => {
    expect(errorOf(`${PRELUDE}y = x^2\ndy/dw = 1\ndq/dx = 2`)).toMatchObject({ line: 4 });
  });

  it('GIVEN claims without any computation THEN that is the error, on the first claim line', () => {
    expect(errorOf('\ndl/dw = -0.29\ndl/db = 0.1')).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringMatching(/no computation to differentiate/),
    });
    expect(errorOf('w = 1; b = 2\ndl/dw = 1')).toMatchObject({ line: 2 });
  });

  it('GIVEN a computation without claims, or nothing at all THEN the error says there is nothing to check', () => {
    expect(errorOf('x = 1; y = x*2').message).toMatch(/no claims to check/);
    expect(errorOf('').message).toMatch(/no claims to check/);
    expect(errorOf('# only a comment\n').message).toMatch(/no claims to check/);
  });

  it('GIVEN a derivative that is infinite (sqrt at 0) THEN the error points at the sqrt', () => {
    const error = errorOf('x = 0\ny = 3 * sqrt(x)\ndy/dx = 1');
    expect(error).toMatchObject({ line: 2, column: 9, code: 'math' });
    expect(error.message).toMatch(/dy\/dx is not defined: sqrt on line 2/);
  });
});

describe('the bounds', () => {
  it('GIVEN more than 64 KB THEN the input is rejected at the first byte too many', () => {
    const text = `x = 1\n${'#'.repeat(MAX_INPUT_BYTES)}`;
    expect(errorOf(text)).toMatchObject({ code: 'limit', line: 2, column: MAX_INPUT_BYTES - 6 + 1 });
    expect(errorOf(text).message).toMatch(/larger than 64 KB/);
  });

  it('GIVEN exactly 64 KB of valid input THEN it is accepted', () => {
    const body = 'x = 1; y = x*2; dy/dx = 2\n';
    const text = body + '#'.repeat(MAX_INPUT_BYTES - body.length);
    expect(checkGradients(text).ok).toBe(true);
  });

  it('GIVEN multi-byte characters THEN the 64 KB limit counts UTF-8 bytes', () => {
    const text = `#${'∂'.repeat(Math.ceil(MAX_INPUT_BYTES / 3))}\nx = 1; y = x; dy/dx = 1`;
    expect(errorOf(text)).toMatchObject({ code: 'limit', line: 1 });
  });

  it('GIVEN 2,001 statements THEN the 2,001st is reported', () => {
    const statements = Array.from({ length: MAX_STATEMENTS + 1 }, (_, i) => `x${i} = ${i}`);
    expect(errorOf(statements.join('\n'))).toMatchObject({
      code: 'limit',
      line: MAX_STATEMENTS + 1,
      column: 1,
    });
    const exactly = [...statements.slice(0, MAX_STATEMENTS - 2), 'y = x1 * 2', 'dy/dx1 = 2'];
    expect(checkGradients(exactly.join('\n')).ok).toBe(true);
  });

  it('GIVEN nesting deeper than 64 THEN it is rejected; 64 deep is fine', () => {
    const nested = (depth: number): string =>
      `x = 1\ny = ${'('.repeat(depth)}x${')'.repeat(depth)}\ndy/dx = 1`;
    expect(checkGradients(nested(MAX_NESTING)).ok).toBe(true);
    expect(errorOf(nested(MAX_NESTING + 1))).toMatchObject({
      code: 'limit',
      line: 2,
      column: 5 + MAX_NESTING,
    });
    expect(errorOf(`x = 1\ny = ${'-'.repeat(100)}x\ndy/dx = 1`).code).toBe('limit');
    expect(errorOf(`x = 1\ny = x${'^x'.repeat(100)}\ndy/dx = 1`).code).toBe('limit');
    expect(errorOf(`x = 1\ny = ${'exp('.repeat(100)}x${')'.repeat(100)}\ndy/dx = 1`).code).toBe('limit');
  });

  it('GIVEN a long flat sum THEN it is not mistaken for nesting', () => {
    const text = `x = 1\ny = ${Array.from({ length: 5000 }, () => 'x').join(' + ')}\ndy/dx = 5000`;
    expect(checkGradients(text)).toMatchObject({ ok: true, summary: { correct: 1, total: 1 } });
  });

  it('GIVEN something that is not a string from an untyped caller THEN an error is returned, not thrown', () => {
    const notText = 42 as unknown as string;
    expect(checkGradients(notText)).toMatchObject({ ok: false, error: { code: 'input' } });
  });
});
