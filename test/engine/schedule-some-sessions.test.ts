// Classes written one by one, each with its topic in its title, are a series: "when is the next class" gives the next
// one. A question naming some of them by their titles' words ("when are the project presentations") gives each of
// those still to come.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const lecture = (n: number, day: string, topic: string): string =>
  `  - { id: l${n}, type: lecture, title: "Lecture ${n}: ${topic}", start: "2021-${day} 14:00", end: "2021-${day} 15:15" }\n`;
const ask = scheduleAsker(
  'course: X\ntimezone: America/New_York\nevents:\n' +
    lecture(1, '11-15', 'Online tracking') +
    lecture(2, '11-17', 'Location privacy') +
    lecture(3, '11-22', 'Project presentations (day 1)') +
    lecture(4, '11-24', 'Project presentations (day 2)') +
    lecture(5, '11-29', 'Project presentations (day 3)'),
  new Date('2021-11-10T15:00:00Z'),
);

describe('GIVEN classes written one by one with their topics', () => {
  it('WHEN some are asked by their topic THEN each of them is given', () => {
    const text = ask('when are the project presentations');
    for (const day of ['Nov 22', 'Nov 24', 'Nov 29']) expect(text).toContain(day);
    expect(text).not.toContain('Online tracking');
  });

  it('WHEN the next of them is asked THEN only the next one', () => {
    const text = ask('when is the next project presentation');
    expect(text).toContain('Nov 22');
    expect(text).not.toContain('Nov 24');
  });

  it('WHEN the classes are asked by their type THEN the next class answers, not all of them', () => {
    const text = ask('when is the lecture');
    expect(text).toContain('Online tracking');
    expect(text).not.toContain('Location privacy');
  });
});

describe('GIVEN labs and a deadline whose name only starts with "Lab"', () => {
  const askLabs = scheduleAsker(
    `course: X
timezone: America/New_York
events:
  - { id: lab-1, type: practical, title: "Lab 1: Jaw anatomy", start: "2022-11-14 14:00", end: "2022-11-14 16:00" }
  - { id: lab-2, type: practical, title: "Lab 2: Pigment cells", start: "2022-11-21 14:00", end: "2022-11-21 16:00" }
  - { id: notebooks, type: deadline, title: Lab notebooks, due: "2022-12-09 17:00" }
`,
    new Date('2022-11-16T15:00:00Z'),
  );

  it('WHEN the next lab is asked THEN the lab answers, not the notebooks the word only qualifies', () => {
    const text = askLabs('when is the next lab');
    expect(text).toContain('Lab 2: Pigment cells');
    expect(text).not.toContain('Lab notebooks');
  });

  it('WHEN the notebooks are asked THEN they answer', () => {
    expect(askLabs('when are the lab notebooks due')).toContain('**Lab notebooks**: due **Fri, Dec 9, 2022');
  });
});

describe('GIVEN one event that is over and a series that is over', () => {
  const askAfter = scheduleAsker(
    `course: X
timezone: America/New_York
events:
  - { id: out, type: other, title: Homework 1 released, start: "2021-09-06 09:00", end: "2021-09-06 10:00" }
  - { id: lab, type: practical, title: Lab, start: "2021-09-07 14:00", end: "2021-09-07 16:00", weekly_until: "2021-09-21" }
`,
    new Date('2021-11-01T15:00:00Z'),
  );

  it('WHEN the one event is asked THEN it is given with its date, not as the last of several', () => {
    const text = askAfter('when is homework 1 released');
    expect(text).toMatch(/^From the course schedule/);
    expect(text).toContain('**Homework 1 released**: Mon, Sep 6, 2021');
  });

  it('WHEN the series is asked THEN the reply says there are no more and gives the last', () => {
    expect(askAfter('when is the lab')).toMatch(
      /^There are no more of these in the course schedule; the last one was/,
    );
  });
});

describe('GIVEN events whose name says "final" and a series of quizzes', () => {
  const askFinal = scheduleAsker(
    `course: X
timezone: America/New_York
events:
  - { id: talks, type: other, title: Final project presentations (day 1), aliases: [final presentations], start: "2022-12-02 10:00", end: "2022-12-02 11:00" }
  - { id: talks-2, type: other, title: Final project presentations (day 2), aliases: [final presentations], start: "2022-12-09 10:00", end: "2022-12-09 11:00" }
  - { id: q1, type: exam, title: Quiz 1, start: "2022-10-01 10:00", end: "2022-10-01 10:30" }
  - { id: q2, type: exam, title: Quiz 2, start: "2022-11-01 10:00", end: "2022-11-01 10:30" }
`,
    new Date('2022-09-20T15:00:00Z'),
  );

  it('WHEN they are asked by that name THEN "final" is part of the name: both are given, not only the last', () => {
    const text = askFinal('when are final project presentations');
    expect(text).toContain('Fri, Dec 2, 2022');
    expect(text).toContain('Fri, Dec 9, 2022');
  });

  it('WHEN "the final quiz" is asked THEN it is the last quiz', () => {
    const text = askFinal('when is the final quiz');
    expect(text).toContain('Quiz 2');
    expect(text).not.toContain('Quiz 1');
  });
});
