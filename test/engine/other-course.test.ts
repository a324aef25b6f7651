// A question about another course, named by its code, is not answered by an entry of this course that never names it.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { courseNamedByWordsCheck, courseNamedCheck } from '../../src/engine/other-course.ts';
import { botany } from './fixtures.ts';

const prerequisites = 'You need **BIO 100** (or an equivalent course) with a C or better to take BOT101.';

describe('GIVEN a question that names a course by its code', () => {
  it.each([
    ['is bio 250 offered in the spring', prerequisites],
    ['should i take chem 530 or chem 550 next term', prerequisites],
    ['who teaches bio-2500', prerequisites],
  ])('WHEN "%s" meets an answer that never names it THEN it does not answer', (q, answer) => {
    expect(courseNamedCheck('BOT101')(q, answer)).toBe(false);
  });

  it.each([
    ['do i need bio 100 first', prerequisites],
    ['is bio 100 required.', `${prerequisites}.`],
    // this course's own code, also one of several ("<subject> 101/501")
    ['how many credits is bot 101', 'The course is worth 4 credits.'],
    ['is bot 501 harder', 'Graduate students write a longer essay.'],
  ])('WHEN "%s" meets "%s" THEN it is not refused for the course it names', (q, answer) => {
    expect(courseNamedCheck('BOT 101/501')(q, answer)).toBe(true);
  });

  it('WHEN the course file gives no number of its own THEN no code can be told from its own, and none is refused', () => {
    expect(
      courseNamedCheck('Introduction to Botany')('is bio 250 offered in the spring', prerequisites),
    ).toBe(true);
    expect(courseNamedCheck('BOT 101 Botany')('is bio 250 offered in the spring', prerequisites)).toBe(false);
  });

  it.each([
    'is the exam in room 120',
    'which chapter 101 pages',
    'best laptop under 800',
    'was it like this in fall 2025',
    'mine is from 2016',
    'is the final on march 2026',
  ])('WHEN "%s" names a number that is no course THEN it is left to the other checks', (q) => {
    expect(courseNamedCheck('BOT101')(q, 'The course is worth 4 credits.')).toBe(true);
  });
});

describe('GIVEN a course whose entry on taking it names the course before it', () => {
  const base = botany();
  const content = {
    ...base,
    faq: [
      ...base.faq,
      {
        ...base.faq[0]!,
        id: 'prerequisites',
        title: 'Prerequisites',
        questions: [
          'what are the prerequisites',
          'what do i need before taking this course',
          'which course do i need to take first',
          'is there a prerequisite course',
          'what grade do i need in the prerequisite',
          'can i take this course without the prerequisite',
        ],
        tags: [],
        answer: prerequisites,
      },
    ],
  };
  const engine = createAnswerEngine(content, { vectors: false });
  const now = new Date('2026-09-01T12:00:00Z');

  it('WHEN a question asks about another course THEN the entry does not answer for it', () => {
    expect(engine.answer('is bio 250 a prerequisite course too', now).kind).toBe('fallback');
  });

  it('WHEN a question names the course the entry names THEN the entry answers', () => {
    const reply = engine.answer('what grade do i need in bio 100 as a prerequisite', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('BIO 100');
  });
});

describe('GIVEN a question about "the <name> course"', () => {
  const check = courseNamedByWordsCheck('BOT101 Introduction to Botany');
  const trip = 'There is one field trip, to the botanical garden in week 5.';

  it.each([
    'who teaches the zoology course',
    'does the plant ecology course have a field trip',
    'does the nlp course also have a field trip',
  ])('WHEN "%s" names another course and the answer never does THEN it does not answer', (q) => {
    expect(check(q, trip)).toBe(false);
  });

  it.each([
    'does the botany course have a field trip',
    'does the bot101 course have a field trip',
    // (a short form of its name, and words that describe a course rather than name it)
    'is there a field trip in the intro botany course',
    'does the whole course have one field trip',
    // ("course" before a noun describes it: the grade of this course)
    'how much is the field trip worth toward the overall course grade',
  ])('WHEN "%s" names this course THEN the answer may answer', (q) => {
    expect(check(q, trip)).toBe(true);
  });

  it("WHEN a question names the course by its name's initials THEN that is this course", () => {
    const dl = courseNamedByWordsCheck('Deep Learning');
    expect(dl('who teaches the dl course', 'The lecturers are Ana and Ben.')).toBe(true);
    expect(dl('who teaches the nlp course', 'The lecturers are Ana and Ben.')).toBe(false);
  });

  it('WHEN the answer, or the entry it belongs to, names the course asked about THEN it may answer', () => {
    expect(
      check('how do i join the tophat course', 'Join **Top Hat** with the code on the course page.'),
    ).toBe(true);
    expect(
      check('how do i join the tophat course', 'Join with the code on the course page.', ['Tophat']),
    ).toBe(true);
  });

  it('WHEN the botany course is asked about the zoology course THEN its field-trip entry does not answer', () => {
    const engine = createAnswerEngine(botany());
    const now = new Date('2030-02-20T12:00:00Z');
    expect(engine.answer('is there a field trip in the botany course', now).kind).toBe('answer');
    expect(engine.answer('is there a field trip in the zoology course', now).kind).toBe('fallback');
  });
});
