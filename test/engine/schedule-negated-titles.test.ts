// An event whose title says what it is not ("Spring break (no classes)", "No lecture (holiday)") is not found by that
// word alone: "when is class" gives the classes; "when is there no class" gives the days without.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';

const loaded = parseSchedule(
  `course: X
timezone: America/New_York
events:
  - { id: class-tue, type: lecture, title: Class, start: "2023-02-07 11:30", end: "2023-02-07 12:45", weekly_until: "2023-05-16" }
  - { id: break, type: other, title: Spring break (no classes), start: "2023-03-11 00:00", end: "2023-03-19 23:59" }
  - { id: holiday, type: other, title: No class (Patriots' Day), start: "2023-04-18 11:30", end: "2023-04-18 12:45" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = { schedule: loaded.value, faq: [], course: { name: 'X' } } as unknown as Content;
const now = new Date('2023-03-01T15:00:00Z');

function ids(question: string): string[] {
  const match = matchScheduleQuestion(question, content, now);
  if (!match || match.kind !== 'occurrences') return [];
  return [...new Set(match.occurrences.map((o) => o.event.id))];
}

describe('GIVEN events whose titles say "no class"', () => {
  it('WHEN "when is class" is asked THEN only the classes answer', () => {
    expect(ids('when is class')).toEqual(['class-tue']);
  });

  it('WHEN "when is there no class" is asked THEN the days without class answer', () => {
    expect(ids('when is there no class').sort()).toEqual(['break', 'holiday']);
  });

  it('WHEN the event is named by its other words THEN it is found', () => {
    expect(ids('when is spring break')).toEqual(['break']);
  });
});
