// Which events a question's words find: words that name the course itself ("course", its code) find no event, and a
// question about handing in ("due") prefers the deadlines to classes that share its words.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchAboutQuestion, matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';

const loaded = parseSchedule(
  `course: BIO 210 Field Biology
timezone: America/New_York
events:
  - { id: class-1, type: lecture, title: "Class 1: Introduction", start: "2023-02-07 11:30", end: "2023-02-07 12:45" }
  - { id: class-2, type: lecture, title: "Class 2: Methods workshop", start: "2023-02-09 11:30", end: "2023-02-09 12:45" }
  - { id: class-3, type: lecture, title: "Class 3: literature review in practice", start: "2023-02-14 11:30", end: "2023-02-14 12:45" }
  - { id: lab-2, type: practical, title: Lab 2, start: "2023-02-15 11:30", end: "2023-02-15 12:45" }
  - { id: reading, type: other, title: "Reading group: methods papers", start: "2023-02-16 11:30", end: "2023-02-16 12:45" }
  - { id: methods, type: deadline, title: "Project: Methods draft", aliases: [methods], due: "2023-03-01 21:00" }
  - { id: lit-review, type: deadline, title: "Project: Literature review", due: "2023-03-08 21:00" }
  - { id: credits, type: deadline, title: "Survey pool: assign your credits to this course", due: "2023-05-01 16:00" }
  - { id: bio-credits, type: deadline, title: "Survey pool: register for BIO 210", due: "2023-05-02 16:00" }
  - { id: midterm, type: exam, title: Midterm 1 (take-home), start: 2023-03-13, end: 2023-03-15 }
  - { id: midterm-due, type: deadline, title: Midterm 1 hand-in, due: "2023-03-15 23:59" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = {
  schedule: loaded.value,
  faq: [],
  course: { name: 'Field Biology', code: 'BIO 2100' },
} as unknown as Content;
const now = new Date('2023-02-01T15:00:00Z');

function ids(question: string, course: Content = content): string[] | null {
  const match = matchScheduleQuestion(question, course, now);
  if (!match) return null;
  const events = match.kind === 'deadlines' ? match.events : match.occurrences.map((o) => o.event);
  return [...new Set(events.map((e) => e.id))].sort();
}

describe('GIVEN an event whose title mentions the course ("assign your credits to this course")', () => {
  it('WHEN the course schedule is asked about THEN it is not that event (the FAQ answers)', () => {
    expect(ids('what is the course schedule')).toBeNull();
    expect(ids('when does the course start')).toBeNull();
  });

  it('WHEN the event is named by its own words THEN it is still found', () => {
    expect(ids('when do i assign my credits to the course')).toEqual(['credits']);
  });
});

describe("GIVEN the course's code in a question", () => {
  const coded = {
    ...content,
    course: { name: 'Field Biology', code: 'BIO 210' },
  } as unknown as Content;
  const find = (q: string) => ids(q, coded);

  it('WHEN it is asked with an event THEN the event is found; alone, it names no event', () => {
    expect(find('when is the bio 210 midterm 1 due')).toEqual(['midterm', 'midterm-due']);
    expect(find('when is bio210 lab 2')).toEqual(['lab-2']);
    expect(find('what is the bio 210 schedule')).toBeNull();
    expect(find('when do i register for bio 210')).toEqual(['bio-credits']);
  });

  it('WHEN a short number of a code is asked THEN it still names an event ("lab 2")', () => {
    const short = { ...content, course: { name: 'Field Biology', code: 'BIO 2' } } as unknown as Content;
    expect(ids('when is lab 2', short)).toEqual(['lab-2']);
  });
});

describe('GIVEN classes whose titles share words with deadlines ("Methods workshop", "literature review")', () => {
  it('WHEN asked when it is due THEN only the deadline answers', () => {
    expect(ids('when is the methods due')).toEqual(['methods']);
    expect(ids('methods deadline?')).toEqual(['methods']);
    expect(ids('when do i submit the literature review')).toEqual(['lit-review']);
  });

  it('WHEN asked without "due" THEN every event with the words is listed, as before', () => {
    expect(ids('when is the literature review')).toEqual(['class-3', 'lit-review']);
  });

  it('WHEN only classes have the words THEN "due" still finds them', () => {
    expect(ids('when is the methods workshop due')).toEqual(['class-2']);
  });

  it('WHEN a take-home exam and its hand-in share a name THEN "due" gives both', () => {
    expect(ids('when is midterm 1 due')).toEqual(['midterm', 'midterm-due']);
  });
});

describe('GIVEN classes whose titles name their topics', () => {
  it('WHEN a question asks when a topic is covered THEN the classes whose titles have its words answer', () => {
    // (not the deadline whose title shares them: the question is when it is taught)
    expect(ids('when do we cover the literature review')).toEqual(['class-3']);
    expect(ids('when do we learn about literature review in practice')).toEqual(['class-3']);
  });

  it('WHEN a word of it names no event THEN it is not a schedule question', () => {
    expect(ids('when do we cover viewsheds')).toBeNull();
  });
});

describe('GIVEN a question what a numbered event is about', () => {
  const about = (question: string) => {
    const match = matchAboutQuestion(question, content);
    return match?.kind === 'occurrences' ? match.occurrences.map((o) => o.event.id) : null;
  };

  it('WHEN the event is named by the words before the colon of its title THEN that event answers', () => {
    expect(about('what is class 2 about')).toEqual(['class-2']);
    expect(about('what do we do in lab 2')).toEqual(['lab-2']);
    expect(about('topic of class 3?')).toEqual(['class-3']);
    expect(about('what are we doing in class 2')).toEqual(['class-2']);
    expect(about('what should i read for class 3')).toEqual(['class-3']);
  });

  it('WHEN no number names one event, or it asks something else THEN it is not such a question', () => {
    expect(about('what is the methods workshop about')).toBeNull();
    expect(about('what is class 7 about')).toBeNull();
    expect(about('when is class 2')).toBeNull();
  });
});

describe('GIVEN events held in class, and no classes in the schedule', () => {
  const held = parseSchedule(
    `course: X
timezone: America/New_York
events:
  - { id: midterm, type: exam, title: Midterm exam (in class), start: "2022-11-15 11:30", end: "2022-11-15 12:45" }
  - { id: quizzes, type: other, title: In-class quizzes, tba: true }
`,
    'schedules/held.yaml',
  );
  if (!held.ok) throw new Error('invalid');
  const course = { ...content, schedule: held.value } as Content;

  it('WHEN "when is class" is asked THEN neither answers: "in class" says where they are held (the FAQ answers)', () => {
    expect(ids('when is class', course)).toBeNull();
  });

  it('WHEN they are asked about by their other words THEN they are found', () => {
    expect(ids('when is the midterm', course)).toEqual(['midterm']);
    expect(ids('when are the quizzes', course)).toEqual(['quizzes']);
  });
});
