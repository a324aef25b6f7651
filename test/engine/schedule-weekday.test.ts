// "What weekday" and "which weekday" ask when, as "what day" does: the schedule answers with the event's days.
import { describe, expect, it } from 'vitest';
import { scheduleIds } from './helpers/ask-schedule.ts';

const ids = scheduleIds(
  `course: X
timezone: America/New_York
events:
  - { id: lab, type: practical, title: Lab, start: "2023-02-09 13:00", end: "2023-02-09 15:00", weekly_until: "2023-05-11" }
  - { id: exam, type: exam, title: Final exam, start: "2023-05-18 09:00", end: "2023-05-18 11:00" }
`,
  new Date('2023-03-01T15:00:00Z'),
);

describe('GIVEN a schedule with a weekly lab and an exam', () => {
  it('WHEN "what weekday" or "which weekday" is asked THEN the events asked about answer', () => {
    expect(ids('what weekday are labs held')).toEqual(['lab']);
    expect(ids('which weekday is the final exam')).toEqual(['exam']);
  });
});
