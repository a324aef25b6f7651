// A percentage charged once ("late homework gets 80% credit") is said both ways wherever a late rule is stated: the
// rule's sentence (FAQ replies, `deadlines`, the grade calculator's rules), the cost of days late, and `grade --late`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../commands/grade.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import type { LatePolicy } from '../../src/content/grading-schema.ts';
import { loadCourse, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { lateCostSentence } from '../../src/grade/late-penalty.ts';
import { latePolicySentence, lateSentences } from '../../src/grade/late-policy.ts';

const ONCE_20: LatePolicy = { policy: 'penalty', once: 20, unit: 'percent' };

function schedule(yaml: string) {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.value;
}

describe('GIVEN a 20% penalty charged once', () => {
  it('THEN the sentence says the loss and the credit left', () => {
    expect(latePolicySentence(ONCE_20)).toBe('Late hand-ins lose 20% (80% credit; once, not per day).');
  });

  it('WITH grace days, free late hand-ins and a last day THEN the credit is said in the same place', () => {
    expect(
      latePolicySentence({ ...ONCE_20, once: 12.5, grace_days: 1, free_late_submissions: 1, max_days: 5 }),
    ).toBe(
      'You have 1 late hand-in without penalty for the whole course; other late hand-ins may be up to 1 day late without penalty; after that they lose 12.5% (87.5% credit; once, not per day). After 5 days late hand-ins are not accepted.',
    );
  });

  it('IN points THEN no credit is said (points are not a share of the item)', () => {
    expect(latePolicySentence({ policy: 'penalty', once: 20, unit: 'points' })).not.toContain('credit');
    expect(latePolicySentence({ policy: 'penalty', per_day: 20, unit: 'percent' })).not.toContain('credit');
  });

  it('WHEN a student asks what 3 days late costs THEN the sum says the credit too', () => {
    expect(lateCostSentence(ONCE_20, 3, 10)).toBe(
      '**3 days late:** a hand-in loses **20% of its points** (20% once: 80% credit).',
    );
  });

  it('WHEN a deadline has it as its own rule THEN the deadlines reply and `grade --late` say the credit', () => {
    const s = schedule(`course: Statistics
timezone: America/New_York
events:
  - { id: hw1, type: deadline, title: Homework 1, due: "2026-09-07 23:59", late: { policy: penalty, once: 20, unit: percent } }
  - { id: quiz1, type: deadline, title: Quiz 1, due: "2026-09-08 23:59", late: { policy: not_accepted } }
`);
    expect(lateSentences(s.events, undefined)).toEqual([
      'Homework 1: Late hand-ins lose 20% (80% credit; once, not per day).',
      'Quiz 1: Late hand-ins are not accepted.',
    ]);
    const letter = loadCourse(path.join(PROJECT_ROOT, 'test/fixtures/courses/letter/faq'));
    if (!letter.ok) throw new Error('letter fixture');
    const reply = gradeReply(letter.value, { assignments: 'homework=10,10', late: 'hw1=2d' }, s);
    expect(reply.text).toContain(
      '- Late: Homework 1 (`hw1`, 2 days late): −2 points (20% of 10 points once: 80% credit): 10 → 8.',
    );
    expect(reply.text).toContain('- Homework 1: Late hand-ins lose 20% (80% credit; once, not per day).');
  });
});
