// Events dated without a time (`start: 2027-03-08`, `end: 2027-03-12` for several days): they load with a clear
// error for every misuse; "when" answers, `practicals`, the reminders and the calendar feed give their days, never a
// time ("00:00"), and no platform turns them into a time in the reader's zone. The schedule:
// test/fixtures/schedules/all-day.yaml, with the FAQ of test/fixtures/courses/tba.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import practicals from '../../commands/practicals.ts';
import ask from '../../commands/ask.ts';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { renderTimes } from '../../src/core/render-text.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { discordTime, slackTime } from '../../src/platforms/shared/render-times.ts';
import { planReminders, renderReminderText } from '../../src/reminders/plan-reminders.ts';
import { allOccurrences } from '../../src/schedule/schedule.ts';
import ICAL from 'ical.js';
import { parseIcs } from '../calendar/parse-ics.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';
import { scheduleProblems, shown } from './schedule-core.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = loadContent({
  faqDir: path.join(ROOT, 'test/fixtures/courses/tba/faq'),
  scheduleFile: path.join(ROOT, 'test/fixtures/schedules/all-day.yaml'),
});
const { schedule } = content;
const BEFORE = new Date('2027-03-01T10:00:00Z');

describe('GIVEN a schedule with events dated without a time', () => {
  it('THEN they load as all-day events: dates kept as written, a one-day event without an end', () => {
    const byId = new Map(schedule.events.map((e) => [e.id, e]));
    expect(byId.get('project-week')).toMatchObject({ start: '2027-03-08', end: '2027-03-12', allDay: true });
    expect(byId.get('kings-day')).toMatchObject({ start: '2027-04-27', allDay: true });
    expect(byId.get('kings-day')?.end).toBeUndefined();
    expect(byId.get('lab')?.allDay).toBeUndefined();
  });

  it('THEN each occurrence spans whole local days, from midnight to the midnight after its last day', () => {
    const weeks = allOccurrences(schedule).filter((o) => o.event.id === 'project-week');
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatchObject({
      date: '2027-03-08',
      lastDate: '2027-03-12',
      start: new Date('2027-03-07T23:00:00Z'),
      end: new Date('2027-03-12T23:00:00Z'),
    });
    // The clocks go forward on 28 March: the take-home exam day after it starts at 00:00 CEST.
    const exam = allOccurrences(schedule).find((o) => o.event.id === 'take-home');
    expect(exam?.start).toEqual(new Date('2027-03-28T22:00:00Z'));
    const study = allOccurrences(schedule).filter((o) => o.event.id === 'self-study');
    expect(study.map((o) => o.date)).toEqual(['2027-03-04', '2027-03-18', '2027-03-25']);
  });
});

describe('GIVEN an all-day event written wrongly', () => {
  const problems = scheduleProblems;

  it('WHEN a deadline has a date without a time THEN it is refused with the time to add', () => {
    expect(problems('  - id: a1\n    type: deadline\n    title: A1\n    due: 2027-03-06\n')).toEqual([
      'schedules/test.yaml:7 events[0].due: "2027-03-06" has no time: a deadline is due at a moment, such as "2027-03-06 23:59"; when the syllabus gives the day but not the time, add time: tba',
    ]);
  });

  it('WHEN the end has a time and the start none, or the reverse THEN each says how to write it', () => {
    expect(
      problems(
        '  - id: w\n    type: other\n    title: W\n    start: 2027-03-06\n    end: "2027-03-10 17:00"\n',
      ),
    ).toEqual([
      'schedules/test.yaml:8 events[0].end: "2027-03-10 17:00" has a time, but "start" is a date (an all-day event): write the last day as a date YYYY-MM-DD, or give "start" a time too',
    ]);
    expect(
      problems(
        '  - id: w\n    type: other\n    title: W\n    start: "2027-03-06 09:00"\n    end: 2027-03-10\n',
      ),
    ).toEqual([
      'schedules/test.yaml:8 events[0].end: "2027-03-10" has no time, but "start" has one: write the end as YYYY-MM-DD HH:mm, or write "start" as a date too for an all-day event',
    ]);
  });

  it('WHEN the last day is before the first, a date does not exist, or a lead is in hours THEN each is named', () => {
    expect(
      problems(
        '  - id: w\n    type: other\n    title: W\n    start: 2027-03-10\n    end: 2027-03-06\n' +
          '  - id: x\n    type: exam\n    title: X\n    start: 2027-02-30\n' +
          '  - id: y\n    type: exam\n    title: Y\n    start: 2027-03-01\n    remind: [1d, 2h]\n',
      ),
    ).toEqual([
      `schedules/test.yaml:8 events[0].end: "2027-03-06" is before the first day "2027-03-10" (an all-day event's "end" is its last day)`,
      'schedules/test.yaml:12 events[1].start: "2027-02-30" is not a real date: February 2027 has 28 days',
      'schedules/test.yaml:17 events[2].remind[1]: "2h" is in hours, but this event is all-day: give days or weeks (1d, 1w); its reminders are sent at 09:00 on that day',
    ]);
  });

  it('WHEN a start is neither a time nor a date THEN the error says both forms', () => {
    expect(problems('  - id: w\n    type: other\n    title: W\n    start: next week\n')).toEqual([
      'schedules/test.yaml:7 events[0].start: "next week" is not a local time YYYY-MM-DD HH:mm (or a date YYYY-MM-DD for an all-day event)',
    ]);
  });

  it('WHEN a daily all-day series has sessions longer than a day THEN it is refused as overlapping', () => {
    expect(
      problems(
        '  - id: w\n    type: other\n    title: W\n    start: 2027-03-01\n    end: 2027-03-02\n    daily_until: 2027-03-05\n',
      ),
    ).toEqual([
      'schedules/test.yaml:8 events[0].end: "2027-03-02" makes each session longer than a day, so the daily sessions would overlap: leave "end" out for one day each',
    ]);
  });

  it('WHEN a weekly all-day series has sessions a week long THEN it is refused as overlapping', () => {
    expect(
      problems(
        '  - id: w\n    type: other\n    title: W\n    start: 2027-03-01\n    end: 2027-03-08\n    weekly_until: 2027-04-01\n',
      ),
    ).toEqual([
      'schedules/test.yaml:8 events[0].end: "2027-03-08" makes each session a week or longer, so the weekly sessions would overlap',
    ]);
  });
});

describe('GIVEN "when" questions about them', () => {
  const engine = createAnswerEngine(content, { vectors: false });

  it('WHEN a multi-day event is asked about THEN its days, "all day", no time and no zone; its description follows', () => {
    const reply = engine.answer('when is project week', BEFORE);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toBe(
      'From the course schedule:\n- **Project week (no lectures)**: Mon 8 Mar to Fri 12 Mar 2027, all day (in 7 days)\n\nWork on the group project; the TAs hold extra office hours.',
    );
    expect(reply.sources.map((s) => s.id)).toEqual(['schedule:project-week']);
  });

  it('WHEN it is asked about the day before or during its days THEN tomorrow, then under way, not over', () => {
    expect(engine.answer('when is project week', new Date('2027-03-07T06:00:00Z')).text).toContain(
      'Mon 8 Mar to Fri 12 Mar 2027, all day (tomorrow)',
    );
    const reply = engine.answer('when is project week', new Date('2027-03-10T12:00:00Z'));
    expect(reply.text).toContain('Mon 8 Mar to Fri 12 Mar 2027, all day (under way)');
    const after = engine.answer('when is project week', new Date('2027-03-13T12:00:00Z'));
    // (one event, not the last of several: given with its days, as over)
    expect(after.text).toMatch(
      /^From the course schedule:\n- \*\*Project week \(no lectures\)\*\*: .*\(over\)/,
    );
  });

  it('WHEN the ask command answers on Discord and Slack THEN the days stay text: no time token for them', async () => {
    const { core, cleanup } = makeTestCore('2027-03-01T10:00:00Z');
    try {
      core.content = content;
      const runner = createCommandRunner(core, [ask]);
      const reply = await runner.run('ask', { question: 'when is the take-home exam' }, student);
      expect(reply.times ?? []).toEqual([]);
      expect(reply.text).toContain('**Take-home exam**: Mon 29 Mar 2027, all day (in 28 days)');
      expect(reply.text).toContain('; Online (Canvas)');
      expect(reply.text).not.toMatch(/00:00|\(times? in/);
      expect(renderTimes(reply.text, reply.times, discordTime)).not.toContain('<t:');
      expect(renderTimes(reply.text, reply.times, slackTime)).not.toContain('<!date');
    } finally {
      cleanup();
    }
  });
});

describe('GIVEN the practicals command', () => {
  const { core, cleanup } = makeTestCore('2027-03-01T10:00:00Z');
  core.content = content;
  afterAll(cleanup);
  const runner = createCommandRunner(core, [practicals]);

  it("THEN an all-day session is written as its day, a timed one as a time in the reader's zone", async () => {
    const reply = await runner.run('practicals', {}, student);
    expect(reply.text).toBe(
      '**Next practical of each group**\n- Thu 4 Mar 2027, all day: **Self-study day** (`thu-a`)\n- {{time:0}}: **Lab session** (`fri-a`)',
    );
    expect(shown(reply)).toContain('- Fri 5 Mar 2027, 13:30 CET: **Lab session**');
    const group = await runner.run('practicals', { group: 'thu-a' }, student);
    expect(group.text.split('\n').slice(1)).toEqual([
      '- Thu 4 Mar 2027, all day: **Self-study day** (`thu-a`)',
      '- Thu 18 Mar 2027, all day: **Self-study day** (`thu-a`)',
      '- Thu 25 Mar 2027, all day: **Self-study day** (`thu-a`)',
    ]);
  });
});

describe('GIVEN reminders', () => {
  const planned = planReminders(schedule, new Date('2027-02-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'));

  it("THEN an all-day exam's day leads come at 09:00 local on their day, across the clock change", () => {
    expect(planned.filter((r) => r.eventId === 'take-home').map((r) => [r.lead, r.at.toISOString()])).toEqual(
      [
        ['7d', '2027-03-22T08:00:00.000Z'], // 09:00 CET
        ['1d', '2027-03-28T07:00:00.000Z'], // 09:00 CEST, the day the clocks go forward
      ],
    );
    const dayBefore = planned.find((r) => r.eventId === 'take-home' && r.lead === '1d');
    expect(dayBefore?.text).toBe(
      '⏰ Reminder: **Take-home exam** is tomorrow: Mon 29 Mar 2027 (all day) in Online (Canvas).',
    );
    expect(dayBefore?.times).toEqual([]);
  });

  it("THEN a practical's default hour lead, and a user's own hour leads, are not used for all-day events", () => {
    expect(planned.some((r) => r.eventId === 'self-study')).toBe(false);
    expect(planned.filter((r) => r.eventId === 'lab').map((r) => r.lead)).toEqual(['1h']);
    const own = planReminders(schedule, new Date('2027-03-20T00:00:00Z'), new Date('2027-04-01T00:00:00Z'), {
      leads: ['2d', '2h'],
      filter: (e) => e.id === 'take-home',
    });
    expect(own.map((r) => [r.lead, r.at.toISOString()])).toEqual([['2d', '2027-03-27T08:00:00.000Z']]);
  });

  it('THEN one sent late still counts the days, and none is sent once the day has begun', () => {
    const week = planned.find((r) => r.eventId === 'take-home' && r.lead === '7d');
    if (!week) throw new Error('no 7d reminder');
    expect(renderReminderText(week.message, new Date('2027-03-23T10:00:00Z'))?.text).toMatch(
      /^⏰ Reminder: \*\*Take-home exam\*\* is in 6 days: Mon 29 Mar 2027 \(all day\)/,
    );
    expect(renderReminderText(week.message, new Date('2027-03-28T22:00:00Z'))).toBeNull();
  });
});

describe('GIVEN the calendar feed', () => {
  const ics = buildIcs(schedule, { now: BEFORE, identity: { courseId: 'acc302', host: 'bot.example.org' } });
  const { events } = parseIcs(ics);
  const block = (uid: string): string => {
    const from = ics.indexOf(`UID:${uid}`);
    return ics.slice(from, ics.indexOf('END:VEVENT', from));
  };

  it('THEN an all-day event is a DATE event ending the day after its last (exclusive), read so by a real parser', () => {
    const week = block('project-week.acc302@bot.example.org');
    expect(week).toContain('DTSTART;VALUE=DATE:20270308\r\n');
    expect(week).toContain('DTEND;VALUE=DATE:20270313\r\n');
    expect(week).not.toContain('TZID');
    expect(week).not.toContain('the end shown is not known');
    const parsed = events.get('project-week.acc302@bot.example.org');
    expect(parsed?.component.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-08');
    expect(block('kings-day.acc302@bot.example.org')).toContain('DTEND;VALUE=DATE:20270428\r\n');
  });

  it('THEN a weekly all-day series repeats to a date UNTIL without its skipped day', () => {
    const study = block('self-study.acc302@bot.example.org');
    expect(study).toContain('RRULE:FREQ=WEEKLY;UNTIL=20270325\r\n');
    expect(study).toContain('EXDATE;VALUE=DATE:20270311\r\n');
    const component = events.get('self-study.acc302@bot.example.org')?.component;
    const dates: string[] = [];
    if (component) {
      const it = new ICAL.Event(component).iterator();
      for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    }
    expect(dates).toEqual(['2027-03-04', '2027-03-18', '2027-03-25']);
  });

  it('THEN a daily all-day series is one event repeating every day to a date UNTIL, a day each', () => {
    const daily = scheduleOf(
      'course: T\ntimezone: Europe/Amsterdam\nevents:\n  - { id: obs, type: other, title: Observation days, start: 2027-03-01, daily_until: 2027-03-04, skip: [2027-03-03] }\n',
    );
    expect(allOccurrences(daily).map((o) => [o.date, o.lastDate])).toEqual([
      ['2027-03-01', '2027-03-01'],
      ['2027-03-02', '2027-03-02'],
      ['2027-03-04', '2027-03-04'],
    ]);
    const text = buildIcs(daily, { now: BEFORE, identity: { courseId: 't', host: 'bot.example.org' } });
    expect(text).toContain('RRULE:FREQ=DAILY;UNTIL=20270304\r\nEXDATE;VALUE=DATE:20270303\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270302\r\n');
  });

  it("THEN an all-day exam's alarm comes at 09:00 the day before, as its reminder does", () => {
    expect(block('take-home.acc302@bot.example.org')).toContain('TRIGGER;RELATED=START:-PT15H\r\n');
  });

  it('THEN timed events keep their zone', () => {
    expect(block('lab.acc302@bot.example.org')).toContain('DTSTART;TZID=Europe/Amsterdam:20270305T133000');
  });
});

function scheduleOf(yaml: string) {
  const loaded = parseSchedule(yaml, 'schedule.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}
