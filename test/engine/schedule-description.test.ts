// A schedule answer about one event says what the schedule says of it (its description); a listing of several
// events does not.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const yaml = `course: Statistics
timezone: Europe/Amsterdam
events:
  - id: final
    type: exam
    title: Final exam
    start: "2026-12-18 13:00"
    end: "2026-12-18 15:00"
    description: Closed book; the room is announced on the course page.
  - id: hw1
    type: deadline
    title: Homework 1
    due: "2026-10-02 23:59"
    description: Hand in one PDF.
  - id: hw2
    type: deadline
    title: Homework 2
    due: "2026-10-16 23:59"
    description: Hand in a PDF and your code.
`;

describe('GIVEN schedule events with descriptions', () => {
  const ask = scheduleAsker(yaml, new Date('2026-09-20T12:00:00Z'));

  it('THEN a question about one exam gives its time and its description', () => {
    const text = ask('when is the final exam');
    expect(text).toContain('**Final exam**: Fri 18 Dec 2026, 13:00 CET to 15:00 CET');
    expect(text).toContain('Closed book; the room is announced on the course page.');
  });

  it('THEN a question about one deadline gives its description', () => {
    expect(ask('when is homework 2 due')).toContain('Hand in a PDF and your code.');
  });

  it('THEN a listing of several deadlines leaves the descriptions out', () => {
    const text = ask('when are the homework deadlines');
    expect(text).toContain('**Homework 1**');
    expect(text).toContain('**Homework 2**');
    expect(text).not.toContain('Hand in');
  });
});

describe('GIVEN sessions whose descriptions list what they cover', () => {
  const ask = scheduleAsker(
    `course: Seminar
timezone: America/New_York
events:
  - id: week-3
    type: lecture
    title: "Week 3 seminar"
    start: "2026-09-14 16:00"
    end: "2026-09-14 17:30"
    description: "Readings: Schelling 1971, Dynamic Models of Segregation."
  - id: week-4
    type: lecture
    title: "Week 4 seminar"
    start: "2026-09-21 16:00"
    end: "2026-09-21 17:30"
    description: "Readings: Axelrod 1997, The Dissemination of Culture."
  - id: essay
    type: deadline
    title: Essay
    due: "2026-10-02 23:59"
    description: Write about segregation or culture.
`,
    new Date('2026-09-01T12:00:00Z'),
  );

  it.each([
    ['when do we discuss the segregation model', 'Week 3 seminar'],
    ['when do we read axelrod', 'Week 4 seminar'],
    ['Axelrod culture which week', 'Week 4 seminar'],
    ['what week is schelling', 'Week 3 seminar'],
  ])('WHEN "%s" is asked THEN the session that covers it is found by its description', (q, title) => {
    const text = ask(q);
    expect(text).toContain(`**${title}**`);
    expect(text).not.toContain('**Essay**');
  });

  it('WHEN a question does not ask when something is covered THEN descriptions are not searched', () => {
    expect(() => ask('when is the segregation model')).toThrow(/no schedule match/);
  });
});
