// An exam (or any event but a deadline) written with only its start: it loads, calendars show it with a default
// length and say the end is not known, and replies give the start without an end.
import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import type { Content } from '../../src/content/load-content.ts';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';
import { parseIcs } from '../calendar/parse-ics.ts';

const yaml = `course: Epidemiology
timezone: America/New_York
events:
  - id: final
    type: exam
    title: Final exam
    start: "2023-05-22 13:00"
    location: Herter Hall
`;

function load(text: string) {
  return parseSchedule(text, 'schedules/test.yaml');
}

describe('GIVEN an exam with only a start time', () => {
  const loaded = load(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const schedule = loaded.value;

  it('THEN the schedule loads, the event without an end', () => {
    expect(schedule.events[0]).toMatchObject({ id: 'final', start: '2023-05-22 13:00' });
    expect(schedule.events[0]?.end).toBeUndefined();
  });

  it('THEN the calendar shows it from its start for the default length and says the end is not known', () => {
    const identity = { courseId: 'epi', host: 'bot.example.org' };
    const { events } = parseIcs(buildIcs(schedule, { now: new Date('2023-05-01T00:00:00Z'), identity }));
    const event = events.get('final.epi@bot.example.org');
    expect(event?.starts).toEqual(['2023-05-22T17:00:00.000Z']); // 13:00 EDT
    expect(event?.ends).toEqual(['2023-05-22T18:00:00.000Z']);
    expect(buildIcs(schedule, { now: new Date('2023-05-01T00:00:00Z'), identity })).toContain(
      'The schedule gives only the start time',
    );
  });

  it('THEN "when is the final exam" gives the start and no end', () => {
    const content = { schedule, faq: [], course: { name: 'Epidemiology' } } as unknown as Content;
    const now = new Date('2023-05-01T12:00:00Z');
    const match = matchScheduleQuestion('when is the final exam', content, now);
    expect(match).not.toBeNull();
    if (!match) return;
    const text = renderScheduleAnswer(match, content, now);
    expect(text).toContain('**Final exam**: Mon, May 22, 2023, 1:00 PM EDT');
    expect(text).not.toContain(' to ');
    expect(text).toContain('Herter Hall');
  });
});

describe('GIVEN an end equal to the start', () => {
  it('THEN it is refused, saying to leave the end out when only the start is known', () => {
    const loaded = load(yaml.replace('    location', '    end: "2023-05-22 13:00"\n    location'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues.map((i) => `${i.line} ${i.field}: ${i.message}`)).toEqual([
      '8 events[0].end: "2023-05-22 13:00" is not after the start "2023-05-22 13:00" (leave "end" out when only the start is known)',
    ]);
  });
});
