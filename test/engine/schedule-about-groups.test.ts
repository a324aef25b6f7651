// "What is lab 5 about" when each lab group has its own Lab 5: the schedule gives each group's, not a fallback.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchAboutQuestion } from '../../src/engine/schedule-questions.ts';

function content(groups: (string | null)[]): Content {
  const events = groups
    .map(
      (g, i) => `  - id: lab5-${i}
    type: practical
    title: "Lab 5: Titration${g ? ` (${g} group)` : ''}"
${g ? `    group: ${g.toLowerCase()}\n` : ''}    start: "2026-10-0${5 + i} 13:00"
    end: "2026-10-0${5 + i} 17:00"`,
    )
    .join('\n');
  const loaded = parseSchedule(
    `course: Lab\ntimezone: America/New_York\nevents:\n${events}\n`,
    'schedules/test.yaml',
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return { schedule: loaded.value, faq: [], course: { name: 'Lab' } } as unknown as Content;
}

const ids = (c: Content) => {
  const match = matchAboutQuestion('what is lab 5 about', c);
  return match?.kind === 'occurrences' ? match.occurrences.map((o) => o.event.id) : null;
};

describe('GIVEN a numbered lab written once for each of three groups', () => {
  it('WHEN "what is lab 5 about" is asked THEN each group\'s is given', () => {
    expect(ids(content(['Monday', 'Tuesday', 'Wednesday']))).toEqual(['lab5-0', 'lab5-1', 'lab5-2']);
  });

  it('WHEN three events of that name are not one per group THEN the question is not taken as about them', () => {
    expect(ids(content([null, null, null]))).toBeNull();
  });
});
