// What handing in some days late costs under each form of late policy, for a question that names no item.
import { describe, expect, it } from 'vitest';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import { lateCostSentence } from '../../src/grade/late-penalty.ts';

describe('GIVEN a late policy and a number of days late', () => {
  it.each<[string, LatePolicy, number, string]>([
    [
      'points per day',
      { policy: 'penalty', per_day: 2, unit: 'points' },
      3,
      '**3 days late:** a hand-in loses **6 points of its score** (3 days × 2 points).',
    ],
    [
      'percent per day',
      { policy: 'penalty', per_day: 10, unit: 'percent' },
      2,
      '**2 days late:** a hand-in loses **20% of its points** (2 days × 10%).',
    ],
    [
      'past the last day accepted',
      { policy: 'penalty', per_day: 10, unit: 'percent', max_days: 3 },
      5,
      '**5 days late:** a hand-in is not accepted after 3 days.',
    ],
    ['not accepted at all', { policy: 'not_accepted' }, 1, '**1 day late:** late hand-ins are not accepted.'],
    [
      'within the grace days',
      { policy: 'penalty', per_day: 2, unit: 'points', grace_days: 1 },
      1,
      '**1 day late:** a hand-in loses nothing (within the 1 day without penalty).',
    ],
  ])('WHEN the policy is %s THEN the sum says so', (_, policy, days, sentence) => {
    expect(lateCostSentence(policy, days, 10)).toBe(sentence);
  });

  it('WHEN the loss reaches what an item is worth THEN it loses all its points', () => {
    expect(lateCostSentence({ policy: 'penalty', per_day: 100, unit: 'points' }, 2, 100)).toContain(
      '**all its points**',
    );
    expect(lateCostSentence({ policy: 'penalty', per_day: 60, unit: 'percent' }, 2)).toContain(
      '**all its points**',
    );
  });

  it('WHEN the policy has a note, or is a budget of late days THEN no sum is given', () => {
    expect(
      lateCostSentence(
        { policy: 'penalty', per_day: 5, unit: 'percent', note: 'The first day costs 15%.' },
        2,
      ),
    ).toBeNull();
    expect(lateCostSentence({ policy: 'late_days', days: 3, unit: 'points' } as LatePolicy, 2)).toBeNull();
  });
});
