// "What reading goes with the <topic> lecture": a session named by the topic in its title, not by a number, is asked
// about when it is the only one so named and its description says more than its title.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchAboutQuestion, matchDayQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';

const LECTURES: [string, string | null][] = [
  ['Lesson 1: Tide pools', 'Reading: chapter 2'],
  ['Lesson 2: Coral reefs', 'Reading: chapter 3'],
  ['Lesson 3: Coral bleaching', 'Reading: chapter 4'],
  ['Lesson 4: Kelp forests', null],
];

function content(lectures: [string, string | null][]): Content {
  const events = lectures
    .map(
      ([title, description], i) => `  - id: lesson-${i + 1}
    type: lecture
    title: "${title}"
${description ? `    description: "${description}"\n` : ''}    start: "2026-10-0${5 + i} 09:00"
    end: "2026-10-0${5 + i} 10:15"`,
    )
    .join('\n');
  const loaded = parseSchedule(
    `course: Sea\ntimezone: America/New_York\nevents:\n${events}\n`,
    'schedules/test.yaml',
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return { schedule: loaded.value, faq: [], course: { name: 'Sea' } } as unknown as Content;
}

const ids = (question: string, c = content(LECTURES)): string[] | null => {
  const match = matchAboutQuestion(question, c);
  return match?.kind === 'occurrences' ? match.occurrences.map((o) => o.event.id) : null;
};

describe('GIVEN lectures titled by their topics, with their readings as descriptions', () => {
  it('WHEN the reading for one is asked by its topic THEN that lecture is given', () => {
    expect(ids('What reading goes with the tide pools lecture?')).toEqual(['lesson-1']);
    expect(ids('what do we read for coral bleaching')).toEqual(['lesson-3']);
  });

  it('WHEN the words name two lectures THEN the question is not taken as about either', () => {
    expect(ids('what do we read for the coral lecture')).toBeNull();
  });

  it('WHEN the one lecture named has no description THEN its title says all the schedule knows: no answer', () => {
    expect(ids('what do we read for kelp forests')).toBeNull();
  });

  it('WHEN a word asked is in no title THEN it is not about a lecture', () => {
    expect(ids('what reading goes with the tide pools field trip')).toBeNull();
  });

  it('WHEN a "+" joins what is asked THEN it joins words, as "and" does, and is no word asked', () => {
    expect(ids('lesson 2 topic + reading')).toEqual(['lesson-2']);
    expect(ids('lesson 2 topic & reading')).toEqual(['lesson-2']);
  });
});

describe("GIVEN a week's two classes of one title, bracketed by their weekdays", () => {
  const twice = (() => {
    const loaded = parseSchedule(
      `course: Stats\ntimezone: America/New_York\nevents:
  - { id: w3-tue, type: lecture, title: "Week 3 class (Tuesday): Sampling: Surveys", start: "2026-09-15 11:00", end: "2026-09-15 12:15", description: "Read chapter 2." }
  - { id: w3-thu, type: lecture, title: "Week 3 class (Thursday): Sampling: Surveys", start: "2026-09-17 11:00", end: "2026-09-17 12:15", description: "Read chapter 2; quiz 3." }
  - { id: w9-tue, type: lecture, title: "Week 9 class (Tuesday): Sampling: Bootstrap", start: "2026-10-27 11:00", end: "2026-10-27 12:15", description: "Read chapter 7." }
  - { id: w9-thu, type: lecture, title: "Week 9 class (Thursday): Sampling: Bootstrap", start: "2026-10-29 11:00", end: "2026-10-29 12:15", description: "Read chapter 7." }
`,
      'schedules/test.yaml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return { schedule: loaded.value, faq: [], course: { name: 'Stats' } } as unknown as Content;
  })();

  it('WHEN the reading for their topic is asked THEN both classes of that week answer', () => {
    expect(ids('what do we read for surveys', twice)).toEqual(['w3-tue', 'w3-thu']);
    expect(ids('Which chapter of the textbook covers sampling and surveys?', twice)).toEqual([
      'w3-tue',
      'w3-thu',
    ]);
    expect(ids('which chapter is surveys in', twice)).toEqual(['w3-tue', 'w3-thu']);
  });

  it('WHEN the words name the classes of two weeks THEN the question is not taken as about any', () => {
    expect(ids('which chapter covers sampling', twice)).toBeNull();
  });
});

describe('GIVEN numbered lectures', () => {
  it('WHEN "what is on" one of them is asked THEN that lecture is given', () => {
    expect(ids("what's on lesson 2")).toEqual(['lesson-2']);
    expect(ids('what is in lesson 3')).toEqual(['lesson-3']);
  });

  it('WHEN "what is on" is asked without a number THEN it is left to the FAQ ("what is on the exam")', () => {
    expect(ids('what is on the coral bleaching')).toBeNull();
  });
});

describe('GIVEN classes titled "Class 20 (Wednesday): <topic>"', () => {
  const classes = (() => {
    const loaded = parseSchedule(
      `course: Law\ntimezone: America/New_York\nevents:
  - { id: c19, type: lecture, title: "Class 19 (Monday): Pleading", start: "2026-10-19 13:30", end: "2026-10-19 15:15" }
  - { id: c20, type: lecture, title: "Class 20 (Wednesday): Preclusion", start: "2026-10-21 13:30", end: "2026-10-21 15:15" }
`,
      'schedules/test.yaml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return { schedule: loaded.value, faq: [], course: { name: 'Law' } } as unknown as Content;
  })();

  it('WHEN one is asked by its number THEN the bracket before the colon does not hide it', () => {
    expect(ids('what happens in class 20', classes)).toEqual(['c20']);
  });

  it('WHEN it is asked by another word of its type ("lecture 20" for a class) THEN it is found too', () => {
    expect(ids('what is lecture 20 about', classes)).toEqual(['c20']);
  });
});

describe('GIVEN "where" asked of a day', () => {
  it('WHEN a day is named THEN the sessions on that day are given (with their places)', () => {
    const match = matchDayQuestion(
      'where is class on october 6',
      content(LECTURES),
      new Date('2026-10-01T12:00:00Z'),
    );
    expect(match?.kind === 'occurrences' ? match.occurrences.map((o) => o.event.id) : null).toEqual([
      'lesson-2',
    ]);
  });

  it('WHEN no day is named THEN it is no question about days', () => {
    expect(
      matchDayQuestion('where is class', content(LECTURES), new Date('2026-10-01T12:00:00Z')),
    ).toBeNull();
  });
});

describe('GIVEN a day with no class but another event', () => {
  const withCritique = (() => {
    const loaded = parseSchedule(
      `course: Art\ntimezone: America/New_York\nevents:
  - { id: studio, type: lecture, title: Studio, start: "2026-10-06 14:00", end: "2026-10-06 16:50", weekly_until: "2026-11-10", skip: ["2026-10-20"] }
  - { id: crit, type: exam, title: Midterm critique, start: "2026-10-20 14:00", end: "2026-10-20 16:50" }
`,
      'schedules/test.yaml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return { schedule: loaded.value, faq: [], course: { name: 'Art' } } as unknown as Content;
  })();
  const now = new Date('2026-10-01T12:00:00Z');

  it('WHEN class on that day is asked THEN there is none, and what is on then is said', () => {
    const match = matchDayQuestion('do we have class on october 20', withCritique, now);
    expect(match?.kind === 'occurrences' ? match.occurrences : null).toEqual([]);
    const on = match?.kind === 'occurrences' ? match.on : undefined;
    expect(on?.instead?.map((o) => o.event.id)).toEqual(['crit']);
    expect(renderScheduleAnswer(match!, withCritique, now)).toMatch(
      /^The course schedule lists no class on Tue, Oct 20, 2026\. That day it has .*\n- \*\*Midterm critique\*\*/,
    );
  });

  it('WHEN class today is asked before the term THEN there is none, and the first class is named', () => {
    const match = matchDayQuestion('is there class today', withCritique, now);
    expect(renderScheduleAnswer(match!, withCritique, now)).toMatch(
      /^The course schedule lists no class on Thu, Oct 1, 2026\. The next one .*\n- \*\*Studio\*\*: Tue, Oct 6, 2026/,
    );
  });

  it('WHEN nothing at all is on that day THEN only that there is no class', () => {
    const match = matchDayQuestion('do we have class on october 21', withCritique, now);
    expect(renderScheduleAnswer(match!, withCritique, now)).toBe(
      'The course schedule lists no class on Wed, Oct 21, 2026.',
    );
  });
});
