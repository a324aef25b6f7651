// `validate` warns when events name weekdays their dates are not on: a syllabus that gives dates with weekdays but no
// year, read in the wrong year.
import { describe, expect, it } from 'vitest';
import { weekdayMismatchWarning } from '../../src/schedule/weekday-mismatch.ts';
import { testSchedule } from './schedule-core.ts';

const schedule = testSchedule;

// (Feb 6 and Feb 8 are a Monday and a Wednesday in 2023, a Sunday and a Tuesday in 2022)
const labs = (
  year: number,
) => `  - { id: mon, type: practical, title: "Lab 1 (Monday group)", start: "${year}-02-06 13:25", end: "${year}-02-06 17:30" }
  - { id: wed, type: practical, title: "Lab 1 (Wednesday group)", start: "${year}-02-08 13:25", end: "${year}-02-08 17:30" }
  - { id: pre, type: deadline, title: "Pre-lab (Monday group)", due: "${year}-02-05 18:00" }
`;

describe('GIVEN sessions whose titles name their weekdays', () => {
  it('WHEN the dates are on other weekdays THEN the warning names the first and the year they fit', () => {
    expect(weekdayMismatchWarning(schedule(labs(2022)))).toBe(
      '2 events in the schedule name a weekday their dates are not on: "Lab 1 (Monday group)" is on Sunday, Feb 6, ' +
        '2022. In 2023 they fall on the weekday named: check the year of the dates.',
    );
  });

  it('WHEN the dates are on them THEN there is no warning (a deadline due the day before its group meets is fine)', () => {
    expect(weekdayMismatchWarning(schedule(labs(2023)))).toBeNull();
  });

  it('WHEN a weekly series starts on another weekday than it names THEN it is warned about, alone', () => {
    // (Feb 9 is a Friday in 2024 and a Thursday in 2023: the syllabus's year was misread)
    expect(
      weekdayMismatchWarning(
        schedule(
          '  - { id: class-thu, type: lecture, title: "Class (Thursday)", start: "2024-02-09 10:00", end: "2024-02-09 11:15", weekly_until: "2024-05-09" }\n',
        ),
      ),
    ).toBe(
      'The weekly series "Class (Thursday)" names a weekday its sessions are not on: "Class (Thursday)" starts on ' +
        'Friday, Feb 9, 2024. In 2023 it falls on the weekday named: check the year of the dates.',
    );
  });

  it('WHEN only one event is on another weekday THEN it is taken as meant ("No class (Friday schedule)")', () => {
    expect(
      weekdayMismatchWarning(
        schedule('  - { id: x, type: other, title: "No class (Friday schedule)", start: "2022-11-22" }\n'),
      ),
    ).toBeNull();
  });
});
