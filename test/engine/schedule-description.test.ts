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
