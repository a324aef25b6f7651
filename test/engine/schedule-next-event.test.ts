// "When is the next exam" among exams written one by one, one of them without a date yet: the soonest alone.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const ask = scheduleAsker(
  `course: Ornithology
timezone: America/New_York
events:
  - { id: exam-1, type: exam, title: Exam 1, start: "2026-10-05 10:00", end: "2026-10-05 11:00" }
  - { id: exam-2, type: exam, title: Exam 2, start: "2026-11-09 10:00", end: "2026-11-09 11:00" }
  - { id: exam-3, type: exam, title: Exam 3, tba: during the final exam period }
`,
  new Date('2026-09-20T12:00:00Z'),
);

describe('GIVEN two dated exams and one not dated yet', () => {
  it('WHEN the next exam is asked for THEN the soonest is given alone', () => {
    const text = ask('when is the next exam');
    expect(text).toContain('**Exam 1**');
    expect(text).not.toContain('**Exam 2**');
    expect(text).not.toContain('**Exam 3**');
  });

  it('WHEN the exams are asked for THEN all are given, the one without a date as not yet announced', () => {
    const text = ask('when are the exams');
    for (const n of [1, 2, 3]) expect(text).toContain(`**Exam ${n}**`);
  });
});
