// An entry that says the course's information does not give something ("The syllabus does not list office hours")
// does not answer a question about just that: the reply is a fallback quoting the entry's own sentence.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { answersQuestionType } from '../../src/engine/answer-type.ts';
import { unsaidParts, unstatedSentence, withoutUnsaid } from '../../src/engine/unstated.ts';
import { botany } from './fixtures.ts';

const EXAM =
  'The final exam is worth **25%** of the final grade. The syllabus does not give its room, nor say whether it is ' +
  'cumulative; the instructor announces this in class.';

describe('GIVEN an answer that says what the syllabus does not give', () => {
  it('WHEN the question asks just that THEN the sentence that says so is found', () => {
    expect(unstatedSentence('is the final cumulative', EXAM, 'The final exam')).toBe(
      'The syllabus does not give its room, nor say whether it is cumulative; the instructor announces this in class.',
    );
    expect(unstatedSentence('Recordings?', 'Lectures are on Mondays. Recordings are not mentioned.')).toBe(
      'Recordings are not mentioned.',
    );
  });

  it('WHEN it is said as "says nothing more on", "does not spell out", "is not in the syllabus" or "no X is named" THEN each is found', () => {
    const exams = 'The exams are open book. The syllabus says nothing more on notes or formula sheets: ask.';
    expect(unstatedSentence('do we get a formula sheet', exams, 'Exam format')).toBe(
      'The syllabus says nothing more on notes or formula sheets: ask.',
    );
    const rules = 'Homework is individual. The syllabus does not spell out the collaboration rules.';
    expect(unstatedSentence('what are the collaboration rules', rules, 'Homework')).toBe(
      'The syllabus does not spell out the collaboration rules.',
    );
    const link = 'Class meets on Mondays. The video link is not in the syllabus; check the course site.';
    expect(unstatedSentence('video link?', link, 'Class meetings')).toBe(
      'The video link is not in the syllabus; check the course site.',
    );
    const staff = 'Sam Lee teaches the course; no teaching assistant is named.';
    expect(unstatedSentence('who is the TA', staff, 'Instructor')).toBe(staff);
  });

  it('WHEN "no X is given" or "no X is listed" states a fact THEN it is not read as left open', () => {
    const late = 'Work is due on Fridays. No extensions are given after the deadline.';
    expect(unstatedSentence('are extensions given', late, 'Deadlines')).toBeNull();
    const calendar = 'Lectures are on Mondays. No lecture is listed on Monday, October 10.';
    expect(unstatedSentence('lecture october 10', calendar, 'Lectures')).toBeNull();
  });

  it('WHEN the title names what is not given THEN it still falls back, and "TA" is "teaching assistant"', () => {
    const staff = 'Prof. Lee teaches the course. The syllabus does not name any teaching assistants.';
    expect(unstatedSentence('who is the TA', staff, 'Instructor and TAs')).toBe(
      'The syllabus does not name any teaching assistants.',
    );
    expect(unstatedSentence('who teaches the course', staff, 'Instructor and TAs')).toBeNull();
  });

  it('WHEN the question names the course by its code THEN the code is not a subject the answer gives', () => {
    const prereq =
      'The syllabus does not list prerequisites. It describes BIO 4100 as an introductory course in field methods.';
    const code = new Set(['bio', '4100']);
    expect(
      unstatedSentence('What are the prerequisites for BIO 4100?', prereq, 'Prerequisites', false, code),
    ).toBe('The syllabus does not list prerequisites.');
    // (without the course's code, "bio 4100" is among what the answer says, so it answers)
    expect(unstatedSentence('What are the prerequisites for BIO 4100?', prereq, 'Prerequisites')).toBeNull();
  });

  it('WHEN the question asks what the answer does give THEN it answers', () => {
    expect(unstatedSentence('how much is the final worth', EXAM, 'The final exam')).toBeNull();
    expect(unstatedSentence('when is the final', EXAM, 'The final exam')).toBeNull();
    expect(
      unstatedSentence(
        'is attendance mandatory',
        'Attendance counts for 5%. The syllabus does not say how attendance is taken.',
        'Attendance',
      ),
    ).toBeNull();
  });

  it("WHEN the entry's own phrasing asks more than what is not given THEN it answers; asking only that, it falls back", () => {
    const late =
      "Hand everything in on time; extensions need a dean's letter. The syllabus does not state a late penalty or " +
      'late days.';
    expect(unstatedSentence('whats the late policy', late, 'Extensions', true)).toBeNull();
    // (the same words from a student, not written as the entry's phrasing, ask about the penalty not given)
    expect(unstatedSentence('whats the late policy', late, 'Extensions')).toBe(
      'The syllabus does not state a late penalty or late days.',
    );
    expect(unstatedSentence('is the final cumulative', EXAM, 'The final exam', true)).not.toBeNull();
  });

  it('WHEN the question asks for days or times and the answer gives weekdays or clock times THEN it answers', () => {
    const meets =
      'Class meets on **Tuesdays and Thursdays**, 9:30 am, in Hall 2. The syllabus does not give the end time of ' +
      'class or the first and last day of classes.';
    expect(unstatedSentence('what days does the class meet', meets, 'When class meets', true)).toBeNull();
    expect(unstatedSentence('what time is class', meets, 'When class meets')).toBeNull();
    // (what is not given is still not given)
    expect(unstatedSentence('when does class end', meets, 'When class meets')).toContain('end time');
    expect(
      unstatedSentence(
        'what days does the class meet',
        'The syllabus does not give the days class meets.',
        'Class',
      ),
    ).not.toBeNull();
  });

  it('WHEN the question asks for the grading scale and the answer gives letters with their numbers THEN it answers', () => {
    const letters =
      'A 93-100, A- 90-92.99, B+ 87-89.99, B 83-86.99. The syllabus does not list the grades below B or mention a curve.';
    expect(unstatedSentence('grading scale', letters, 'Letter grade cut-offs')).toBeNull();
    expect(unstatedSentence('what is the grade scale', letters, 'Letter grades')).toBeNull();
    // (a letter the scale leaves out is still not given)
    expect(unstatedSentence('cutoff for a C', letters, 'Letter grade cut-offs')).toContain('below B');
    expect(
      unstatedSentence('grading scale', 'The syllabus does not give the grading scale.', 'Letter grades'),
    ).not.toBeNull();
  });

  it('WHEN the question asks what score a letter takes and the answer gives its letters with numbers THEN it answers', () => {
    const letters =
      'A 93-100, A- 90-92, B+ 87-89, B 83-86. The syllabus does not say how a score between two bands is rounded.';
    expect(unstatedSentence('what score counts as an A-minus', letters, 'Letter grade cut-offs')).toBeNull();
    // (without letters and their numbers, the score is named only as what is not given)
    const noScale = 'Grades are letters. The syllabus does not say how a score between two bands is rounded.';
    expect(unstatedSentence('what score counts as an A-minus', noScale, 'Letter grade cut-offs')).toContain(
      'rounded',
    );
  });

  it('WHEN the question names the class or course as a whole THEN that is not what it asks about', () => {
    const scale = 'A from 93%, B from 83%, C from 73%. The syllabus does not mention a curve.';
    expect(unstatedSentence('is the class curved', scale, 'Letter grade scale', true)).toBe(
      'The syllabus does not mention a curve.',
    );
    expect(unstatedSentence('is this course curved', scale, 'Letter grade scale')).toBe(
      'The syllabus does not mention a curve.',
    );
  });

  it('WHEN the answer says nothing is missing THEN it answers', () => {
    expect(
      unstatedSentence('is the final cumulative', 'The final is cumulative.', 'The final exam'),
    ).toBeNull();
    // ("the course has no final" states a fact: not something the syllabus leaves out)
    expect(unstatedSentence('is there a final', 'The course has no final exam.', 'Exams')).toBeNull();
    expect(unstatedSentence('who is the TA', 'The syllabus lists no teaching assistants.')).toBe(
      'The syllabus lists no teaching assistants.',
    );
    // (docs/adopting.md: say it of the course to state a fact)
    expect(unstatedSentence('are there exams', 'The course has no exams.', 'Exams')).toBeNull();
    expect(unstatedSentence('are there exams', 'The syllabus lists no exams.', 'Exams')).toBe(
      'The syllabus lists no exams.',
    );
  });
});

describe('GIVEN a course whose entry says the syllabus does not give something', () => {
  const content = botany();
  const faq = content.faq.map((e) =>
    e.id === 'labs'
      ? {
          ...e,
          answer:
            'Each lab lasts **two hours**, in the greenhouse, every Wednesday. The syllabus does not say whether ' +
            'lab coats are provided.',
        }
      : e,
  );
  const engine = createAnswerEngine({ ...content, faq });
  const now = new Date('2030-01-10T12:00:00Z');

  it('WHEN a student asks about that THEN the reply is a fallback giving the whole entry, with its source', () => {
    const reply = engine.answer('are lab coats provided', now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(
      /^Each lab lasts \*\*two hours\*\*, in the greenhouse, every Wednesday\. The syllabus does not say whether lab coats are provided\.\n\n/,
    );
    expect(reply.sources.map((s) => s.id)).toEqual(['labs']);
  });

  it('WHEN a long message names what the answer gives, then asks what it does not THEN it is a fallback', () => {
    // ("two hours" and "Wednesday" are given, but only as context: the question is the last sentence)
    const q =
      'I know each lab takes two hours on Wednesday and I want to be ready for the first one. Are lab coats provided?';
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain('The syllabus does not say whether lab coats are provided.');
    // (one of its questions that the entry does answer keeps it an answer)
    const both =
      'I want to be ready for the first lab this week. How long does each lab last? Are lab coats provided?';
    expect(engine.answer(both, now).kind).toBe('answer');
  });

  it("WHEN the question is one of the entry's phrasings word for word THEN the whole entry is given too", () => {
    // ("do i need a lab coat" is a phrasing of the labs entry; "need" frames it, "lab coat" is what it asks)
    const reply = engine.answer('do i need a lab coat', now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain('Each lab lasts **two hours**');
  });

  it('WHEN it matches but gives no answer of the kind asked, and says so THEN the whole entry is the fallback', () => {
    // ("who" asks for a person, and the labs entry names none: the answer-type check rejects it, and its answer says
    // the syllabus does not say who runs them)
    const faqWho = faq.map((e) =>
      e.id === 'labs'
        ? {
            ...e,
            answer: `${e.answer} The syllabus does not say who runs the labs.`,
            questions: [...e.questions, 'who runs the labs'],
          }
        : e,
    );
    const reply = createAnswerEngine({ ...content, faq: faqWho }).answer('who runs the labs', now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(
      /^Each lab lasts \*\*two hours\*\*.*The syllabus does not say who runs the labs\.\n\n/s,
    );
    expect(reply.sources.map((s) => s.id)).toEqual(['labs']);
  });

  it('WHEN the kind asked is named only as not given THEN the whole entry is the fallback', () => {
    // ("room" is in the answer only where it says the room is not given, so no place answers "which room"; the
    // question also asks about Wednesday, which the answer does give)
    const faqRoom = faq.map((e) =>
      e.id === 'labs'
        ? {
            ...e,
            answer: 'Each lab lasts **two hours**, every Wednesday. The syllabus does not give the lab room.',
            questions: [...e.questions, 'which room is the lab in'],
          }
        : e,
    );
    const reply = createAnswerEngine({ ...content, faq: faqRoom }).answer(
      'which room is the wednesday lab in',
      now,
    );
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(/^Each lab lasts \*\*two hours\*\*.*does not give the lab room\.\n\n/s);
    expect(reply.sources.map((s) => s.id)).toEqual(['labs']);
  });

  it('WHEN the question names the course by its code, which the answer also names THEN it still falls back', () => {
    const faqCode = faq.map((e) =>
      e.id === 'labs'
        ? {
            ...e,
            answer:
              'BOT101 labs last **two hours**, in the greenhouse. The syllabus does not say whether lab coats are provided.',
          }
        : e,
    );
    const reply = createAnswerEngine({ ...content, faq: faqCode }).answer(
      'are lab coats provided in BOT101',
      now,
    );
    expect(reply.kind).toBe('fallback');
    expect(reply.sources.map((s) => s.id)).toEqual(['labs']);
  });

  it('WHEN a student asks what the entry gives THEN it answers', () => {
    const reply = engine.answer('how long is a lab session', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Each lab lasts **two hours**');
  });
});

describe('GIVEN an answer with an aside in brackets that says what is not given', () => {
  const answer =
    'There are **4 online quizzes**, each open for 48 hours (the syllabus does not give the times). Late ones lose 50%.';

  it('WHEN the answer is read without what it does not give THEN the rest of the sentence stays', () => {
    expect(withoutUnsaid(answer)).toContain('There are 4 online quizzes, each open for 48 hours');
    expect(withoutUnsaid(answer)).not.toContain('does not give');
    expect(unsaidParts(answer).map((p) => p.trim())).toEqual(['the times']);
  });

  it('WHEN it is asked how many quizzes there are THEN it answers', () => {
    expect(answersQuestionType('how many online quizzes are there', answer, [])).toBe(true);
  });
});
