// A detail that an entry's answer gives but none of its phrasings asks is answered with a quote of that answer, when
// the quote is confident and its entry is one of the nearest the classifier found.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { faqAnswerPassages } from '../../src/engine/faq-quotes.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a course whose field-trip answer says the trip is in week 5, which no phrasing asks', () => {
  const engine = createAnswerEngine(botany());
  const now = new Date('2026-03-01T12:00:00Z');

  it('WHEN a student asks whether the trip is in week 5 THEN the answer is quoted from that entry', () => {
    const r = engine.answer('is the trip in week 5', now);
    expect(r.kind).toBe('answer');
    expect(r.sources[0]?.id).toBe('field-trip');
    expect(r.text).toMatch(/^From the FAQ, The field trip:/);
    expect(r.text).toContain('> There is one **field trip** to the botanical garden in week 5.');
  });

  it('WHEN the question ends a longer message THEN the sentence that asks it gets the quote', () => {
    const r = engine.answer(
      'The excursion sounds fun but my schedule is packed with other courses this term. Is the trip in week 5?',
      now,
    );
    expect(r.kind).toBe('answer');
    expect(r.sources[0]?.id).toBe('field-trip');
    expect(r.text).toMatch(/^From the FAQ, The field trip:/);
  });

  it('WHEN a question no answer says is asked THEN it still falls back', () => {
    expect(engine.answer('what is the capital of france', now).kind).toBe('fallback');
    expect(engine.answer('how much is the field trip worth', now).kind).toBe('fallback');
  });

  it('WHEN the answers are made passages THEN each is one passage named by its entry, titled by it', () => {
    const passages = faqAnswerPassages(botany().faq);
    expect(passages.map((p) => p.id)).toEqual([
      'faq:field-trip',
      'faq:late-work',
      'faq:labs',
      'faq:essay',
      'faq:textbook',
      'faq:contact',
    ]);
    expect(passages[2]).toMatchObject({ document: 'FAQ', section: 'The weekly labs', format: 'markdown' });
    expect(passages[2]?.text).toContain('Each lab lasts **two hours**');
  });
});
