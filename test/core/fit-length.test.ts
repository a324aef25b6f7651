// Cutting texts to a length limit at a character boundary.
import { describe, expect, it } from 'vitest';
import { fitLength } from '../../src/core/fit-length.ts';

describe('fitLength', () => {
  it('GIVEN a text within the limit THEN it is unchanged', () => {
    expect(fitLength('abcde', 5)).toBe('abcde');
  });

  it('GIVEN a longer text THEN its start and "…" fill the limit', () => {
    expect(fitLength('abcdefgh', 5)).toBe('abcd…');
  });

  it('GIVEN a letter with a combining accent where the cut falls THEN the letter is left out whole', () => {
    // ("e" and U+0301, two units, one character, at units 3 and 4 of a 5-unit limit)
    expect(fitLength('abce\u0301fgh', 5)).toBe('abc…');
  });
});
