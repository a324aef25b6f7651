// Events without a date yet (`tba` in the schedule), as a syllabus's "exam date to be announced": they load with a
// clear error for every misuse; "when" questions and the deadlines command say the date is not yet announced; no
// reminder is planned and no calendar holds them. The course: test/fixtures/courses/tba.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import deadlines from '../../commands/deadlines.ts';
import { gradeReply } from '../../commands/grade.ts';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { importDeadlines, mergeDeadlines } from '../../src/platforms/canvas/canvas-deadlines.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';
import { undatedLabel } from '../../src/schedule/schedule.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';
import { shown } from './schedule-core.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/courses/tba');
const content = loadContent({ faqDir: path.join(DIR, 'faq'), scheduleFile: path.join(DIR, 'schedule.yaml') });
const { schedule } = content;
const BEFORE = new Date('2026-09-01T15:00:00Z');
const AFTER_CASE_1 = new Date('2026-10-01T15:00:00Z');

describe('GIVEN a schedule with two exams and a case "date to be announced"', () => {
  it('THEN they load apart from the dated events, with the note and the late rule', () => {
    expect(schedule.events.map((e) => e.id)).toEqual(['case-1', 'final']);
    expect(schedule.undated).toEqual([
      {
        id: 'exam-1',
        type: 'exam',
        title: 'Exam 1',
        tba: true,
        description: 'Chapters 1 to 4; bring a basic calculator.',
      },
      {
        id: 'case-2',
        type: 'deadline',
        title: 'Case 2',
        tba: true,
        late: { policy: 'not_accepted' },
        remind: ['1d'],
      },
      {
        id: 'exam-2',
        type: 'exam',
        title: 'Exam 2',
        tba: true,
        note: 'expected after the add/drop period',
        remind: ['7d', '1d'],
      },
    ]);
  });

  it('THEN no reminder is planned for them, all term long', () => {
    const planned = planReminders(
      schedule,
      new Date('2026-08-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(planned.length).toBeGreaterThan(0);
    expect(new Set(planned.map((r) => r.eventId))).toEqual(new Set(['case-1', 'final']));
  });

  it('THEN a Canvas assignment with the id of one of them is not added beside it: the schedule file has the last word', () => {
    const imported = importDeadlines(
      [
        { id: 2, name: 'Case 2 on Canvas', due_at: '2026-10-02T04:59:00Z' },
        { id: 3, name: 'Quiz', due_at: '2026-10-09T04:59:00Z' },
      ],
      schedule,
    ).map((d) =>
      d.due !== null && d.event.canvasId === 2 ? { ...d, event: { ...d.event, id: 'case-2' } } : d,
    );
    const merged = mergeDeadlines(schedule, imported);
    expect(merged.events.map((e) => e.id)).toEqual(['case-1', 'final', 'canvas-3']);
    expect(merged.undated).toBe(schedule.undated);
  });

  it('THEN the calendar feed leaves them out and keeps the dated ones', () => {
    const ics = buildIcs(schedule, {
      now: BEFORE,
      identity: { courseId: 'acc302', host: 'bot.example.org' },
    });
    const uids = [...parseIcs(ics).events.keys()].sort();
    expect(uids).toEqual(['case-1.acc302@bot.example.org', 'final.acc302@bot.example.org']);
    expect(ics).not.toMatch(/Exam 1|Exam 2|Case 2/);
  });
});

describe('GIVEN "when" questions about them, answered by the engine', () => {
  const engine = createAnswerEngine(content, { vectors: false });
  const ask = (q: string, now = BEFORE) => engine.answer(q, now);

  it('WHEN an exam without a date is asked about THEN its date is not yet announced, with the note', () => {
    const one = ask('when is exam 1');
    // (the reply says what is known, but the question is not answered: a fallback, not posted on a board)
    expect(one.kind).toBe('fallback');
    expect(one.text).toBe(
      'From the course schedule:\n- **Exam 1**: date not yet announced\n\nChapters 1 to 4; bring a basic calculator.',
    );
    expect(one.sources.map((s) => s.id)).toEqual(['schedule:exam-1']);
    expect(ask('when is exam 2?').text).toContain(
      '- **Exam 2**: date not yet announced (expected after the add/drop period)',
    );
  });

  it('WHEN the note has brackets of its own THEN it follows a colon, not brackets inside brackets', () => {
    const event = schedule.undated?.find((e) => e.id === 'exam-2');
    if (!event) throw new Error('exam-2 missing from the fixture');
    expect(undatedLabel({ ...event, note: 'before your presentation (the syllabus gives no date)' })).toBe(
      'date not yet announced: before your presentation (the syllabus gives no date)',
    );
    expect(undatedLabel({ ...event, note: 'expected in week 8' })).toBe(
      'date not yet announced (expected in week 8)',
    );
  });

  it('WHEN the exams are asked about THEN the dated one with its time and the others as not yet announced', () => {
    const exams = ask('when are the exams');
    // (every exam the reply names is among its sources, the undated ones too)
    expect(exams.sources.map((s) => s.id)).toEqual(['schedule:final', 'schedule:exam-1', 'schedule:exam-2']);
    const text = exams.text;
    expect(text).toMatch(/^From the course schedule \(times in America\/Chicago\):\n- \*\*Final exam\*\*: /);
    expect(text).toContain('\n- **Exam 1**: date not yet announced\n- **Exam 2**: date not yet announced (');
    // "the first exam" has no answer from dates alone: all are named rather than the only dated one
    expect(ask('when is the first exam').text).toContain('**Exam 1**: date not yet announced');
    // "the final exam" is the one titled so
    const final = ask('when is the final exam').text;
    expect(final).toContain('**Final exam**: ');
    expect(final).not.toContain('Exam 1');
  });

  it('WHEN a deadline without a date is asked about THEN its due date is not yet announced, with its own late rule', () => {
    const text = ask('when is case 2 due').text;
    expect(text).toBe(
      'Deadline:\n- **Case 2**: due date not yet announced\n\nLate hand-ins are not accepted.',
    );
  });

  it('WHEN the deadlines are listed, or the next one once the dated ones have passed THEN the undated one is named', () => {
    const all = ask('what are the deadlines').text;
    expect(all).toMatch(/^The deadlines \(times in America\/Chicago\):\n- \*\*Case 1\*\*: due \*\*/);
    expect(all).toContain('\n- **Case 2**: due date not yet announced\n');
    expect(all).toContain('Case 2: Late hand-ins are not accepted.');
    const next = ask('when is the next deadline', AFTER_CASE_1).text;
    expect(next).toContain('- **Case 2**: due date not yet announced');
    expect(next).not.toMatch(/no more deadlines/);
  });
});

describe('GIVEN the deadlines command (in chat and on the web page)', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((f) => f()));
  async function run(now: string) {
    const env = makeTestCore(now);
    cleanups.push(env.cleanup);
    env.core.content = content;
    return createCommandRunner(env.core, [deadlines]).run('deadlines', {}, student);
  }

  it('WHEN it lists the next deadlines THEN the one without a date comes after them as not dated yet', async () => {
    const reply = await run('2026-09-01T15:00:00Z');
    const text = shown(reply);
    expect(text).toMatch(
      /^\*\*Next deadline\*\*\n1\. \*\*Case 1\*\*: due .+ left\)\n\n\*\*Not dated yet\*\*\n/,
    );
    expect(text).toContain('- **Case 2**: due date not yet announced');
    expect(reply.times).toHaveLength(1);
  });

  it('WHEN more deadlines are not dated yet than it lists THEN it says how many more there are', async () => {
    const env = makeTestCore('2026-09-01T15:00:00Z');
    cleanups.push(env.cleanup);
    const loaded = parseSchedule(
      'course: X\ntimezone: America/Chicago\nevents:\n' +
        ['Essay 1', 'Essay 2', 'Essay 3']
          .map((t, i) => `  - { id: e${i + 1}, type: deadline, title: ${t}, tba: true }\n`)
          .join(''),
      'schedule.yaml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    env.core.content = { ...content, schedule: loaded.value };
    const text = shown(
      await createCommandRunner(env.core, [deadlines]).run('deadlines', { count: 2 }, student),
    );
    expect(text).toContain(
      '- **Essay 1**: due date not yet announced\n- **Essay 2**: due date not yet announced\n- and 1 more not dated yet',
    );
    expect(text).not.toContain('Essay 3');
  });

  it('WHEN every dated deadline has passed THEN it says so and still names the one not dated yet', async () => {
    const text = shown(await run('2026-10-01T15:00:00Z'));
    expect(text).toContain('There are no upcoming deadlines with a date in the schedule.');
    expect(text).toContain('- **Case 2**: due date not yet announced');
    expect(text).toContain('Late hand-ins are not accepted.');
  });
});

describe('GIVEN the grade calculator', () => {
  it('WHEN it lists the late rules THEN a deadline without a date yet is listed with its own rule', () => {
    const text = gradeReply(content.course, { assignments: 'cases=8,9' }, schedule).text;
    expect(text).toContain('\n- Case 2: Late hand-ins are not accepted.\n');
    expect(text).toContain(
      '\n- Other deadlines: Late hand-ins lose 10% per day late. Late penalties are not included here.',
    );
  });
});

describe('GIVEN a misused tba THEN each problem names the file, line and field and says how to fix it', () => {
  const base = 'course: X\ntimezone: America/Chicago\nevents:\n';
  const problems = (events: string) => {
    const loaded = parseSchedule(base + events, 'schedule.yaml');
    return loaded.ok ? [] : loaded.issues.map(formatIssue);
  };

  it('WHEN tba is false, empty or a list THEN it must be true or a note', () => {
    expect(problems('  - { id: e, type: exam, title: E, tba: false }\n')).toEqual([
      'schedule.yaml:4 events[0].tba: is false: leave "tba" out and give the date once it is known',
    ]);
    expect(problems('  - { id: e, type: exam, title: E, tba: "" }\n')).toEqual([
      'schedule.yaml:4 events[0].tba: is empty: write true, or a note on when the date will be known',
    ]);
    expect(problems('  - { id: e, type: exam, title: E, tba: [a] }\n')[0]).toContain(
      'must be true, or a note in quotes such as tba: "announced in week 5"',
    );
  });

  it('WHEN tba comes with a date, a series or a Canvas assignment THEN each such field is refused', () => {
    expect(
      problems(
        '  - id: e\n    type: exam\n    title: E\n    tba: true\n    start: "2026-10-01 10:00"\n    weekly_until: "2026-11-01"\n',
      ),
    ).toEqual([
      'schedule.yaml:8 events[0].start: this event has "tba" (no date yet), so it has no "start": once the date is known, remove "tba" and give "start"',
      'schedule.yaml:9 events[0].weekly_until: this event has "tba" (no date yet), so it has no "weekly_until": once the date is known, remove "tba" and give "start"',
    ]);
    expect(problems('  - { id: q, type: deadline, title: Q, tba: true, canvas_id: 12 }\n')).toEqual([
      'schedule.yaml:4 events[0].canvas_id: a deadline from Canvas takes its date from Canvas: leave "tba" out (or "canvas_id", while the date is not known)',
    ]);
    expect(
      problems('  - { id: e, type: exam, title: E, tba: true, late: { policy: not_accepted } }\n'),
    ).toEqual([
      'schedule.yaml:4 events[0].late: only deadlines have a late policy; an exam is not handed in',
    ]);
  });

  it('WHEN a date is written "TBA" THEN the error says how to write an event without a date', () => {
    expect(problems('  - { id: q, type: deadline, title: Q, due: TBA }\n')).toEqual([
      'schedule.yaml:4 events[0].due: "TBA" is not a local time YYYY-MM-DD HH:mm (for a date not announced yet, leave it out and write tba: true, or a note: tba: "announced in week 5")',
    ]);
  });

  it('WHEN an undated event has the id of a dated one THEN the id is refused as used twice', () => {
    expect(
      problems(
        '  - { id: e, type: exam, title: E, start: "2026-10-01 10:00" }\n  - { id: e, type: exam, title: F, tba: true }\n',
      ),
    ).toEqual(['schedule.yaml:5 events[1].id: "e" is used twice (also events[0]); ids must be unique']);
  });
});
