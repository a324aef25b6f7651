// What kind of answer a question asks for, checked against the answer that would be given.
import { describe, expect, it } from 'vitest';
import { answersPrice, answersQuestionType } from '../../src/engine/answer-type.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a question that asks what something costs', () => {
  it.each([
    'how much does the access code cost',
    'what is the price of the textbook',
    'how much will the field trip cost me',
  ])('WHEN the answer names no amount THEN it does not answer "%s"', (q) => {
    expect(answersPrice(q, 'Buy the access code through the bookshop; it includes the e-book.')).toBe(false);
  });

  it.each([
    ['how much does the access code cost', 'The code costs $95 for the term.'],
    ['what is the price of the textbook', 'It is free: the library lends it.'],
    ['how much does it cost to hand in a day late', 'Late work loses 2 points per day.'],
  ])('WHEN the answer names an amount THEN it answers "%s"', (q, answer) => {
    expect(answersPrice(q, answer)).toBe(true);
    expect(answersQuestionType(q, answer, [])).toBe(true);
  });

  it('WHEN the question asks for no price THEN any answer passes the price check', () => {
    expect(answersPrice('what does the course cover', 'Plants and their families.')).toBe(true);
  });

  it('WHEN the course entry on the topic names no price THEN the engine falls back, naming the entry', () => {
    const reply = getAnswerEngine(botany()).answer(
      'how much does the field trip cost',
      new Date('2030-02-20T12:00:00Z'),
    );
    expect(reply.kind).toBe('fallback');
    expect(reply.sources.map((s) => s.id)).toContain('field-trip');
  });
});
