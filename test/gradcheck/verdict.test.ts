import { describe, expect, it } from 'vitest';
import { checkGradients } from '../../src/gradcheck/index.ts';
import { describeWritten } from '../../src/gradcheck/parser.ts';
import { isAccepted } from '../../src/gradcheck/verdict.ts';
import { expectOk } from './helpers.ts';

/** Checks each claim against y = x^2/2 at x = `truth`, whose dy/dx is exactly `truth`. */
function verdicts(truth: string, claims: string[]): boolean[] {
  const text = `x = ${truth}\ny = x^2 / 2\n${claims.map((c) => `dy/dx = ${c}`).join('\n')}`;
  return expectOk(checkGradients(text)).claims.map((c) => c.correct);
}

describe('the tolerance: |claimed - true| <= 1e-3 |true| + 1e-6', () => {
  it('GIVEN claims just inside and just outside the relative tolerance THEN they are judged accordingly', () => {
    expect(verdicts('4', ['4.0039', '3.9961', '4.0041', '3.9959'])).toEqual([true, true, false, false]);
  });

  it('GIVEN a true value of 0 THEN only the absolute 1e-6 applies', () => {
    const text = 'x = 0\ny = x^2 / 2\ndy/dx = 0\ndy/dx = 1e-6\ndy/dx = -9e-7\ndy/dx = 2e-6\ndy/dx = 0.00';
    expect(expectOk(checkGradients(text)).claims.map((c) => c.correct)).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
  });
});

describe('the rounding rule: the true value rounded to the decimals written, at least 2 significant digits', () => {
  it('GIVEN 0.246912 THEN 0.25, 0.247 and 2.5e-1 pass while 0.2, 0.24, 0.250 and 1/4 do not', () => {
    expect(verdicts('0.246912', ['0.25', '0.247', '2.5e-1', '0.2', '0.24', '0.250', '1/4'])).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('GIVEN the issue example -0.29426... THEN -0.29 and -0.2943 pass, -0.3 (one digit) and -0.295 do not', () => {
    expect(verdicts('-0.2942681697', ['-0.29', '-0.2943', '-0.3', '-0.295'])).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('GIVEN a true value exactly halfway THEN rounding either way passes', () => {
    expect(verdicts('0.125', ['0.13', '0.12', '0.11'])).toEqual([true, true, false]);
  });

  it('GIVEN integers and large numbers THEN whole-number rounding applies', () => {
    expect(verdicts('12345.4', ['12345', '12350', '1.23e4', '12346'])).toEqual([true, true, true, true]);
    expect(verdicts('123.4', ['123', '120', '1e2'])).toEqual([true, false, false]);
  });

  it('GIVEN written numbers THEN decimals and significant digits are read from the text', () => {
    expect(describeWritten('-0.2943'.slice(1))).toEqual({ decimals: 4, significantDigits: 4 });
    expect(describeWritten('0.00120')).toEqual({ decimals: 5, significantDigits: 3 });
    expect(describeWritten('2.5e-1')).toEqual({ decimals: 2, significantDigits: 2 });
    expect(describeWritten('1.23E4')).toEqual({ decimals: -2, significantDigits: 3 });
    expect(describeWritten('.5')).toEqual({ decimals: 1, significantDigits: 1 });
    expect(describeWritten('0.0')).toEqual({ decimals: 1, significantDigits: 0 });
  });

  it('GIVEN isAccepted directly THEN a fraction (no written form) gets the tolerance only', () => {
    expect(isAccepted(0.25, 0.246912, null)).toBe(false);
    expect(isAccepted(0.25, 0.246912, { decimals: 2, significantDigits: 2 })).toBe(true);
  });
});
