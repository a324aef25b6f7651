// A late penalty in points is taken off the late hand-in's own score (as the calculator applies it), and every
// sentence that states one says so: "lose 5 points per day late" left students asking whether those were points of
// the assignment or of the final grade.
import { describe, expect, it } from 'vitest';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import { lateCostSentence } from '../../src/grade/late-penalty.ts';
import { lateSentences, latePolicySentence } from '../../src/grade/late-policy.ts';

describe('GIVEN a late penalty in points', () => {
  it.each<[LatePolicy, string]>([
    [
      { policy: 'penalty', per_day: 5, unit: 'points' },
      'Late hand-ins lose 5 points of their score per day late.',
    ],
    [
      { policy: 'late_days', days: 3, per_day_after: 5, unit: 'points' },
      'You have 3 late days for the whole course; after that, late hand-ins lose 5 points of their score per day late.',
    ],
    [
      { policy: 'penalty', steps: [{ up_to_days: 2, lose: 5 }, { lose: 10 }], unit: 'points' },
      'Late hand-ins lose 5 points of their score up to 2 days late and 10 points when more than 2 days late.',
    ],
  ])("WHEN it is %j THEN the sentence says the points are of the hand-in's score", (policy, sentence) => {
    expect(latePolicySentence(policy)).toBe(sentence);
  });

  it("WHEN it is one deadline's own rule THEN the deadline's line says so too", () => {
    const own: LatePolicy = { policy: 'penalty', once: 5, unit: 'points' };
    expect(
      lateSentences([{ title: 'Essay', late: own }, { title: 'Quiz 1' }], { policy: 'not_accepted' }),
    ).toEqual([
      'Essay: Late hand-ins lose 5 points of their score (once, not per day).',
      'Quiz 1: Late hand-ins are not accepted.',
    ]);
  });

  it('WHEN a student asks what 2 days late cost THEN the sum says the points are of the hand-in', () => {
    expect(lateCostSentence({ policy: 'penalty', per_day: 5, unit: 'points' }, 2)).toBe(
      '**2 days late:** a hand-in loses **10 points of its score** (2 days × 5 points).',
    );
  });

  it('WHEN the penalty is a percentage THEN it is said as before: a share of the hand-in', () => {
    expect(latePolicySentence({ policy: 'penalty', per_day: 10, unit: 'percent' })).toBe(
      'Late hand-ins lose 10% per day late.',
    );
  });
});
