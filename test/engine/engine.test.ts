// The answer engine's three kinds of reply, deadlines with a fixed clock, "See also", and hostile input.
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { MAX_QUESTION_LENGTH } from '../../src/core/question-limit.ts';
import { testContent } from './fixtures.ts';

const content = testContent();
const engine = getAnswerEngine(content);
// 2030-03-04 12:00 UTC; assignment 2 is due 2030-03-06 23:59 in Amsterdam (CET, UTC+1) = 22:59 UTC.
const now = new Date('2030-03-04T12:00:00Z');

describe('GIVEN the course FAQ', () => {
  it('WHEN the same Content object is passed twice THEN the same engine (and index) is reused', () => {
    expect(getAnswerEngine(content)).toBe(engine);
    expect(getAnswerEngine(testContent())).not.toBe(engine);
  });

  it('WHEN a student asks informally THEN the matching entry answers, with its id, title and a score', () => {
    const reply = engine.answer('whats the late penalty', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/2 points per day/);
    expect(reply.sources[0]).toMatchObject({ id: 'late-penalty', title: 'The penalty for handing in late' });
    expect(reply.sources[0]?.score).toBeGreaterThan(0);
    expect(reply.sources[0]?.score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['can i bring notes to the exam', 'exam-cheat-sheet'],
    ['can i bring a cheat-sheet to the exma', 'exam-cheat-sheet'],
    ['whats the late penatly', 'late-penalty'],
    ['are the practicls on thursday', 'practicals'],
    ['who are the teching assistants', 'staff'],
  ])('WHEN the question has typos or informal words ("%s") THEN %s still answers', (q, id) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe(id);
  });

  it('WHEN an off-topic question shares a course word ("deadline") THEN it is a fallback, not a guess', () => {
    const reply = engine.answer('what is the deadline for registering for the bachelor thesis', now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(/don't know/i);
    expect(reply.text).toMatch(/discussion board/i);
  });

  it('WHEN a fallback question is near some entries THEN their titles are offered; when far, none are', () => {
    const near = engine.answer('can i bring a calculator to the exam', now);
    expect(near.kind).toBe('fallback');
    expect(near.sources.length).toBeGreaterThan(0);
    for (const s of near.sources) expect(near.text).toContain(s.title);
    const far = engine.answer('how do i install windows on my laptop', now);
    expect(far.kind).toBe('fallback');
    expect(far.sources).toEqual([]);
    expect(far.text).not.toMatch(/closest/);
  });

  it('WHEN two entries answer almost equally well THEN the second is mentioned as "See also"', () => {
    const reply = engine.answer('how do we hand in the assignments', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources).toHaveLength(2);
    expect(reply.text).toContain(`See also: **${reply.sources[1]?.title}**`);
  });

  it('WHEN two entries answer the question about equally well THEN both answers are given in full', () => {
    const reply = engine.answer('what kind of questions are on the exam', now);
    const [first, second] = reply.sources.map((s) => content.faq.find((e) => e.id === s.id));
    expect(reply.kind).toBe('answer');
    expect(first && second).toBeTruthy();
    expect(reply.text).toContain(first?.answer.trim());
    expect(reply.text).toContain(`**${second?.title}**\n\n${second?.answer.trim()}`);
    expect(reply.text).not.toMatch(/See also/);
  });

  it('WHEN one entry clearly wins THEN there is no "See also"', () => {
    const reply = engine.answer('are starred questions bonus questions', now);
    expect(reply.sources).toHaveLength(1);
    expect(reply.text).not.toMatch(/See also/);
  });
});

describe('GIVEN a private or administrative request', () => {
  it.each([
    ['can i get an extension for assignment 3', 'Extension request'],
    ['i was ill last week and missed the practical', 'Personal circumstances'],
    ['i want a regrade of my exam', 'Question about my grade'],
    ['can i message my ta on canvas', 'Question for the course staff'],
    ['i need to talk to the coordinator privately', 'Private question'],
  ])('WHEN asked "%s" THEN it is sent to e-mail with the subject "%s"', (q, subject) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('redirect');
    const mailto = `mailto:${content.course.contacts.email}?subject=${encodeURIComponent(`[DL] ${subject}`)}`;
    expect(reply.text).toContain(mailto);
    expect(reply.text).toMatch(/Include:/);
    expect(reply.text).toMatch(/Canvas messages[^.]*not answered/);
    expect(reply.text).toMatch(/discussion board/i);
  });

  it('WHEN the question is a general one about late work THEN it is answered, not redirected', () => {
    expect(engine.answer('what happens if i hand in late', now).kind).toBe('answer');
  });

  it.each([
    ['what is the extension of the template file', false],
    ['where can i see my exam result', false],
    ['does the deadline get extended if canvas is down', true],
    ['can you look at my grade again', true],
  ])('WHEN asked "%s" THEN redirect is %s (the words alone do not decide)', (q, redirected) => {
    expect(engine.answer(q, now).kind === 'redirect').toBe(redirected);
  });
});

describe('GIVEN deadline questions and a fixed clock', () => {
  it('WHEN asked when assignment 2 is due THEN the due time is given in the course zone with the time left', () => {
    const reply = engine.answer('when is assignment 2 due', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('schedule:a2');
    expect(reply.text).toMatch(/Wed 6 Mar 2030, 23:59 CET/);
    // 2030-03-04 12:00 UTC -> 2030-03-06 22:59 UTC = 2 days 10 hours 59 minutes
    expect(reply.text).toMatch(/2 days 10 hours left/);
    expect(reply.text).toMatch(/2 points per day/);
  });

  it.each([
    ['a3 deadline', 'schedule:a3'],
    ['when do we have to hand in the fourth assignment', 'schedule:a4'],
    ['deadline of the first assignment?', 'schedule:a1'],
    ['whats the next deadline', 'schedule:a2'],
  ])('WHEN asked "%s" THEN %s answers', (q, id) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources.map((s) => s.id)).toEqual([id]);
  });

  it('WHEN the deadline has passed THEN the reply says so instead of a time left', () => {
    const reply = engine.answer('when was a1 due', now);
    expect(reply.text).toMatch(/passed, 11 days 13 hours ago/);
  });

  it('WHEN asked for all deadlines THEN every assignment deadline is listed', () => {
    const reply = engine.answer('what are the deadlines', now);
    expect(reply.sources.map((s) => s.id)).toEqual([
      'schedule:a1',
      'schedule:a2',
      'schedule:a3',
      'schedule:a4',
    ]);
  });

  it('WHEN an assignment the schedule lacks is asked about THEN the reply says so and lists the real ones', () => {
    const reply = engine.answer('whats the deadline for a7', now);
    expect(reply.text).toMatch(/no deadline for assignment 7/);
    expect(reply.sources).toHaveLength(4);
  });

  it('WHEN asked when or how long the exam is THEN the schedule answers with date, times, length and place', () => {
    for (const q of ['when is the exam', 'how long is the exam', 'how many days until the exam']) {
      const reply = engine.answer(q, now);
      expect(reply.sources.map((s) => s.id)).toEqual(['schedule:exam']);
      // 2030-04-02 08:30-11:15 in Amsterdam (CEST); from 2030-03-04 12:00 UTC to 06:30 UTC = 28 days 18 hours
      expect(reply.text).toMatch(
        /Tue 2 Apr 2030, 08:30 CEST to 11:15 CEST \(2 hours 45 minutes\); 28 days 18 hours/,
      );
      expect(reply.text).toMatch(/Sports hall/);
    }
  });

  it('WHEN the exam has no place in the schedule THEN "which room" falls back, while "when" is still answered', () => {
    const noRoom = {
      ...content,
      schedule: {
        ...content.schedule,
        events: content.schedule.events.map((e) => (e.type === 'exam' ? { ...e, location: undefined } : e)),
      },
    };
    const roomless = getAnswerEngine(noRoom);
    for (const q of ['which room is the exam in', 'where is the exam']) {
      expect(roomless.answer(q, now).kind).toBe('fallback');
      expect(engine.answer(q, now).text).toMatch(/Sports hall/);
    }
    expect(roomless.answer('when is the exam', now).sources.map((s) => s.id)).toEqual(['schedule:exam']);
  });

  it('WHEN the schedule has no exam THEN "when is the exam" falls back instead of answering with the exam format', () => {
    const noExam = {
      ...content,
      schedule: { ...content.schedule, events: content.schedule.events.filter((e) => e.type !== 'exam') },
    };
    const examless = getAnswerEngine(noExam);
    for (const q of ['when is the exam', 'what date is the exam'])
      expect(examless.answer(q, now).kind).toBe('fallback');
    // the FAQ still answers "when" questions whose answer names a moment
    expect(examless.answer('when do the practicals start', now).sources[0]?.id).toBe('practicals');
  });

  it('WHEN a deadline question is about something else (why irregular) THEN the FAQ answers it', () => {
    const reply = engine.answer('why are the deadlines so irregular', now);
    expect(reply.sources[0]?.id).toBe('deadline-pattern');
  });
});

describe('GIVEN hostile or empty input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['control characters only', '\u0000\u0001\u0007\u001b[2J'],
    ['binary', String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 37) % 32))],
  ])('WHEN the question is %s THEN a clear fallback asks for a question', (_name, q) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(/type (your|a) question/i);
    expect(reply.sources).toEqual([]);
  });

  it('WHEN the message is only a greeting or thanks THEN the bot says what it can answer', () => {
    for (const q of ['hi', 'thanks!', 'hello there']) {
      const reply = engine.answer(q, now);
      expect(reply.kind).toBe('fallback');
      expect(reply.text).toMatch(/I answer questions about Deep Learning/);
    }
  });

  it('WHEN the question is 100 KB THEN it is answered from its start and the reply says it was cut', () => {
    const reply = engine.answer(`whats the late penalty ${'blah '.repeat(20_000)}`, now);
    expect(reply.text).toContain(`first ${MAX_QUESTION_LENGTH} characters`);
  });

  it('WHEN control characters are mixed into a real question THEN they are ignored', () => {
    const reply = engine.answer('whats\u0000 the\u0007 late\u200b penalty\u001b', now);
    expect(reply.sources[0]?.id).toBe('late-penalty');
  });

  it('WHEN something that is not a string arrives THEN it is treated as empty, not thrown', () => {
    expect(engine.answer(undefined as unknown as string, now).kind).toBe('fallback');
    expect(engine.answer({ toString: () => 'x' } as unknown as string, now).kind).toBe('fallback');
  });
});

describe('GIVEN questions the FAQ is not for, though their words match an entry well', () => {
  it.each([
    ['explain backprop to me', 'a deep-learning lesson'],
    ['who teaches the machine learning course', 'another course'],
    ['what is the average grade of students', 'how students did'],
    ['is there a book for this course', 'a textbook, not the open-book exam'],
    ["i'm writing my thesis this spring, what happens if i'm late?", 'another academic context'],
    ['who marks our reports', 'who grades: the course document does not say'],
    ['when do we get our assignment grades back', 'how long grading takes'],
    ['will my final grade be rounded to a whole number', 'rounding'],
    ['can i pick my own teammates for the group assignments', 'choosing teammates'],
    ['is there a re-exam', 'resits'],
    ['how many ects do i get', 'credits'],
    ['where is the lecture hall', "a building, not a typo of 'half'"],
    ['what is the policy on plagiarism', 'a general question, not a private one'],
    ['are the practicals compulsory', 'whether attending is required'],
    ['is there a midterm', 'an exam the course does not have'],
    ['how many students failed the exam last year', 'how students did, though the FAQ uses "fail"'],
    ['what is the course code', 'an identifier, not program code'],
    ['who writes the exam questions', 'a person, and the exam entry names none'],
    ['how long does a lab session last', 'a duration, and the practicals entry gives none'],
    ['how long will it take before i see my grade', 'how long grading takes'],
    ['in which room is the friday practical', 'a place, and the practicals entry names none'],
    ['where are the q&a sessions held', 'a place'],
    ['do i need to register for the exam', 'signing up for practicals is not the exam'],
    ['am i allowed to bring a calculator to the exam', 'a thing to bring that the FAQ never names'],
    ['can i use a dictionary during the exam', 'a thing to use that the FAQ never names'],
    ['are calculators allowed in the exam', "'calculators' is not a typo of 'calculations'"],
    ['do we form the teams ourselves', 'how groups are made: the course document does not say'],
    [
      "i'm also following computer vision this term. when is the exam for that course?",
      'another course, named before',
    ],
  ])('WHEN asked "%s" (%s) THEN it is a fallback', (q) => {
    expect(engine.answer(q, now).kind).toBe('fallback');
  });

  it('WHEN a theory word comes with the course ("is there an assignment on lstms") THEN it is answered', () => {
    expect(engine.answer('is there an assignment on lstms', now).sources[0]?.id).toBe('assignment-topics');
  });
});

describe('GIVEN informal, long or non-native phrasing', () => {
  it.each([
    ['hw many pts do u need 2 pass the exam', 'exam-pass-mark'],
    ['sorry for my english, the cheat sheet it can be printed?', 'exam-cheat-sheet'],
    [
      "I'm a part-time student with two kids and I barely have time this term, so how many points do I need on the assignments to pass?",
      'assignment-points',
    ],
    ['what if my assignments are a 7 but the exam is a 4', 'grading'],
    ['hoe many assignments r there', 'assignment-topics'],
    ['what weekday are the labs held', 'practicals'],
    ['wich assignments are in grups', 'assignment-groups'],
    ['can i bring notes into the exam hall', 'exam-cheat-sheet'],
    ['is my grade an avg of the exam and the assignments', 'grading'],
    ['who do i ask about the assignment when i am stuck', 'practicals'],
    ['who is in charge of this course', 'staff'],
    ['how long should one assignment take', 'assignment-workload'],
    ['is it true that a page with formulas is allowed in the exam?', 'exam-cheat-sheet'],
    ['if the pass mark comes after the exam how do i know what i need, feels weird tbh', 'exam-pass-mark'],
    [
      'I took this course two years ago and did not pass the exam, so has the content changed much?',
      'new-this-year',
    ],
    ['how many people are in each team for a3', 'assignment-groups'],
    ['what do we build in the final asgn', 'assignment-topics'],
    ['where can i find a practise exam', 'practice-exam'],
    ['who are the TAs this year', 'staff'],
    ['is the exam multiple choice? asking because i have never done one of those before', 'exam-format'],
    ['my calculus is kinda rusty, where can i catch up on the prelims', 'maths-brush-up'],
    ['is chatgpt forbidden', 'chatgpt-assignment-1'],
    ['how time consuming is an assignment', 'assignment-workload'],
    ['how much time do i have for the first assignment', 'deadline-pattern'],
    ['why is there an extra week for assignment 1', 'deadline-pattern'],
    ['i ran out of time on a2, should i still hand it in', 'partial-hand-in'],
    ['where can i post a question about a3 that others might have too', 'contact'],
    ['if my exam is a 6 but i have 7s on the assignments, do i pass', 'grading'],
    ['sorry if this is a dumb question but is the exam multiple choice', 'exam-format'],
    ['my linear algebra is pretty rusty, where can i brush up', 'maths-brush-up'],
    ['wats the deal with starred questions', 'starred-questions'],
    ['who is teh coordinator rn', 'staff'],
    ['can i do a3 by myself', 'assignment-groups'],
    ['can i write the exam at home', 'exam-format'],
    ['is the exam closed boook', 'exam-format'],
    ['if i flunk the exam but ace the assignments do i pass', 'grading'],
    ['my ml background is weak, where can i catch up before the course', 'maths-brush-up'],
    ['i think there is a mistake in the a3 pdf, where should i post it', 'contact'],
    [
      'i am totally stuck on a2 and the deadline is tonight and i will not get everything done. should i hand in late or just hand in what i have?',
      'partial-hand-in',
    ],
  ])('WHEN asked "%s" THEN %s answers', (q, id) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe(id);
  });

  it('WHEN an answer tells the student to e-mail THEN it gives the address from the course file', () => {
    const reply = engine.answer('how do i reach the staff', now);
    expect(reply.sources[0]?.id).toBe('contact');
    expect(reply.text).toContain(`mailto:${content.course.contacts.email}`);
  });

  it('WHEN a message is only thanks THEN no entry is answered', () => {
    expect(engine.answer('thank you so much for your help', now).sources).toEqual([]);
  });
});

describe('GIVEN requests only staff can act on, beside general questions with the same words', () => {
  it.each([
    ['i uploaded the wrong pdf for a2', true],
    ['could someone add me to the canvas page', true],
    ['the points for my exam question 7 are too low', true],
    ['does a wrong answer on the exam lose points', false],
    ['can i see my graded exam', true],
    ['my grade for the exam is still not visible on canvas', true],
    ['i need to take the exam at a different date because of a visa appointment', true],
    ['i have been accused of plagiarism in assignment 2', true],
    ['can we take the exam online', false],
    ['i got a 4.8 on the exam, is there anything i can do', true],
    ['if i get a 5 on the exam is there any way to pass', false],
    ['canvas shows no submission but i submitted a3 on time', true],
    ['i forgot to upload my report', true],
    ['our group fell apart last week', true],
    ['i need a certificate of participation for my employer', true],
    ['i am sure question 9 of the exam had two correct answers', true],
    ['can someone put me in a group for a3', true],
    ['the a4 deadline is on the same day as my other exam', true],
    ['i am a new student from abroad, is the exam on paper?', false],
    ['my computer crashed and i lost my code for a3', true],
    ['can i skip the practicals because of my job', true],
    ['i have a sports tournament during the exam', true],
    ['what did we get for the exam', true],
    ['can i bring a ruler during the exam', false],
    ['they deducted 2 points from my a2 although my answer was correct', true],
    ['every practical group is full, i cannot join one', true],
    ['canvas shows a 0 for my report but i handed it in on time', true],
    ['how many points does each question of the exam give', false],
    ['we are three people for a4 but one of them has not responded in weeks', true],
    ['my teammate for a4 suddenly stopped replying to our messages', true],
    ['my partner for a3 just vanished, what now', true],
    ['i will not make the a2 deadline because of my exams elsewhere, can i get a later one', true],
    ['could you drop shujian a canvas msg saying i am ill', true],
    ['i got a 5.4 for the assignments, can you bump it up to a 5.5', true],
    ['my teammates do nothing for a4', true],
    ['dealing with some personal stuff at the moment, who can i talk to', true],
    ['will the final grade be rounded up', false],
    ['i have a job during every practical slot, can we make a special arrangement', true],
    ['bc of visa problems i will arrive three weeks late, can i still do the assignments', true],
    [
      'do i need both the videos and the annotated slides or is one enough? i have little time because of my job',
      false,
    ],
  ])('WHEN asked "%s" THEN redirect is %s', (q, redirected) => {
    expect(engine.answer(q, now).kind === 'redirect').toBe(redirected);
  });
});

describe('GIVEN a schedule with a weekly lecture', () => {
  const base = testContent();
  const weekly = {
    ...base,
    schedule: {
      ...base.schedule,
      events: [
        ...base.schedule.events,
        {
          id: 'qa',
          type: 'lecture' as const,
          title: 'Lecture Q&A session',
          start: '2030-02-04 11:00',
          end: '2030-02-04 12:45',
          weeklyUntil: '2030-03-11',
          location: 'HG-01A33',
          skip: [],
        },
      ],
    },
  };
  const withLectures = getAnswerEngine(weekly);

  it('WHEN asked when the next lecture is THEN the next session answers with its time, the time left and room', () => {
    // 2030-03-04 12:00 UTC is after Monday 4 March's session (10:00-11:45 UTC): the next is 11 March
    const reply = withLectures.answer('when is the next lecture?', now);
    expect(reply.sources.map((s) => s.id)).toEqual(['schedule:qa']);
    expect(reply.text).toMatch(/Mon 11 Mar 2030, 11:00 CET to 12:45 CET \(in 6 days 22 hours\); HG-01A33/);
  });

  it('WHEN the last session has passed THEN the reply says so instead of guessing from the FAQ', () => {
    const reply = withLectures.answer('when is the next lecture', new Date('2030-03-20T12:00:00Z'));
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/no more/);
  });
});
