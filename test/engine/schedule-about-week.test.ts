// "What does week 2 cover" of lectures titled "Week 2 lecture: <topic>": "week" frames other questions ("what's due
// this week"), but followed by a number it names the events whose titles say it, not every event numbered 2.
import { describe, expect, it } from 'vitest';
import { matchAboutQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';
import { aboutIds, scheduleOnly } from './fixtures.ts';

const content = scheduleOnly(
  `course: CS 10 Orientation
timezone: America/New_York
events:
  - { id: w1, type: lecture, title: "Week 1 lecture: Overview", start: "2022-10-14 09:35", end: "2022-10-14 10:25" }
  - { id: w2, type: lecture, title: "Week 2 lecture: Matrices", start: "2022-10-21 09:35", end: "2022-10-21 10:25", description: "Lab: plotting data." }
  - { id: hw1, type: deadline, title: HW 1, due: "2022-10-21 23:59" }
  - { id: hw2, type: deadline, title: HW 2, due: "2022-10-28 23:59" }
  - { id: lab2, type: practical, title: Lab 2, start: "2022-10-21 10:40", end: "2022-10-21 12:15" }
  - { id: seminar, type: lecture, title: Seminar (Thursday), start: "2022-10-13 14:00", end: "2022-10-13 15:00", weekly_until: "2022-12-08", description: "Guest talks." }
`,
  { name: 'Orientation', code: 'CS 10' },
);

const about = (q: string) => aboutIds(q, content);

describe('GIVEN lectures titled by their week and other events numbered 2', () => {
  it("WHEN what a week covers is asked THEN that week's lecture answers", () => {
    expect(about('what does week 2 cover')).toEqual(['w2']);
    expect(about('what is week 2 about')).toEqual(['w2']);
    expect(about("what's on in week 1")).toEqual(['w1']);
  });

  it('WHEN what the class looks at in a week is asked THEN that week answers', () => {
    expect(about('what are we looking at in week 2')).toEqual(['w2']);
    expect(about('what do we look at in the matrices week')).toEqual(['w2']);
  });

  it('WHEN the readings or topics of a week are asked without a question word THEN that week answers', () => {
    expect(about('week 2 readings?')).toEqual(['w2']);
    expect(about('readings for week 1')).toEqual(['w1']);
    expect(about('week 2 topics')).toEqual(['w2']);
  });

  it('WHEN a week no title names is asked THEN it is not taken as about any event', () => {
    expect(about('what does week 9 cover')).toBeNull();
  });

  it('WHEN a numbered session is asked and only a weekly series has that type THEN the series is not its answer', () => {
    // ("seminar 10" is no event: not the first weeks of "Seminar (Thursday)", all past)
    expect(about('what is seminar 10 about')).toBeNull();
  });
});

describe("GIVEN a week's two sessions, titled by their week, with their readings as descriptions", () => {
  const week = scheduleOnly(
    `course: DGAH 1
timezone: America/Chicago
events:
  - { id: w6a, type: lecture, title: "Week 6 (Tuesday): Bots", start: "2025-02-11 15:10", end: "2025-02-11 16:55", description: "Read: Code to Joy - Defining Functions." }
  - { id: w6b, type: lecture, title: "Week 6 (Thursday): Poetics", start: "2025-02-13 15:10", end: "2025-02-13 16:55", description: "Read: Output - Haiku." }
  - { id: w7a, type: lecture, title: "Week 7 (Tuesday): Games", start: "2025-02-18 15:10", end: "2025-02-18 16:55", description: "Read: Output - Visual Poetry." }
`,
    { name: 'Creative Coding', code: 'DGAH 1' },
  );

  it('WHEN its reading is asked in a few words THEN both sessions of that week answer', () => {
    expect(aboutIds('reading week 6', week)).toEqual(['w6a', 'w6b']);
    expect(aboutIds('reading for week 6', week)).toEqual(['w6a', 'w6b']);
  });

  it('WHEN a book named only in a description is asked with the week THEN that week answers', () => {
    expect(aboutIds('Output reading week 6', week)).toEqual(['w6a', 'w6b']);
    expect(aboutIds('Output reading week 9', week)).toBeNull();
  });

  it('WHEN a week is given by its place in the term THEN that week of the titles answers', () => {
    expect(aboutIds('what are the readings for the sixth week', week)).toEqual(['w6a', 'w6b']);
    expect(aboutIds('what do we read in the 6th week of class', week)).toEqual(['w6a', 'w6b']);
    // (the final week is the highest week a title numbers)
    expect(aboutIds('what reading is assigned for the final week of class', week)).toEqual(['w7a']);
    expect(aboutIds('readings for the last week of the semester', week)).toEqual(['w7a']);
  });

  it("WHEN the week is of a month, or is last week THEN it is no week of the term's titles", () => {
    expect(aboutIds('what do we read the first week of march', week)).toBeNull();
    expect(aboutIds('what did we read last week', week)).toBeNull();
  });

  it('WHEN the reply lists the sessions THEN each says its reading under its line', () => {
    const match = matchAboutQuestion('what is the reading for week 6', week);
    expect(match).not.toBeNull();
    const text = renderScheduleAnswer(match!, week, new Date('2025-02-01T12:00:00Z'));
    expect(text).toContain('Read: Code to Joy - Defining Functions.');
    expect(text).toContain('Read: Output - Haiku.');
    expect(text).not.toContain('Visual Poetry');
  });
});

describe('GIVEN sessions titled by their week, whose descriptions say what each holds', () => {
  const weeks = scheduleOnly(
    `course: FS 2
timezone: America/Chicago
events:
  - { id: w1a, type: lecture, title: "Week 1 (Tuesday): Overview", start: "2025-01-07 15:10", end: "2025-01-07 16:55", description: "Watch together: Metropolis. Read: Film Art, chapter 1." }
  - { id: w1b, type: lecture, title: "Week 1 (Thursday): Editing", start: "2025-01-09 15:10", end: "2025-01-09 16:55", description: "Demo: cutting a scene." }
  - { id: w2a, type: lecture, title: "Week 2 (Tuesday): Sound", start: "2025-01-14 15:10", end: "2025-01-14 16:55", description: "Read: Sound Design - Part I: Listening." }
  - { id: lab1, type: practical, title: Lab 1, start: "2025-01-08 10:00", end: "2025-01-08 12:00", description: "Watch together: Nosferatu." }
`,
    { name: 'Film Studies', code: 'FS 2' },
  );

  it('WHEN what a numbered week holds is asked THEN that week answers', () => {
    // ("which", not "what ... about" or "topics", asks it)
    expect(aboutIds('which editing demo is on in week 1', weeks)).toEqual(['w1b']);
  });

  it('WHEN it is asked in words only partly its own THEN that week answers', () => {
    // ("movie" is no word of the schedule; "watch together" is week 1's)
    expect(aboutIds('which movie do we watch together in the first week?', weeks)).toEqual(['w1a', 'w1b']);
    // (a reading named by its author, where the schedule gives its title)
    expect(aboutIds('which chapter of the sound design book by chion is read in week two?', weeks)).toEqual([
      'w2a',
    ]);
  });

  it('WHEN fewer than half of its words are said, or the week is in no title THEN no week answers', () => {
    expect(aboutIds('what chemistry experiments do we run in week 1', weeks)).toBeNull();
    expect(aboutIds('which movie do we watch together in week 5', weeks)).toBeNull();
    // (without a week, every word must be said: "movie" is not)
    expect(aboutIds('which movie do we watch together in lab 1', weeks)).toBeNull();
  });
});
