// What the adoption docs promise where TAs were unsure: decimal grade cut-offs, cut-offs with calculator: false, the
// wording without discussion_board (course-file.md); that a place answer needs a place word, a building's name alone
// not being one, how a break, a time announced later and a take-home exam are written, and the word after "no" in a
// title (adopting.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { courseSchema } from '../../src/content/schemas.ts';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';
import { allOccurrences } from '../../src/schedule/schedule.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';
import { answersQuestionType } from '../../src/engine/answer-type.ts';
import { estimateWeighted } from '../../src/grade/weighted.ts';
import { gradeReply } from '../../commands/grade.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

describe('GIVEN grade cut-offs with decimals (from: 92.5)', () => {
  const course = courseSchema.parse(
    parse(`name: ASTRON 101
contacts: { email: astron@umass.edu }
grading:
  components: [{ id: total, name: Total, weight: 100, count: 1 }]
  final:
    rule: weighted
    cutoffs: [{ grade: A, from: 92.5 }, { grade: A-, from: 89.5 }, { grade: F, from: 0 }]
  late: { policy: not_accepted }
`),
  );
  const grade = (score: number) => estimateWeighted(course.grading!, new Map([['total', [score]]])).grade;
  it('WHEN a score is at or just below one THEN the grade changes at the decimal', () => {
    expect([grade(92.5), grade(92.4), grade(89.5), grade(89.4)]).toEqual(['A', 'A-', 'A-', 'F']);
  });
});

describe('GIVEN a "where" question', () => {
  const where = 'where are the lectures held';
  it('WHEN the answer gives only a building name, or a number and a name not after at or in THEN it does not answer it', () => {
    expect(answersQuestionType(where, 'Lectures are in Morrill III.', [])).toBe(false);
    expect(answersQuestionType(where, 'Lectures: 225 Morrill III.', [])).toBe(false);
    expect(answersQuestionType(where, 'Lectures are at 9 AM.', [])).toBe(false);
  });
  it('WHEN a number and a name follow at or in (a room in a building, a street address) THEN it does', () => {
    expect(answersQuestionType(where, 'Lectures are in 225 Morrill III.', [])).toBe(true);
    expect(answersQuestionType(where, 'Lectures are at 726 Broadway.', [])).toBe(true);
  });
  it('WHEN it has a place word (room, building) THEN it does', () => {
    expect(answersQuestionType(where, 'Lectures are in room 225, Morrill III.', [])).toBe(true);
    expect(answersQuestionType(where, 'Lectures are in the Morrill III building.', [])).toBe(true);
  });
});

/** A course with the shipped FAQ and a schedule of `events` (YAML list items) in `zone`. */
function withSchedule(events: string, zone: string) {
  const loaded = parseSchedule(`course: Test\ntimezone: ${zone}\nevents:\n${events}`, 'schedule.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return { ...loadContent(), schedule: loaded.value };
}

/** The schedule of the ```yaml block after `heading` in adopting.md, in `zone`, and the docs' text. */
function docsSchedule(heading: string, zone: string) {
  const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/adopting.md'), 'utf8');
  const from = docs.indexOf(heading);
  if (from < 0) throw new Error(`adopting.md has no ${heading}`);
  const example = /```yaml\n([\s\S]*?)```/.exec(docs.slice(from))?.[1] ?? '';
  return { docs, content: withSchedule(example, zone) };
}

/** The schedule's answer to `q` at `now` ('' when it is not a schedule question). */
function scheduleAnswer(content: ReturnType<typeof withSchedule>, q: string, now: Date): string {
  const match = matchScheduleQuestion(q, content, now);
  return match ? renderScheduleAnswer(match, content, now) : '';
}

describe('GIVEN a break written as adopting.md shows (an all-day event over its days, and skip in weekly classes)', () => {
  const { content } = docsSchedule('**A break.**', 'America/New_York');
  const ask = (q: string) => scheduleAnswer(content, q, new Date('2023-03-01T12:00:00Z'));
  it('WHEN asked when the break is THEN its days are given, all day', () => {
    for (const q of ['when is spring break', 'when is there no class'])
      expect(ask(q)).toContain('**Spring break (no classes)**: Sat, Mar 11 to Sun, Mar 19, 2023, all day');
  });
  it('WHEN asked when class is THEN the next class, not the break, and no class in the break', () => {
    expect(ask('when is class')).toContain('Class (Tuesday)');
    expect(ask('when is class')).not.toContain('Spring break');
    expect(allOccurrences(content.schedule).map((o) => o.date)).not.toContain('2023-03-14');
  });
});

describe('GIVEN a day whose time is announced later, written as adopting.md shows (time: tba)', () => {
  const { docs, content } = docsSchedule('**A day whose time is announced later.**', 'Europe/Amsterdam');
  it('WHEN asked when it is THEN the reply is the one the docs quote', () => {
    expect(scheduleAnswer(content, 'when is midterm 1', new Date('2027-03-01T10:00:00Z'))).toContain(
      '**Midterm 1**: Wed 10 Mar 2027, time to be announced (in 9 days)',
    );
    expect(docs).toContain('"Wed 10 Mar 2027, time to be announced (in 9');
  });
});

describe('GIVEN a take-home exam open for several days, written as adopting.md shows', () => {
  const { docs, content } = docsSchedule('**A take-home exam open for several days.**', 'America/New_York');
  const ask = (q: string, now: Date) => scheduleAnswer(content, q, now);
  it('WHEN asked when it is THEN one reply gives the days it is open and the moment it is due, as quoted', () => {
    const before = new Date('2031-09-20T14:00:00Z');
    for (const q of ['when is midterm 1', 'when is midterm 1 due']) {
      const reply = ask(q, before);
      expect(reply).toContain(
        '**Midterm 1 (take-home)**: Mon, Oct 6 to Thu, Oct 9, 2031, all day (in 16 days)',
      );
      expect(reply).toContain('**Midterm 1 hand-in**: Thu, Oct 9, 2031, 11:59 PM EDT (in 19 days 13 hours)');
    }
    expect(docs).toContain('"Thu, Oct 9, 2031, 11:59 PM EDT (in 19 days 13\nhours)"');
  });
  it('WHEN asked while it is open THEN it is under way', () => {
    expect(ask('when is midterm 1', new Date('2031-10-07T14:00:00Z'))).toContain('all day (under way)');
  });
});

describe('GIVEN titles with a word after "no" and after "cancelled" (adopting.md)', () => {
  const content = withSchedule(
    `  - { id: lec, type: lecture, title: Class, start: "2031-09-08 10:00", weekly_until: "2031-11-17", skip: ["2031-11-10"] }
  - { id: none, type: other, title: No class (Thanksgiving), start: 2031-11-10 }
  - { id: off, type: other, title: Class cancelled, start: 2031-11-24 }
`,
    'America/New_York',
  );
  const ask = (q: string) => scheduleAnswer(content, q, new Date('2031-11-01T12:00:00Z'));
  it('WHEN asked about the word THEN "No class" is left out; asked with "no" it is found', () => {
    expect(ask('when is class')).toContain('**Class**');
    expect(ask('when is class')).not.toContain('No class');
    expect(ask('when is there no class')).toContain('**No class (Thanksgiving)**');
  });

  it('WHEN an event is named "Class" in full THEN "Class cancelled" is not listed beside it; without one it is', () => {
    expect(ask('when is class')).not.toContain('Class cancelled');
    const seminars = withSchedule(
      `  - { id: sem, type: practical, title: Seminar, start: "2031-09-08 10:00", weekly_until: "2031-11-17" }
  - { id: off, type: other, title: Class cancelled, start: 2031-11-24 }
`,
      'America/New_York',
    );
    expect(scheduleAnswer(seminars, 'when is class', new Date('2031-11-01T12:00:00Z'))).toContain(
      'Class cancelled',
    );
  });
});

describe('GIVEN calculator: false with final cut-offs (course-file.md)', () => {
  const course = courseSchema.parse(
    parse(`name: HIST 210
contacts: { email: hist210@example.edu }
grading:
  calculator: false
  final:
    rule: weighted
    cutoffs: [{ grade: A, from: 90 }, { grade: F, from: 0 }]
  late: { policy: not_accepted }
`),
  );
  it('THEN it loads, and grade refuses whatever the cut-offs say', () => {
    expect(course.grading?.calculator).toBe(false);
    const reply = gradeReply(course, { assignments: 'total=95' }, loadContent().schedule);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('There is no grade calculator for HIST 210');
    expect(reply.text).not.toMatch(/grade \*\*A\*\*|from 90/);
  });
});

describe('GIVEN a course file without discussion_board (course-file.md)', () => {
  const course = courseSchema.parse(parse('name: HIST 210\ncontacts: { email: hist210@example.edu }\n'));
  const engine = createAnswerEngine({ ...loadContent(), course }, { vectors: false });
  it('THEN a fallback sends general questions to "the course\'s discussion board", as the docs quote', () => {
    const reply = engine.answer(
      'what is the airspeed of an unladen swallow',
      new Date('2026-10-01T10:00:00Z'),
    );
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain(
      "Please ask on the course's discussion board: staff and other students answer there, and everyone benefits from the answer.",
    );
  });
});

describe('GIVEN a "who" question (adopting.md: a role word is enough)', () => {
  it('WHEN the answer names only the role THEN it counts as answering, so the docs advise naming the person', () => {
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/adopting.md'), 'utf8').replace(/\s+/g, ' ');
    expect(docs).toContain('an answer that says "e-mail the instructor" answers "who is the instructor"');
    expect(answersQuestionType('who is the instructor', 'E-mail the instructor to set up a time.', [])).toBe(
      true,
    );
    expect(answersQuestionType('who is the instructor', 'E-mail us to set up a time.', [])).toBe(false);
  });
});

describe('GIVEN homework due every week, written as adopting.md shows (a weekly deadline series per weekday)', () => {
  const { docs, content } = docsSchedule('**A deadline every week.**', 'America/New_York');
  it('WHEN asked when homework is due THEN the next session of each is given, as quoted', () => {
    const reply = scheduleAnswer(content, 'when is homework due', new Date('2027-02-01T15:00:00Z'));
    expect(reply).toContain('**Homework (Thursday)**: due **Thu, Feb 4, 2027, 11:59 PM EST**');
    expect(reply).toContain('**Homework (Sunday)**: due **Sun, Feb 7, 2027, 11:59 PM EST**');
    expect(docs.replace(/\s+/g, ' ')).toContain('"Homework (Thursday): due Thu, Feb 4, 2027, 11:59 PM EST"');
    expect(allOccurrences(content.schedule).filter((o) => o.event.id === 'homework-thu')).toHaveLength(14);
  });

  it("WHEN its reminders are planned THEN every session has the day's and two hours' lead, only the first the week's", () => {
    const planned = planReminders(
      content.schedule,
      new Date('2027-01-01T00:00:00Z'),
      new Date('2027-06-01T00:00:00Z'),
      { filter: (e) => e.id === 'homework-thu' },
    );
    const leads = (lead: string) => planned.filter((r) => r.lead === lead).length;
    expect([leads('7d'), leads('1d'), leads('2h')]).toEqual([1, 14, 14]);
  });
});

describe('GIVEN the closest entries in a fallback (adopting.md)', () => {
  const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/adopting.md'), 'utf8').replace(/\s+/g, ' ');
  const base = loadContent();
  // (the schedule's rooms left out: a room the schedule gives answers "which room" itself)
  const events = base.schedule.events.map((event) => {
    const copy = { ...event };
    delete copy.location;
    return copy;
  });
  const faq = (answer: string) =>
    createAnswerEngine(
      {
        ...base,
        schedule: { ...base.schedule, events },
        faq: [
          {
            id: 'class-room',
            title: 'Where class meets',
            questions: ['which room is the class in', 'where do we meet'],
            tags: [],
            answer,
            see_also: [],
            file: 'faq.yaml',
            line: null,
          },
        ],
        documents: [],
      },
      { vectors: false },
    );
  it('WHEN its own phrasing is asked and its answer lacks the place THEN it is listed, not given', () => {
    expect(docs).toContain('These entries are the closest I have, in case one of them helps:');
    const now = new Date('2026-10-01T10:00:00Z');
    const reply = faq('Class meets in ISB.').answer('which room is the class in', now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain(
      'These entries are the closest I have, in case one of them helps:\n- Where class meets',
    );
    expect(faq('Class meets in room 321, ISB building.').answer('which room is the class in', now).kind).toBe(
      'answer',
    );
  });
});
