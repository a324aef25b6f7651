// A question what handing in late costs that asks nothing of the staff is answered with the sum, though the request
// gate reads the student's own lateness as a request; one that asks to be spared the penalty still goes to the staff.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const NOW = new Date('2030-02-20T12:00:00Z');

describe('GIVEN a course with a late penalty per day', () => {
  const engine = createAnswerEngine(botany());

  it('WHEN a student late with a hand-in asks how much it costs THEN the sum and the rule answer', () => {
    const reply = engine.answer('I handed my report in 2 days late, how many points will I lose?', NOW);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('late-work');
    expect(reply.text).toMatch(/2 days late/i);
  });

  it('WHEN the student also asks to be spared it THEN the staff decide, with the sum beside', () => {
    for (const q of [
      '2 days late on the report, how many points do i lose and can you waive it',
      "I'm one day late with my report, how much will it cost me, can I get an extension",
    ]) {
      const reply = engine.answer(q, NOW);
      expect(reply.kind, q).toBe('redirect');
    }
  });
});
