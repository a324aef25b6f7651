// A question that names one of the course's people (the course file's staff) goes to the nearest entry whose answer
// names them, though none of its phrasings has the name; a family name that is also a word names nobody unless
// written as a name.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { mentionsPerson, personNamed } from '../../src/engine/people.ts';
import { botany } from './fixtures.ts';

describe('GIVEN the course people Ada Fern, Ben Moss and Li Su', () => {
  const names = ['Ada Fern', 'Ben Moss', 'Li Su'];

  it('WHEN a question has a full name, in any case THEN it names that person', () => {
    expect(personNamed('who is ben moss', names)).toBe('Ben Moss');
    expect(personNamed("what are ADA FERN's office hours", names)).toBe('Ada Fern');
    expect(personNamed('is li su a ta?', names)).toBe('Li Su');
  });

  it('WHEN a question has a family name written as a name, or after a title THEN it names that person', () => {
    expect(personNamed('who is Moss', names)).toBe('Ben Moss');
    expect(personNamed('email of dr fern', names)).toBe('Ada Fern');
  });

  it('WHEN the family name is a plain word, or too short to tell THEN nobody is named', () => {
    expect(personNamed('what is a fern', names)).toBeUndefined();
    expect(personNamed('does moss grow in the shade', names)).toBeUndefined();
    expect(personNamed('who is Su', names)).toBeUndefined();
    expect(mentionsPerson('The lecturer is Ada Fern.', 'Ben Moss')).toBe(false);
  });
});

describe('GIVEN a course whose staff entry names its teaching assistant in its answer only', () => {
  const content = botany();
  const base = content.faq[0];
  if (!base) throw new Error('the botany fixture has no FAQ entry');
  content.faq.push({
    ...base,
    id: 'staff',
    title: 'Teaching staff',
    questions: [
      'who teaches the course',
      'who are the teaching assistants',
      'who is the lecturer',
      'who is the teaching assistant',
      'who are the staff',
    ],
    tags: [],
    answer: 'The lecturer is Ada Fern; the teaching assistant is Ben Moss, who runs the labs.',
  });
  const engine = createAnswerEngine(content, { vectors: false });
  const now = new Date('2026-03-01T12:00:00Z');

  it('WHEN a student asks who the assistant is by name THEN the staff entry answers', () => {
    for (const q of ['who is ben moss', 'who is Moss']) {
      const r = engine.answer(q, now);
      expect(r.kind, q).toBe('answer');
      expect(r.sources[0]?.id, q).toBe('staff');
    }
  });

  it('WHEN the family name is written as a plain word THEN it names nobody, and the staff entry does not answer', () => {
    // ("who is Moss" is answered above; in lower case "moss" may be the plant)
    const r = engine.answer('who is moss', now);
    expect(r.kind).toBe('fallback');
  });
});
