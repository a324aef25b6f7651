// Which unknown words count as typos of FAQ words, and which are other words that only look alike.
import { describe, expect, it } from 'vitest';
import { createTypoCorrector, isTypo } from '../../src/engine/typo.ts';

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

describe('GIVEN a corrector over a vocabulary', () => {
  const vocabulary = [
    'book',
    'big',
    'week',
    'paper',
    'part',
    'partial',
    'pass',
    'passmark',
    'pdf',
    'penalty',
  ];
  const corrector = createTypoCorrector(
    [...vocabulary, 'people', 'points', 'practical', 'pytorch', 'papers'],
    new Set(),
  );

  it.each([
    ['boook', 'book'],
    ['bigg', 'big'],
    ['weeek', 'week'],
    ['papr', 'paper'],
  ])('WHEN "%s" is corrected THEN it becomes "%s"', (word, fixed) => {
    expect(corrector.correct(word)).toBe(fixed);
  });

  it('WHEN a word is near nothing THEN it stays uncorrected', () => {
    expect(corrector.correct('zebra')).toBeNull();
  });
});
