// Events whose day is known and whose time is announced later (`time: tba` with `start` a date): they are all-day
// events everywhere times are worked with (days, reminders in days at 09:00, DATE events in the feed), but every
// place that shows their time says "time to be announced", never "all day" or a clock time. A deadline so written
// (`due` a date) is due by the end of its day for everything that counts time (late days, order), and shown the same. The schedule:
// test/fixtures/schedules/time-tba.yaml, with the FAQ of test/fixtures/courses/tba.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import deadlines from '../../commands/deadlines.ts';
import practicals from '../../commands/practicals.ts';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { planReminders, renderReminderText } from '../../src/reminders/plan-reminders.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';
import { scheduleProblems } from './schedule-core.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = loadContent({
  faqDir: path.join(ROOT, 'test/fixtures/courses/tba/faq'),
  scheduleFile: path.join(ROOT, 'test/fixtures/schedules/time-tba.yaml'),
});
const { schedule } = content;
const BEFORE = new Date('2027-03-01T10:00:00Z');

describe('GIVEN events with a date and time: tba', () => {
  it('THEN they load as all-day events marked time-to-be-announced; a timed event is not marked', () => {
    const byId = new Map(schedule.events.map((e) => [e.id, e]));
    expect(byId.get('midterm-1')).toMatchObject({ start: '2027-03-10', allDay: true, timeTba: true });
    expect(byId.get('oral-exams')).toMatchObject({ start: '2027-03-22', end: '2027-03-24', timeTba: true });
    expect(byId.get('lab')?.timeTba).toBeUndefined();
  });

  it('THEN a deadline given as a day loads as due at the end of that day, not all-day', () => {
    const essay = schedule.events.find((e) => e.id === 'essay');
    expect(essay).toMatchObject({ start: '2027-03-12 23:59', timeTba: true });
    expect(essay?.allDay).toBeUndefined();
  });
});

describe('GIVEN time: tba written wrongly', () => {
  const problems = scheduleProblems;

  it('WHEN on a deadline, beside a start with a time, or not tba THEN each is named with the fix', () => {
    expect(
      problems('  - id: a1\n    type: deadline\n    title: A1\n    due: "2027-03-06 23:59"\n    time: tba\n'),
    ).toEqual([
      'schedules/test.yaml:8 events[0].time: "due" already has a time ("2027-03-06 23:59"): leave "time: tba" out, or write "due" as a date YYYY-MM-DD while the time is not known',
    ]);
    expect(
      problems(
        '  - id: a1\n    type: deadline\n    title: A1\n    due: 2027-03-06\n    time: tba\n    remind: [2h]\n',
      ),
    ).toEqual([
      'schedules/test.yaml:9 events[0].remind[0]: "2h" is in hours, but this deadline\'s time is to be announced: give days or weeks (1d, 1w); its reminders are sent at 09:00 on that day',
    ]);
    expect(
      problems('  - id: x\n    type: exam\n    title: X\n    start: "2027-03-06 09:00"\n    time: tba\n'),
    ).toEqual([
      'schedules/test.yaml:8 events[0].time: "start" already has a time ("2027-03-06 09:00"): leave "time: tba" out, or write "start" as a date YYYY-MM-DD while the time is not known',
    ]);
    expect(
      problems('  - id: x\n    type: exam\n    title: X\n    start: 2027-03-06\n    time: "13:30"\n'),
    ).toEqual([
      'schedules/test.yaml:8 events[0].time: "13:30" is not tba: "time" is only for a time announced later (time: tba); a known time goes in "start" ("2027-01-20 13:30")',
    ]);
  });

  it('WHEN the event has no date yet (tba) THEN time is refused too', () => {
    expect(problems('  - id: x\n    type: exam\n    title: X\n    tba: true\n    time: tba\n')).toEqual([
      'schedules/test.yaml:8 events[0].time: this event has "tba" (no date yet), so it has no "time": once the date is known, remove "tba" and give "start"',
    ]);
  });

  it('WHEN the start is written as a date then TBA THEN the error says to write time: tba', () => {
    expect(problems('  - id: x\n    type: exam\n    title: X\n    start: 2027-03-06 TBA\n')).toEqual([
      'schedules/test.yaml:7 events[0].start: "2027-03-06 TBA" is not a local time YYYY-MM-DD HH:mm (for a day whose time is announced later, write start: 2027-03-06 and time: tba)',
    ]);
  });
});

describe('GIVEN "when" questions about them', () => {
  const engine = createAnswerEngine(content, { vectors: false });

  it('WHEN one is asked about THEN its day and "time to be announced", never "all day" or a clock time', () => {
    const reply = engine.answer('when is midterm 1', BEFORE);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toBe(
      "From the course schedule:\n- **Midterm 1**: Wed 10 Mar 2027, time to be announced (in 9 days); Exam hall\n\nEach student's slot is announced on the learning platform.",
    );
    expect(engine.answer('when are the oral exams', BEFORE).text).toContain(
      '**Oral exams**: Mon 22 Mar to Wed 24 Mar 2027, time to be announced (in 21 days)',
    );
  });

  it('WHEN a deadline given as a day is asked about THEN its day and "time to be announced", no clock time', () => {
    expect(engine.answer('when is the essay due', BEFORE).text).toMatch(
      /^Deadline:\n- \*\*Essay\*\*: due \*\*Fri 12 Mar 2027\*\*, time to be announced \(in 11 days\)/,
    );
  });

  it('WHEN the ask command answers THEN no time token is made for it', async () => {
    const { core, cleanup } = makeTestCore('2027-03-01T10:00:00Z');
    try {
      core.content = content;
      const reply = await createCommandRunner(core, [ask]).run(
        'ask',
        { question: 'when is midterm 1' },
        student,
      );
      expect(reply.times ?? []).toEqual([]);
      expect(reply.text).toContain('Wed 10 Mar 2027, time to be announced');
      expect(reply.text).not.toMatch(/all day|00:00/);
    } finally {
      cleanup();
    }
  });
});

describe('GIVEN the practicals and deadlines commands', () => {
  const { core, cleanup } = makeTestCore('2027-03-01T10:00:00Z');
  core.content = content;
  afterAll(cleanup);
  const run = (command: typeof practicals) =>
    createCommandRunner(core, [command]).run(command.name, {}, student);

  it('THEN a session whose time is announced later is its day and "time to be announced"', async () => {
    expect((await run(practicals)).text).toBe(
      '**Next lab of each group**\n- Thu 4 Mar 2027, time to be announced: **Lab check-off** (`thu-a`)\n- {{time:0}}: **Lab session** (`fri-a`)',
    );
  });

  it('THEN a deadline given as a day is its day and "time to be announced", with no time token', async () => {
    const reply = await run(deadlines);
    expect(reply.text).toContain('1. **Essay**: due Fri 12 Mar 2027, time to be announced (in 11 days)');
    expect(reply.times ?? []).toEqual([]);
  });
});

describe('GIVEN reminders', () => {
  const planned = planReminders(schedule, new Date('2027-02-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'));

  it.each([
    // (a deadline takes its type's defaults without their hour leads, as an all-day event does)
    [
      'midterm-1',
      '2027-03-03',
      '2027-03-09',
      '**Midterm 1** is tomorrow: Wed 10 Mar 2027 (time to be announced) in Exam hall.',
    ],
    [
      'essay',
      '2027-03-05',
      '2027-03-11',
      '**Essay** is due tomorrow: Fri 12 Mar 2027 (time to be announced).',
    ],
  ])(
    'WHEN %s is reminded THEN its day leads come at 09:00 on their day and say the time is to be announced',
    (id, week, day, text) => {
      const own = planned.filter((r) => r.eventId === id);
      expect(own.map((r) => [r.lead, r.at.toISOString()])).toEqual([
        ['7d', `${week}T08:00:00.000Z`],
        ['1d', `${day}T08:00:00.000Z`],
      ]);
      expect(own[1]?.text).toBe(`⏰ Reminder: ${text}`);
    },
  );

  it('WHEN a reminder is sent late THEN the stored message words it the same way', () => {
    const midterm = planned.find((r) => r.eventId === 'midterm-1');
    const late = midterm && renderReminderText(midterm.message, new Date('2027-03-04T10:00:00Z'));
    expect(late?.text).toContain('is in 6 days: Wed 10 Mar 2027 (time to be announced)');
  });

  it("WHEN a deadline's reminder is retried until its own day THEN it says due today, not tomorrow", () => {
    // The 1d reminder of Thu 11 Mar 09:00, held up by a platform that was down, is sent on Fri 12 Mar at 10:00
    // (it is useful until 23:59 that day).
    const essay = planned.find((r) => r.eventId === 'essay' && r.lead === '1d');
    const late = essay && renderReminderText(essay.message, new Date('2027-03-12T09:00:00Z'));
    expect(late?.text).toBe('⏰ Reminder: **Essay** is due today: Fri 12 Mar 2027 (time to be announced).');
  });
});

describe('GIVEN the calendar feed', () => {
  const ics = buildIcs(schedule, { now: BEFORE, identity: { courseId: 'acc302', host: 'bot.example.org' } });
  const { events } = parseIcs(ics);

  it('THEN it is a DATE event across its day, with a note that the time is to be announced', () => {
    const component = events.get('midterm-1.acc302@bot.example.org')?.component;
    expect(component?.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-10');
    expect(String(component?.getFirstPropertyValue('description'))).toBe(
      "Each student's slot is announced on the learning platform.\n\nTime to be announced: shown across the day until the time is known.",
    );
    const essay = events.get('essay.acc302@bot.example.org')?.component;
    expect(essay?.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-12');
    const timed = events.get('lab.acc302@bot.example.org')?.component;
    expect(String(timed?.getFirstPropertyValue('description') ?? '')).not.toContain('announced');
  });
});
