// A "when" question that names a type of event is about events of that type: "when is exam 1" gives the exam, not
// the review lecture titled after it; a question naming no type still finds every event with its words.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const yaml = `course: Operations Research
timezone: America/New_York
events:
  - id: review1
    type: lecture
    title: Exam 1 review
    start: "2022-10-12 08:40"
    end: "2022-10-12 09:55"
  - id: exam1
    type: exam
    title: Exam 1
    start: "2022-10-17 08:40"
    end: "2022-10-17 09:55"
`;

describe('GIVEN an exam and a review lecture titled after it', () => {
  const ask = scheduleAsker(yaml, new Date('2022-10-01T12:00:00Z'));

  it('THEN "when is exam 1" gives the exam alone', () => {
    const text = ask('when is exam 1');
    expect(text).toContain('**Exam 1**: Mon, Oct 17, 2022');
    expect(text).not.toContain('review');
  });

  it('THEN "when is the exam 1 review" gives the review', () => {
    expect(ask('when is the exam 1 review')).toContain('**Exam 1 review**: Wed, Oct 12, 2022');
  });
});
