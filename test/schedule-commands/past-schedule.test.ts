// `validate` warns when every event of the schedule is over: usually a year written wrong, or last term's file.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { pastScheduleWarning } from '../../src/schedule/past-schedule.ts';

const loaded = parseSchedule(
  `course: X
timezone: America/New_York
events:
  - { id: class, type: lecture, title: Class, start: "2022-09-06 10:00", end: "2022-09-06 11:00", weekly_until: "2022-12-06" }
  - { id: paper, type: deadline, title: Final paper, due: "2022-12-18 23:59" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const schedule = loaded.value;

describe('GIVEN a schedule of one term', () => {
  it('WHEN every event is over THEN the warning names the last one and its day, and says to check the year', () => {
    expect(pastScheduleWarning(schedule, new Date('2026-12-01T12:00:00Z'))).toBe(
      'every event in the schedule is over: the last, "Final paper", was on Sun, Dec 18, 2022. Students asking ' +
        'about dates would get past ones. If the term is still to come, check the year of the dates; for a past ' +
        'term kept on purpose (to try the bot), run validate with --now set to a time inside it.',
    );
  });

  it('WHEN the last event is still to come THEN there is no warning', () => {
    expect(pastScheduleWarning(schedule, new Date('2022-12-10T12:00:00Z'))).toBeNull();
  });

  it('WHEN the last event runs over several days THEN the warning gives the day it ended', () => {
    const exam = parseSchedule(
      `course: X
timezone: America/New_York
events:
  - { id: final, type: exam, title: Final exam (online), start: "2022-12-12 10:10", end: "2022-12-14 10:10" }
`,
      'schedules/exam.yaml',
    );
    if (!exam.ok) throw new Error('invalid');
    expect(pastScheduleWarning(exam.value, new Date('2026-12-01T12:00:00Z'))).toContain(
      'the last, "Final exam (online)", was on Wed, Dec 14, 2022.',
    );
  });
});
