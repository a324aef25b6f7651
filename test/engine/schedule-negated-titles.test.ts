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

describe('GIVEN a negation followed by several words ("no lecture or section", "no Monday labs")', () => {
  const many = parseSchedule(
    `course: X
timezone: America/New_York
events:
  - { id: section, type: practical, title: Section, start: "2023-02-10 10:00", end: "2023-02-10 11:00", weekly_until: "2023-05-12" }
  - { id: lab, type: practical, title: Lab, start: "2023-02-06 14:00", end: "2023-02-06 16:00", weekly_until: "2023-05-08" }
  - { id: thanks, type: other, title: "Thanksgiving (no lecture or section)", start: "2023-11-22 00:00", end: "2023-11-24 23:59" }
  - { id: holiday, type: other, title: Holiday (no Monday labs), start: "2023-04-17 00:00", end: "2023-04-17 23:59" }
`,
    'schedules/test.yaml',
  );
  if (!many.ok) throw new Error(JSON.stringify(many.issues));
  const course = { schedule: many.value, faq: [], course: { name: 'X' } } as unknown as Content;
  const idsOf = (question: string): string[] => {
    const match = matchScheduleQuestion(question, course, now);
    return match?.kind === 'occurrences' ? [...new Set(match.occurrences.map((o) => o.event.id))] : [];
  };

  it('WHEN "when is section" or "when is the next lab" is asked THEN the days without them do not answer', () => {
    expect(idsOf('when is section')).toEqual(['section']);
    expect(idsOf('when is the next lab')).toEqual(['lab']);
  });

  it('WHEN the days without are asked THEN they answer', () => {
    expect(idsOf('when is there no section')).toEqual(['thanks']);
  });
});
