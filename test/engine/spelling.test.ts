// The speller corrects a question's misspelt words against the course's own vocabulary, and nothing else.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { Speller } from '../../src/engine/spelling.ts';
import { wordVectors } from '../../src/engine/vectors.ts';
import { botany } from './fixtures.ts';

const course = [
  'When is the herbarium assignment due?',
  'Where is the greenhouse?',
  'The practical is on Thursday.',
];

describe('GIVEN a course vocabulary', () => {
  const speller = new Speller(course, wordVectors());

  it.each([
    ['herbarim', 'herbarium'],
    ['asignment', 'assignment'],
    ['assignmnet', 'assignment'],
    ['greenhosue', 'greenhouse'],
    ['thrusday', 'thursday'],
  ])('WHEN "%s" is typed THEN it is read as "%s"', (typo, word) => {
    expect(speller.word(typo)).toBe(word);
  });

  it('WHEN a word is English (it has a vector) or short THEN it is left alone', () => {
    expect(speller.word('lecturers')).toBe('lecturers');
    expect(speller.word('due')).toBe('due');
  });

  it('WHEN the only near course word starts with another letter THEN the word is left alone', () => {
    expect(speller.word('xreenhouse')).toBe('xreenhouse');
  });

  it('WHEN a question names a thing by its order THEN the speller leaves the ordinal alone', () => {
    expect(speller.correct('when is the third assignment due')).toBe('when is the third assignment due');
    expect(speller.correct('the 2nd practical')).toBe('the 2nd practical');
  });

  it('WHEN a whole question is corrected THEN its words come back in order', () => {
    expect(speller.correct('Where is the greenhosue?')).toBe('where is the greenhouse');
  });
});

describe('GIVEN the engine on a course', () => {
  it('WHEN a question is full of typos THEN it still reaches its entry', () => {
    const engine = createAnswerEngine(botany());
    const reply = engine.answer('is the esay individul or in grups', new Date('2026-03-01T12:00:00Z'));
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('essay');
  });
});
