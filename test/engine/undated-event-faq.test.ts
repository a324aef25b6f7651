// A "when" question about an event without a date yet ("tba") is answered by a FAQ entry that answers it and says
// what it asks about ("Homework is due every Thursday"): that says more than "date not yet announced". An entry that
// names no day comes after the schedule's word that the date is not yet announced.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botanyWithEvents } from './fixtures.ts';

const during = new Date('2030-02-10T12:00:00Z');

function withNotebook(answer: string) {
  const content = botanyWithEvents(
    '  - id: notebook\n    type: deadline\n    title: Field notebook\n    tba: weekly, after each lab\n',
  );
  const notebook = {
    ...content.faq[0],
    id: 'notebook',
    title: 'Field notebook',
    questions: [
      'when is the field notebook due',
      'how often do we hand in the field notebook',
      'what goes in the field notebook',
    ],
    tags: [],
    answer,
  };
  return createAnswerEngine({ ...content, faq: [...content.faq, notebook] as typeof content.faq });
}

describe('GIVEN a deadline without a date yet and a FAQ entry on it', () => {
  it('WHEN its day is asked THEN the entry that says it answers, not "not yet announced"', () => {
    const reply = withNotebook(
      'The field notebook is handed in every Friday, at the start of the lab.',
    ).answer('when is the field notebook due', during);
    expect(reply.sources[0]?.id).toBe('notebook');
    expect(reply.text).toContain('every Friday');
    expect(reply.text).not.toMatch(/not yet announced/);
  });

  it('WHEN the entry answers but names no day THEN the schedule says first that the date is not yet announced', () => {
    const reply = withNotebook(
      'The field notebook is handed in on paper, and kept over several days of observation.',
    ).answer('when is the field notebook due', during);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('notebook');
    expect(reply.text).toMatch(
      /^Deadline[^\n]*:\n- \*\*Field notebook\*\*: due date not yet announced \(weekly, after each lab\)\n[\s\S]*\n\nThe field notebook is handed in on paper/,
    );
  });

  it('WHEN the entry does not say what is asked about THEN the schedule says it is not dated yet', () => {
    const reply = withNotebook(
      'Keep your observations with sketches and dates; it is marked pass or fail.',
    ).answer('field notebook due date?', during);
    expect(reply.sources[0]?.id).toBe('schedule:notebook');
    expect(reply.text).toMatch(/not yet announced/);
  });
});
