// Ordinals read alike in questions and phrasings: a TA's phrasing that says "first" is matched word for word.
import { describe, expect, it } from 'vitest';
import { Featurizer } from '../../src/engine/features.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a FAQ entry whose phrasing says "first"', () => {
  const content = botany();
  const template = content.faq[0];
  if (!template) throw new Error('the botany fixture has no entries');
  content.faq.push({
    ...template,
    id: 'opening-session',
    title: 'The opening session',
    questions: ['when is the first class', 'where do we meet at the start of term'],
    answer: 'The opening session is on Monday 7 September, 10:00, in glasshouse 2.',
    tags: [],
  });
  const engine = createAnswerEngine(content);
  const now = new Date('2026-08-01T12:00:00Z');

  it.each(['when is the first class', 'When is the 1st class?'])(
    'WHEN a student asks "%s" THEN the entry with that phrasing answers',
    (q) => {
      const reply = engine.answer(q, now);
      expect(reply.kind).toBe('answer');
      expect(reply.sources[0]?.id).toBe('opening-session');
    },
  );
});

describe('GIVEN the featurizer', () => {
  const featurizer = new Featurizer([['when is assignment 3 due'], ['the practical']]);

  it('WHEN a text names a thing by its order THEN the ordinal is read as its number', () => {
    expect(featurizer.contentWords('when is the third assignment due')).toEqual(['3', 'assignment', 'due']);
    expect(featurizer.featurize('the 2nd practical').words).toEqual(['2', 'practical']);
  });
});
