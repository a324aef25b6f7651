// "When is the next deadline" when two deadlines are due at the same moment: both are the next, not the first listed;
// "when is the essay due this week": the days named narrow a "when" question as they do "what is due this week".
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchDayQuestion, matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';

const loaded = parseSchedule(
  `course: GEO 101
timezone: America/Chicago
events:
  - { id: pset-1, type: deadline, title: Problem set 1, due: 2026-10-09, time: tba }
  - { id: pset-2, type: deadline, title: Problem set 2, due: 2026-10-23, time: tba }
  - { id: proposal, type: deadline, title: Project proposal, due: 2026-10-23, time: tba }
  - { id: essay, type: deadline, title: Essay, due: "2026-10-23 17:00" }
  - { id: report, type: deadline, title: Report, due: "2026-11-06 17:00" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = { schedule: loaded.value, faq: [], course: { name: 'Landscapes' } } as unknown as Content;

function ids(question: string, now: string): string[] | null {
  const match = matchScheduleQuestion(question, content, new Date(now));
  return match?.kind === 'deadlines' ? match.events.map((e) => e.id) : null;
}

describe('GIVEN deadlines due at the same moment', () => {
  it('WHEN the next deadline is asked THEN each of them is given', () => {
    expect(ids('when is the next deadline', '2026-10-20T15:00:00Z')).toEqual(['essay']);
    expect(ids('when is the next deadline', '2026-10-23T23:00:00Z')).toEqual(['pset-2', 'proposal']);
  });

  it('WHEN one deadline alone is next THEN it alone is given', () => {
    expect(ids('when is the next deadline', '2026-10-01T15:00:00Z')).toEqual(['pset-1']);
  });
});

describe('GIVEN a "when" question that names a week', () => {
  const onDays = (question: string, now: string): string[] | null => {
    const match = matchDayQuestion(question, content, new Date(now));
    return match?.kind === 'occurrences' ? match.occurrences.map((o) => o.event.id) : null;
  };

  it('WHEN a kind of deadline is asked "this week" THEN only those due this week are given', () => {
    expect(onDays('whens the problem set due this week', '2026-10-20T15:00:00Z')).toEqual(['pset-2']);
  });

  it('WHEN what is due this week is asked before the first deadline THEN nothing, and the next one', () => {
    const match = matchDayQuestion("what's due this week", content, new Date('2026-09-20T15:00:00Z'));
    expect(match?.kind === 'occurrences' ? match.occurrences : null).toEqual([]);
    expect(match?.kind === 'occurrences' ? match.on?.instead?.map((o) => o.event.id) : null).toEqual([
      'pset-1',
    ]);
  });

  it('WHEN no week or day is named THEN it is no question about days', () => {
    expect(onDays('when is the problem set due', '2026-10-20T15:00:00Z')).toBeNull();
  });
});

describe('GIVEN deadlines without a date yet beside dated ones', () => {
  const loadedUndated = parseSchedule(
    `course: GEO 101
timezone: America/Chicago
events:
  - { id: report, type: deadline, title: Report, due: "2026-11-06 17:00" }
  - { id: sketch, type: deadline, title: Sketch, tba: announced in class }
`,
    'schedules/test.yaml',
  );
  if (!loadedUndated.ok) throw new Error(JSON.stringify(loadedUndated.issues));
  const withUndated = {
    schedule: loadedUndated.value,
    faq: [],
    course: { name: 'Landscapes' },
  } as unknown as Content;

  it('WHEN the next deadline is asked THEN the next dated one and those not dated yet (which may come first) are given', () => {
    const match = matchScheduleQuestion('whats due next', withUndated, new Date('2026-10-20T15:00:00Z'));
    expect(match?.kind === 'deadlines' ? match.events.map((e) => e.id) : null).toEqual(['report', 'sketch']);
  });
});
