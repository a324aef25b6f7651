// The suffix stripper: word forms a student and the FAQ may use meet at one stem.
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/engine/stem.ts';

describe('GIVEN word forms of one word', () => {
  it.each([
    ['grading', 'graded', 'grades'],
    ['starred', 'stars', 'star'],
    ['distribution', 'distributed', 'distribute'],
    ['calculation', 'calculated', 'calculate'],
    ['discussion', 'discussed', 'discuss'],
  ])('WHEN "%s", "%s" and "%s" are stemmed THEN they meet', (a, b, c) => {
    expect(stem(a)).toBe(stem(b));
    expect(stem(b)).toBe(stem(c));
  });

  it('WHEN a word is short or has digits THEN it is left alone', () => {
    expect(stem('ids')).toBe('ids');
    expect(stem('a4s')).toBe('a4s');
  });

  it('WHEN different words share a start THEN they stay apart', () => {
    expect(stem('exam')).not.toBe(stem('example'));
    expect(stem('practical')).not.toBe(stem('practice'));
  });
});
