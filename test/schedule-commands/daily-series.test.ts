// A daily series (`daily_until`), for ASTRON 101's observation post due every day of a twelve-day window: how it
// loads and is refused (file, line, field, fix), its sessions across a clock change, its calendar feed (RRULE
// FREQ=DAILY with EXDATE), its reminders (a lead of a day or more only before the first session) and `deadlines`.
import { afterEach, describe, expect, it } from 'vitest';
import deadlines from '../../commands/deadlines.ts';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';
import { allOccurrences, type Schedule } from '../../src/schedule/schedule.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { discordUser, scheduleCore, shown } from './schedule-core.ts';

const ASTRON = `course: ASTRON 101
timezone: America/New_York
events:
  - id: observation-post
    type: deadline
    title: Observation post
    due: "2023-07-25 23:59"
    daily_until: "2023-08-05"
    skip: ["2023-07-30"]
    remind: [7d, 1d, 2h]
  - id: midterm
    type: deadline
    title: Midterm exam
    due: "2023-08-25 23:59"
`;
// Amsterdam moves its clocks forward on Sunday 29 March 2026.
const ACROSS_DST = `course: Deep Learning
timezone: Europe/Amsterdam
events:
  - id: lab-log
    type: practical
    title: Lab log
    start: "2026-03-27 20:00"
    end: "2026-03-27 20:30"
    daily_until: "2026-03-30"
`;

function load(yaml: string): Schedule {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.value;
}
const problems = (yaml: string): string[] => {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  return loaded.ok ? [] : loaded.issues.map(formatIssue);
};

describe('GIVEN a daily series', () => {
  it('WHEN loaded THEN it has a session every day through daily_until but the skipped one', () => {
    const schedule = load(ASTRON);
    const dates = allOccurrences(schedule)
      .filter((o) => o.event.id === 'observation-post')
      .map((o) => o.date);
    expect(dates).toEqual([
      '2023-07-25',
      '2023-07-26',
      '2023-07-27',
      '2023-07-28',
      '2023-07-29',
      '2023-07-31',
      '2023-08-01',
      '2023-08-02',
      '2023-08-03',
      '2023-08-04',
      '2023-08-05',
    ]);
  });

  it('WHEN it crosses a clock change THEN every session keeps its local time', () => {
    const starts = allOccurrences(load(ACROSS_DST)).map((o) => o.start.toISOString());
    expect(starts).toEqual([
      '2026-03-27T19:00:00.000Z', // CET
      '2026-03-28T19:00:00.000Z',
      '2026-03-29T18:00:00.000Z', // CEST
      '2026-03-30T18:00:00.000Z',
    ]);
  });

  it.each([
    [
      'daily_until: "2023-08-05"\n    weekly_until: "2023-08-05"',
      'schedule.yaml:8 events[0].daily_until: cannot go with weekly_until: a series repeats every day or every week; keep the one the syllabus means',
    ],
    [
      'daily_until: "2023-07-20"',
      'schedule.yaml:8 events[0].daily_until: "2023-07-20" is before the first session on 2023-07-25',
    ],
    [
      'daily_until: "2024-09-01"',
      'schedule.yaml:8 events[0].daily_until: "2024-09-01" makes 405 daily sessions from 2023-07-25; a daily series has at most 366 (a year). End it earlier or split it.',
    ],
    [
      'daily_until: "2023-08-05"\n    skip: ["2023-07-24"]',
      'schedule.yaml:9 events[0].skip[0]: "2023-07-24" is not a date of this daily series (every day from 2023-07-25 to 2023-08-05)',
    ],
    [
      'daily_until: "2023-08-32"',
      'schedule.yaml:8 events[0].daily_until: "2023-08-32" is not a real date: August 2023 has 31 days',
    ],
  ])('WHEN it is wrong (%j) THEN the file, line and field are named with the fix', (series, message) => {
    const yaml = ASTRON.replace(/ {4}daily_until: "2023-08-05"\n {4}skip: \["2023-07-30"\]/, `    ${series}`);
    expect(problems(yaml)).toEqual([message]);
  });

  it('WHEN each session is a day long or longer THEN the end is refused: the sessions would overlap', () => {
    expect(problems(ACROSS_DST.replace('end: "2026-03-27 20:30"', 'end: "2026-03-28 20:00"'))).toEqual([
      'schedule.yaml:8 events[0].end: "2026-03-28 20:00" makes each session a day or longer, so the daily sessions would overlap: give the end of the first day\'s session',
    ]);
  });

  it('WHEN an all-day daily series lasts several days each THEN the end is refused; one day each is fine', () => {
    const allDay = `course: X\ntimezone: UTC\nevents:\n  - { id: obs, type: other, title: Obs, start: 2023-07-25, end: 2023-07-26, daily_until: "2023-08-05" }\n`;
    expect(problems(allDay)).toEqual([
      'schedule.yaml:4 events[0].end: "2023-07-26" makes each session longer than a day, so the daily sessions would overlap: leave "end" out for one day each',
    ]);
    const days = allOccurrences(load(allDay.replace(', end: 2023-07-26', ''))).map((o) => o.date);
    expect(days).toHaveLength(12);
  });

  it('WHEN the event has no date yet (tba) THEN daily_until is refused with the fix', () => {
    const yaml = `course: X\ntimezone: UTC\nevents:\n  - { id: obs, type: deadline, title: Obs, tba: true, daily_until: "2023-08-05" }\n`;
    expect(problems(yaml)).toEqual([
      'schedule.yaml:4 events[0].daily_until: this event has "tba" (no date yet), so it has no "daily_until": once the date is known, remove "tba" and give "due"',
    ]);
  });
});

describe('GIVEN the calendar feed', () => {
  it('WHEN a daily series is in it THEN one event repeats daily (RRULE FREQ=DAILY) without the skipped day', () => {
    const ics = buildIcs(load(ASTRON), {
      now: new Date('2023-07-01T00:00:00Z'),
      identity: { code: 'ASTRON 101', courseId: 'astron-101', host: 'bot.example.edu' },
    });
    expect(ics).toMatch(/^RRULE:FREQ=DAILY;UNTIL=20230806T035959Z\r$/m);
    const post = parseIcs(ics).events.get('observation-post.astron-101@bot.example.edu');
    // a deadline is a 15-minute event ending at its due time, 23:59 EDT = 03:59Z the next day
    expect(post?.ends).toHaveLength(11);
    expect(post?.ends[0]).toBe('2023-07-26T03:59:00.000Z');
    expect(post?.ends).not.toContain('2023-07-31T03:59:00.000Z'); // 30 July is skipped
    expect(post?.ends.at(-1)).toBe('2023-08-06T03:59:00.000Z');
  });
});

describe('GIVEN reminders', () => {
  it('WHEN leads are a day or more THEN only the first session has them; shorter leads come before every session', () => {
    const planned = planReminders(
      load(ASTRON),
      new Date('2023-07-01T00:00:00Z'),
      new Date('2023-08-10T00:00:00Z'),
      { filter: (e) => e.id === 'observation-post' },
    );
    const byLead = (lead: string) =>
      planned.filter((r) => r.lead === lead).map((r) => r.occurrence.toISOString());
    expect(byLead('7d')).toEqual(['2023-07-26T03:59:00.000Z']);
    expect(byLead('1d')).toEqual(['2023-07-26T03:59:00.000Z']);
    expect(byLead('2h')).toHaveLength(11);
  });
});

describe('GIVEN the deadlines command', () => {
  let env: ReturnType<typeof scheduleCore>;
  afterEach(() => env.cleanup());

  it('WHEN a daily series is under way THEN it is listed once, at its next session, with its last day', async () => {
    env = scheduleCore('2023-07-28T12:00:00Z');
    env.core.content = { ...env.core.content, schedule: load(ASTRON) };
    const text = shown(await env.run(deadlines, {}, discordUser));
    expect(text.match(/Observation post/g)).toHaveLength(1);
    expect(text).toContain(
      '1. **Observation post**: due Fri, Jul 28, 2023, 11:59 PM EDT (15 hours 59 minutes left, then every day through Sat, Aug 5, 2023)',
    );
    expect(text).toContain('2. **Midterm exam**');
  });
});

describe('GIVEN "when" questions about a daily series of deadlines', () => {
  it('WHEN the series is under way THEN the answer gives its next due time, not its first', () => {
    const env = scheduleCore('2023-07-28T12:00:00Z');
    try {
      const engine = createAnswerEngine({ ...env.core.content, schedule: load(ASTRON) });
      const now = new Date('2023-07-28T12:00:00Z');
      for (const q of ['when is the observation post due', 'when is the next observation post due']) {
        const reply = engine.answer(q, now);
        expect(reply.kind).toBe('answer');
        expect(reply.text).toContain('**Observation post**: due **Fri, Jul 28, 2023, 11:59 PM EDT**');
      }
      // after the last one, the last one
      const after = engine.answer('when is the observation post due', new Date('2023-08-07T12:00:00Z'));
      expect(after.text).toContain('Sat, Aug 5, 2023');
    } finally {
      env.cleanup();
    }
  });
});
