// A "when" question may place an event in the course or its term ("when is spring break this semester", "for this
// class"): those words name no event, so the event is found without them, and an event that does name its term
// ("Last day of the semester") is still found by them.
import { describe, expect, it } from 'vitest';
import { scheduleIds } from './helpers/ask-schedule.ts';

const ids = scheduleIds(
  `course: X
timezone: America/New_York
events:
  - { id: class-tue, type: lecture, title: Class, start: "2023-02-07 11:30", end: "2023-02-07 12:45", weekly_until: "2023-05-16" }
  - { id: break, type: other, title: Spring break (no classes), start: "2023-03-11 00:00", end: "2023-03-19 23:59" }
  - { id: finals, type: other, title: Finals week (no classes), start: "2023-05-20 00:00", end: "2023-05-27 23:59" }
  - { id: last-day, type: other, title: Last day of the semester, start: "2023-05-19 00:00", end: "2023-05-19 23:59" }
`,
  new Date('2023-03-01T15:00:00Z'),
);

describe('GIVEN a schedule whose event titles do not name the term', () => {
  it('WHEN a question places the event "this semester" or "for this class" THEN the event is found', () => {
    expect(ids('when is spring break this semester')).toEqual(['break']);
    expect(ids('when is spring break for this class')).toEqual(['break']);
    expect(ids('When is finals week this term?')).toEqual(['finals']);
  });

  it('WHEN an event names the term itself THEN the question naming it finds that event', () => {
    expect(ids('when is the last day of the semester')).toEqual(['last-day']);
  });

  it('WHEN the question names nothing but the term THEN no event is found for it', () => {
    expect(ids('when is this quarter')).toEqual([]);
  });
});
