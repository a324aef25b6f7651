// A deadline without a date yet whose note says the weekday it recurs on ("due on Fridays, a week after it is
// posted") answers when it is due; without a weekday, or when a date is asked for, the reply that the date is not
// yet announced is a fallback.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botanyWithEvents } from './fixtures.ts';

const during = new Date('2030-02-10T12:00:00Z');

function withSketches(note: string) {
  const content = botanyWithEvents(
    `  - id: sketches\n    type: deadline\n    title: Weekly sketches\n    aliases: [sketch]\n    tba: "${note}"\n`,
  );
  return createAnswerEngine(content, { vectors: false });
}

describe('GIVEN a weekly deadline without a date yet', () => {
  it('WHEN its note names the weekday it recurs on THEN "when is it due" is answered', () => {
    const reply = withSketches('due on Fridays, a week after each is posted').answer(
      'when are the weekly sketches due',
      during,
    );
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('due on Fridays');
  });

  it('WHEN its note names no weekday, or a date is asked THEN the reply is a fallback', () => {
    expect(withSketches('announced in class').answer('when are the weekly sketches due', during).kind).toBe(
      'fallback',
    );
    const dated = withSketches('due on Fridays, a week after each is posted').answer(
      'what is the exact due date of the weekly sketches',
      during,
    );
    expect(dated.kind).toBe('fallback');
  });
});
