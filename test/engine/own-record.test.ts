// Questions for the student's own grade or score: no content holds it, so they go to the staff.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { ownRecord } from '../../src/engine/own-record.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a question about a grade', () => {
  it.each([
    "what's my current grade",
    'whats my grade rn',
    'my memo grade?',
    'What is my current attendance percentage?',
    'can u tell me what i got on midterm 2',
    'what grade did i get for assignment 1? cant find it anywhere',
    'did i pass milestone 1?',
    'is my final grade in yet? i need it for an application',
    'hey can u tell me what my current grade in the class is',
    'i want to know what my midterm score was',
    'Could you tell me my exam score?',
    'Can you tell me what grade I got on the exam?',
  ])('WHEN "%s" asks for the student\'s own record THEN it is one', (q) => {
    expect(ownRecord(q)).toBe('grade');
  });

  it.each([
    'how is my final grade calculated',
    'what is my final grade based on',
    'what is my grade going to depend on',
    'what is my grade if i get 80 on the final',
    'What would my final grade be with a 7 and an 8?',
    'How much is the exam worth toward my final grade?',
    'I got 18 points over the assignments, did I pass them?',
    'I want to know what my final grade will depend on',
    'can you tell me what my grade is based on',
    'how do i find out what my grade is',
    'can you tell me my grade if i skip the final',
    'can you tell me what grade i need on the exam',
  ])('WHEN "%s" asks how grades are made THEN it is not', (q) => {
    expect(ownRecord(q)).toBeNull();
  });
});

describe('GIVEN a question about a hand-in or late days', () => {
  it.each([
    'can someone check if my hw6 actually uploaded on canvas',
    'can u check if my lab 6 upload actually went through on moodle',
    'did my essay get submitted',
    'Did Dr. Salter receive my accessibility letter?',
    'How many late days do I have left?',
  ])('WHEN "%s" asks what the course holds of the student\'s work THEN it is their record', (q) => {
    expect(ownRecord(q)).toBe('private');
  });

  it.each([
    'how do i check that my submission went through',
    'how many days do i have left for assignment 2',
    'how many late days are there',
    'My partner used all of their late days, but I still have 5 left. Can we use mine?',
  ])('WHEN "%s" asks how things work THEN it is not', (q) => {
    expect(ownRecord(q)).toBeNull();
  });
});

describe('GIVEN the botany course, whose essay entry says how the essay is graded', () => {
  const engine = createAnswerEngine(botany());
  const now = new Date('2030-02-20T12:00:00Z');

  it('WHEN a student asks for their own essay grade THEN it is a request about a grade, not the essay entry', () => {
    expect(engine.answer('how is the essay graded', now).sources[0]?.id).toBe('essay');
    const reply = engine.answer('what is my essay grade', now);
    expect(reply.kind).toBe('redirect');
    expect(reply.sources).toEqual([]);
  });
  it('WHEN a student asks whether their essay arrived THEN it goes to the staff, not to the essay entry', () => {
    expect(engine.answer('did you get my essay', now).kind).toBe('redirect');
    expect(engine.answer('can u check if my essay actually uploaded', now).kind).toBe('redirect');
  });
});
