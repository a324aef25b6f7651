// Which parts of a long message are tried as a question of their own.
import { describe, expect, it } from 'vitest';
import { focusClauses } from '../../src/engine/long-message.ts';

describe('GIVEN a message', () => {
  it('WHEN it is short THEN no part of it is tried alone', () => {
    expect(focusClauses('when is assignment 2 due?')).toEqual([]);
  });

  it('WHEN the question comes first and an aside after THEN each sentence is a candidate', () => {
    const parts = focusClauses(
      'do we hand in our code or just the report? my code is really messy to be honest',
    );
    expect(parts).toContain('do we hand in our code or just the report?');
    expect(parts).toContain('my code is really messy to be honest');
  });

  it('WHEN context comes first and the question last THEN the last clause is a candidate', () => {
    const parts = focusClauses(
      'I am a part-time student with two kids and a job, how long does each assignment take',
    );
    expect(parts).toContain('how long does each assignment take');
  });

  it('WHEN a clause points back at another course THEN it is not tried alone', () => {
    const parts = focusClauses(
      'my friend takes another course with a similar setup, when is the exam for that course exactly',
    );
    expect(parts).not.toContain('when is the exam for that course exactly');
  });
});
