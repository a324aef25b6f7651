// Which unknown words count as typos of FAQ words, and which are other words that only look alike.
import { describe, expect, it } from 'vitest';
import { isTypo } from '../../src/engine/typo.ts';

describe('GIVEN a word the FAQ does not use and a FAQ word near it', () => {
  it.each([
    ['exma', 'exam'],
    ['penatly', 'penalty'],
    ['lecutres', 'lectures'],
    ['assignmnet', 'assignment'],
    ['submision', 'submission'],
    ['grups', 'groups'],
  ])('WHEN "%s" is compared with "%s" THEN it is a typo', (word, known) => {
    expect(isTypo(word, known)).toBe(true);
  });

  it.each([
    ['calculator', 'calculated'],
    ['calculators', 'calculations'],
    ['resit', 'rest'],
    ['hall', 'half'],
    ['thesis', 'these'],
  ])('WHEN "%s" is compared with "%s" THEN it is another word', (word, known) => {
    expect(isTypo(word, known)).toBe(false);
  });
});
