// "Who are the TAs" and "who teaches the course" are answered from the people the course file lists under `staff`,
// when no FAQ entry answers, on the made-up botany course (test/fixtures/courses/botany: lecturer Ada Fern, TA Ben
// Moss; no FAQ entry on its staff).
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { staffRoleAsked } from '../../src/engine/staff-questions.ts';
import { botany } from './fixtures.ts';

const now = new Date('2030-02-01T12:00:00Z');
const engine = createAnswerEngine(botany());

describe('GIVEN a course file that lists its lecturer and its TA', () => {
  it.each([
    'who are the TAs',
    'what r the tas names',
    'who is the teaching assistant for BOT101?',
    'the TAs?', // (a role's name alone asks who they are too)
  ])('WHEN "%s" is asked THEN the TA is named, from the course file', (q) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toBe('The teaching assistant is **Ben Moss**.');
    expect(reply.sources.map((s) => s.id)).toEqual(['course:staff']);
  });

  it.each(['who teaches this course', 'who is the professor', "what's the instructor's name"])(
    'WHEN "%s" is asked THEN the lecturer is named',
    (q) => {
      expect(engine.answer(q, now).text).toBe('The course is taught by **Ada Fern**.');
    },
  );

  it.each([
    'who grades the lab reports',
    'who is the TA for the field trip',
    'who do i ask about the TA and the professor',
    'is the TA nice',
  ])('WHEN "%s" asks something more than who they are THEN the course file does not answer it', (q) => {
    expect(staffRoleAsked(q, botany())).toBeNull();
  });
});

describe('GIVEN a course file that lists no TA', () => {
  it('WHEN who the TAs are is asked THEN the course file does not answer it', () => {
    const content = botany();
    if (content.course.staff) content.course.staff.teaching_assistants = [];
    expect(staffRoleAsked('who are the TAs', content)).toBeNull();
  });
});
