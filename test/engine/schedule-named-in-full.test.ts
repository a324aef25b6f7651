// An event a question names in full, by its title or an alias, is the one asked about: events whose names only
// contain the asked words ("Essay proposal" for "when is the essay due") are left out. Brackets in a title qualify
// the event; the words outside them name it.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';

const loaded = parseSchedule(
  `course: HIST 150 Maps and Empires
timezone: America/Chicago
events:
  - { id: proposal, type: deadline, title: Essay proposal (one page), due: "2024-02-20 21:00" }
  - { id: essay, type: deadline, title: Essay, aliases: [long essay, paper], due: "2024-04-10 21:00" }
  - { id: bonus, type: deadline, title: Bonus task, aliases: [map paper], due: "2024-04-20 21:00" }
  - { id: quiz-1, type: exam, title: Quiz 1, start: "2024-02-01 10:00", end: "2024-02-01 10:30" }
  - { id: quiz-2, type: exam, title: Quiz 2, start: "2024-03-01 10:00", end: "2024-03-01 10:30" }
  - { id: exam-1, type: exam, title: Exam 1, start: "2024-03-05 10:00", end: "2024-03-05 11:30" }
  - { id: final, type: exam, title: Final exam, start: "2024-05-05 10:00", end: "2024-05-05 12:00" }
  - { id: lec-mon, type: lecture, title: Lecture (Monday), start: "2024-01-22 09:00", end: "2024-01-22 10:00", weekly_until: "2024-04-29" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = {
  schedule: loaded.value,
  faq: [],
  course: { name: 'Maps and Empires', code: 'HIST 150' },
} as unknown as Content;
const now = new Date('2024-01-15T15:00:00Z');

function ids(question: string): string[] | null {
  const match = matchScheduleQuestion(question, content, now);
  if (!match) return null;
  const events = match.kind === 'deadlines' ? match.events : match.occurrences.map((o) => o.event);
  return [...new Set(events.map((e) => e.id))].sort();
}

describe('GIVEN deadlines whose names share words ("Essay proposal", "Essay")', () => {
  it('WHEN the shorter name is asked THEN only that event answers, not the one that adds a word', () => {
    expect(ids('when is the essay due')).toEqual(['essay']);
    expect(ids('essay deadline')).toEqual(['essay']);
  });

  it('WHEN the longer name is asked THEN that event answers', () => {
    expect(ids('when is the essay proposal due')).toEqual(['proposal']);
  });

  it('WHEN a one-word alias is asked THEN its event answers, not one whose alias adds a word ("map paper")', () => {
    expect(ids('when is the paper due')).toEqual(['essay']);
    expect(ids('when is the map paper due')).toEqual(['bonus']);
  });

  it('WHEN no event is named in full THEN every event the words find still answers', () => {
    expect(ids('when is the quiz')).toEqual(['quiz-1', 'quiz-2']);
    // ("final" is part of the name "Final exam": "when are the exams" does not name it in full, and quizzes are exams)
    expect(ids('when are the exams')).toEqual(['exam-1', 'final', 'quiz-1', 'quiz-2']);
  });

  it('WHEN an ordinal in a name is asked THEN that event answers', () => {
    expect(ids('when is the final exam')).toEqual(['final']);
  });
});

describe('GIVEN lectures titled "Lecture (Monday)"', () => {
  it('WHEN "when is class" is asked THEN the lectures answer: "class" names events of the type lecture', () => {
    expect(ids('when is class')).toEqual(['lec-mon']);
    expect(ids('when is the next class')).toEqual(['lec-mon']);
  });
});

describe('GIVEN labs of the type practical and an exam with the alias "lab practical"', () => {
  const labs = parseSchedule(
    `course: KIN 100
timezone: America/New_York
events:
  - { id: lab-1, type: practical, title: "Lab 1: Bones", start: "2024-02-05 14:00", end: "2024-02-05 16:00" }
  - { id: lab-2, type: practical, title: "Lab 2: Muscles", start: "2024-02-12 14:00", end: "2024-02-12 16:00" }
  - { id: lp-1, type: exam, title: Lab exam 1, aliases: [lab practical 1, first lab practical], start: "2024-02-19 14:00", end: "2024-02-19 16:00" }
  - { id: lp-2, type: exam, title: Lab exam 2, aliases: [lab practical 2], start: "2024-04-15 14:00", end: "2024-04-15 16:00" }
`,
    'schedules/test.yaml',
  );
  if (!labs.ok) throw new Error(JSON.stringify(labs.issues));
  const kin = { schedule: labs.value, faq: [], course: { name: 'Kinesiology' } } as unknown as Content;
  const idsIn = (question: string) => {
    const match = matchScheduleQuestion(question, kin, now);
    const events = !match
      ? []
      : match.kind === 'deadlines'
        ? match.events
        : match.occurrences.map((o) => o.event);
    return [...new Set(events.map((e) => e.id))].sort();
  };

  it('WHEN "lab practical 2" is asked THEN the exam named so answers, not the practicals by their type word', () => {
    expect(idsIn('when is lab practical 2')).toEqual(['lp-2']);
    expect(idsIn('when is the first lab practical')).toEqual(['lp-1']);
  });

  it('WHEN only the type is asked THEN the practicals answer, not the lab exams', () => {
    // (the next one: two labs written one by one are no series, so the soonest is the next)
    expect(idsIn('when is the next practical')).toEqual(['lab-1']);
    expect(idsIn('when are the practicals')).toEqual(['lab-1', 'lab-2']);
  });
});

describe('GIVEN numbered events, some without a date yet', () => {
  const loadedTba = parseSchedule(
    `course: MGMT 600
timezone: America/New_York
events:
  - { id: quiz-1, type: deadline, title: Quiz 1, tba: true }
  - { id: quiz-2, type: deadline, title: Quiz 2, tba: true }
  - { id: hw-1, type: deadline, title: Assignment 1, due: "2024-02-01 23:59" }
  - { id: hw-2, type: deadline, title: Assignment 2, due: "2024-02-15 23:59" }
  - { id: hw-3, type: deadline, title: Assignment 3, due: "2024-03-01 23:59" }
`,
    'schedules/test.yaml',
  );
  if (!loadedTba.ok) throw new Error(JSON.stringify(loadedTba.issues));
  const course = { schedule: loadedTba.value, faq: [], course: { name: 'M' } } as unknown as Content;
  const idsOf = (question: string) => {
    const match = matchScheduleQuestion(question, course, now);
    const events = !match
      ? []
      : match.kind === 'deadlines'
        ? match.events
        : match.occurrences.map((o) => o.event);
    return events.map((e) => e.id).sort();
  };

  it('WHEN "the first quiz" is asked and no quiz has a date THEN "Quiz 1" answers, named by its number', () => {
    expect(idsOf('when is the first quiz')).toEqual(['quiz-1']);
  });

  it('WHEN "the third assignment" is asked THEN "Assignment 3" answers, its order not counted again', () => {
    expect(idsOf('when is the third assignment due')).toEqual(['hw-3']);
  });
});

describe('GIVEN "how long do I have", which can ask for the time left or for how long a task may take', () => {
  it('WHEN it is followed by handing in THEN it asks for the time left: the deadline answers', () => {
    expect(ids('how long do i have to submit the essay')).toEqual(['essay']);
    expect(ids('how long do we have until quiz 2')).toEqual(['quiz-2']);
  });

  it('WHEN it is followed by taking or finishing the work THEN it asks how long that may last: not the schedule', () => {
    expect(ids('how long do i have to take quiz 2')).toBeNull();
    expect(ids('how long do we have to finish exam 1')).toBeNull();
  });
});
