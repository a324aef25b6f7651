// Questions that ask for one named detail (a curve, pass/fail, a rubric, an ISBN, a phone number, a passcode, a link,
// the drop deadline, dropped scores, whether there is a TA, a TA's office hours, rounding, recordings, practice exams,
// solutions, a calculator, a time limit, credits, a programming language, counting toward a programme, a course to
// take next, a later term's offering, the class average), checked
// against the answer that would be given.
import { describe, expect, it } from 'vitest';
import { answersDetail } from '../../src/engine/answer-detail.ts';
import { answersQuestionType } from '../../src/engine/answer-type.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { normalize } from '../../src/engine/text.ts';
import { botany } from './fixtures.ts';

const asked = (q: string) => normalize(q).replace(/\s+/g, ' ');

describe('GIVEN a question that asks for a named detail', () => {
  it.each([
    ['is this class curved', '| A | 93-100 |\n| B | 83-86 |', 'Grades are **not curved**.'],
    ['will there be a curve', 'Exams are 40% of the grade.', 'The scale may move with the class average.'],
    [
      'can i take this course pass/fail',
      'You need a C- or better to take the next course.',
      'The course may be taken pass/fail.',
    ],
    [
      'Is there a rubric for the final project?',
      'The final project is 30% of the grade.',
      'The rubric is on the course page.',
    ],
    [
      'participation rubric',
      'Participation is 10% of the grade.',
      'Participation is graded on preparation and engagement.',
    ],
    ['textbook ISBN', 'We use _Plants of the World_ (3rd edition).', 'ISBN 978-0-12-345678-9.'],
    [
      "what's the instructor's phone number",
      'E-mail the instructor at x@example.edu.',
      'Office phone: (555) 123-4567.',
    ],
    [
      'whats the meeting passcode',
      'Lectures are streamed; the recordings are posted afterwards.',
      'The passcode is in the calendar invite.',
    ],
    ['office hours link', 'Office hours are on Tuesdays at 2 pm.', 'Join at https://meet.example.edu/oh.'],
    ['discord link?', 'The class has a Discord server.', 'The invite is on the course page.'],
    [
      'drop deadline',
      'Your two lowest quiz scores are dropped.',
      'The last day to drop the course is Feb 13.',
    ],
    [
      'when is the last day to withdraw',
      'The final project is presented in week 14.',
      'You may withdraw until week 10.',
    ],
    [
      'does the lowest homework get dropped',
      'Homework is due on Thursdays.',
      'The lowest homework score is dropped.',
    ],
    [
      'ta office hours',
      'Professor Fink holds office hours by appointment.',
      'The TA holds office hours on Fridays.',
    ],
    [
      'Is there a TA for this course?',
      'The instructor is Dr. Lee; e-mail her for private matters.',
      'There is no teaching assistant: the instructor grades everything.',
    ],
    ['do grades get rounded up', '| A | 93-100 |\n| B | 83-86 |', 'Final grades are not rounded.'],
    [
      'are lectures recorded',
      'Lectures are on Tuesdays in room 101.',
      'Lectures are prerecorded and posted weekly.',
    ],
    ['is there a practice midterm', 'The midterm covers weeks 1 to 6.', 'Old exams are on the course page.'],
    [
      'are solutions to the problem sets posted',
      'Problem sets are due on Fridays.',
      'Solutions are posted a week later.',
    ],
    ['calculators allowed?', 'Exams are closed book.', 'A simple calculator is allowed.'],
    ['are the quizzes timed', 'Quizzes are 10% of the grade.', 'Each quiz has a 20-minute time limit.'],
    [
      'How many credits is this course worth?',
      'Office hours are on Tuesdays, 2-3 pm.',
      'The course is worth 4 credits.',
    ],
    [
      'what programming language do we use',
      'Programming Assignments are worth 25% of the grade.',
      'The labs use Python 3 in Jupyter notebooks.',
    ],
    [
      'Does this course count toward the plant science minor?',
      'Your final score is a weighted sum: labs 40%, essay 60%.',
      'It counts toward the plant science minor as an elective.',
    ],
    [
      'does this class satisfy a gen ed',
      'BOT 101 is a 4-credit introduction to plants.',
      'It satisfies the Biological Science general education requirement.',
    ],
    [
      'class average test 1',
      'Test 1 is on February 28 and covers chapters 1 to 4.',
      'The class average on test 1 was 78%.',
    ],
    [
      'What was the average grade last year?',
      'Your final grade is 40% labs and 60% essay.',
      'The syllabus gives no class averages.',
    ],
    [
      'Are quiz answers posted after the quiz closes?',
      'A quiz opens every Monday and closes on Friday.',
      'The correct answers are shown once the quiz closes.',
    ],
    [
      'Is there a follow-up course I could take after this one?',
      'BOT 101 is a 4-credit introduction to plants.',
      'BOT 201, Plant Ecology, builds on this course.',
    ],
    [
      'which botany course should i take after bot 101',
      'You need a C- or better in BOT 100 to take BOT 101.',
      'Most students go on to the advanced seminar.',
    ],
    [
      'Is BOT 102 offered in the spring?',
      'You need a C- or better in BOT 101 to take BOT 102.',
      'BOT 102 is offered every spring.',
    ],
    [
      'who is teaching this course next fall',
      'The lecturer is Ada Fern; the assistant is Ben Moss.',
      'The syllabus does not say who teaches it next semester.',
    ],
  ])(
    'WHEN "%s" meets an answer without it THEN it does not answer; with it, it does',
    (q, without, withIt) => {
      expect(answersDetail(asked(q), without)).toBe(false);
      expect(answersQuestionType(q, without, [])).toBe(false);
      expect(answersDetail(asked(q), withIt)).toBe(true);
    },
  );

  it.each([
    'is there a steep learning curve',
    'can i just share the link to my google doc',
    'every time i click the link it shows an error',
    'my password is not working for the online homework',
    'are the drop-in hours on zoom',
    'can i do drop in hours over zoom',
    'what is the late penalty',
    'if i turn it in late what is it recorded as',
    'can we round up a study group',
    'is there any extra credit',
    'is natural language processing covered in this course',
    'does the field trip count toward my grade',
    'can i take the quiz after it closes',
    'can i take the exam after the deadline',
    'what do we do in the next class',
    'how is my average calculated',
    'how many answers does each quiz question have',
  ])('WHEN "%s" asks for none of them THEN any answer passes', (q) => {
    expect(answersDetail(asked(q), 'Late reports lose 1 point per day.')).toBe(true);
  });
});

describe('GIVEN a question that asks for a phone number', () => {
  it('WHEN the answer speaks of phones in another sense THEN it does not give the detail', () => {
    const q = asked("what is the instructor's phone number");
    expect(answersDetail(q, 'Cell phone use is **not permitted** in the classroom.')).toBe(false);
    expect(answersDetail(q, 'The syllabus gives no phone number: e-mail the instructor.')).toBe(true);
    expect(answersDetail(asked('can i reach the professor by phone'), 'She does not take calls.')).toBe(true);
  });
});

describe('GIVEN the botany course, whose textbook entry gives no ISBN and whose essay entry says how it is graded', () => {
  const at = new Date('2030-02-20T12:00:00Z');

  it('WHEN asked for the textbook ISBN THEN it falls back, pointing to the textbook entry', () => {
    const reply = getAnswerEngine(botany()).answer('what is the isbn of the textbook', at);
    expect(reply.kind).toBe('fallback');
    expect(reply.sources.map((s) => s.id)).toContain('textbook');
  });

  it('WHEN asked for the essay rubric THEN the essay entry answers ("graded on accuracy, sources and clarity")', () => {
    const reply = getAnswerEngine(botany()).answer('is there a rubric for the essay', at);
    expect(reply.kind).toBe('answer');
    expect(reply.sources.map((s) => s.id)).toEqual(['essay']);
  });
});
