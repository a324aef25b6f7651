// `validate` warns when nearly all sessions of a kind written one by one fall on one weekday and one or two do not
// ("Class 5" on a Saturday among Monday classes): a typo in the syllabus or in copying it.
import { describe, expect, it } from 'vitest';
import { weekdayOutlierWarning } from '../../src/schedule/weekday-outlier.ts';
import { testSchedule } from './schedule-core.ts';

/** Classes on the Mondays from Sep 12, 2022 (one line each), the `k`th on `moved` instead when given. */
function classes(count: number, moved: Record<number, string> = {}, type = 'lecture'): string {
  return Array.from({ length: count }, (_, k) => {
    const day = moved[k] ?? new Date(Date.UTC(2022, 8, 12 + 7 * k)).toISOString().slice(0, 10);
    return `  - { id: c${k}, type: ${type}, title: "Class ${k + 1}", start: "${day} 16:00", end: "${day} 18:30" }`;
  }).join('\n');
}

describe('GIVEN sessions written one by one', () => {
  it('WHEN one is on another weekday than all the others THEN the warning names it, its day and theirs', () => {
    expect(weekdayOutlierWarning(testSchedule(`${classes(8, { 4: '2022-10-08' })}\n`))).toBe(
      '"Class 5" is on Sat, Oct 8, 2022, but the other 7 are on Mondays. If the syllabus has a typo there, correct ' +
        'the date; a session moved on purpose can stay.',
    );
  });

  it('WHEN the course meets on two days and one session is on a third THEN the warning names both days', () => {
    // Mondays and Thursdays from Sep 12, 2022, the 4th Thursday on a Friday
    const thursdays = Object.fromEntries(
      [1, 3, 5, 7, 9].map((k) => [
        k,
        new Date(Date.UTC(2022, 8, 15 + 7 * ((k - 1) / 2))).toISOString().slice(0, 10),
      ]),
    );
    const schedule = testSchedule(`${classes(10, { ...thursdays, 7: '2022-10-07' })}\n`);
    expect(weekdayOutlierWarning(schedule)).toBe(
      '"Class 8" is on Fri, Oct 7, 2022, but the other 9 are on Mondays and Thursdays. If the syllabus has a typo ' +
        'there, correct the date; a session moved on purpose can stay.',
    );
  });

  it('WHEN its title or description names its own weekday THEN it is taken as moved on purpose', () => {
    const moved = `${classes(8, { 4: '2022-10-08' })}\n`.replace(
      'title: "Class 5"',
      'title: "Class 5", description: "Saturday this week (the Monday is a holiday)"',
    );
    expect(weekdayOutlierWarning(testSchedule(moved))).toBeNull();
  });

  it('WHEN all are on one weekday THEN there is no warning', () => {
    expect(weekdayOutlierWarning(testSchedule(`${classes(8)}\n`))).toBeNull();
  });

  it('WHEN there are too few, or the course meets on two days THEN there is no warning', () => {
    expect(weekdayOutlierWarning(testSchedule(`${classes(4, { 2: '2022-09-29' })}\n`))).toBeNull();
    const twoDays = { 1: '2022-09-22', 3: '2022-10-06', 5: '2022-10-20' };
    expect(weekdayOutlierWarning(testSchedule(`${classes(10, twoDays)}\n`))).toBeNull();
  });

  it('WHEN the odd one is a deadline or of another type THEN it is not counted with them', () => {
    const events = `${classes(8)}\n  - { id: d, type: deadline, title: "Essay", due: "2022-10-08 23:59" }\n  - { id: x, type: exam, title: "Midterm", start: "2022-10-08 10:00" }\n`;
    expect(weekdayOutlierWarning(testSchedule(events))).toBeNull();
  });
});
