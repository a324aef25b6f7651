// What a day or a week is about ("what are we reading on march 30", "what's the topic next week"): the sessions then,
// each with its description; "the final exam" of a course whose only exam is a midterm; "when is class" beside a
// deadline that names the class in brackets; "when do we talk about X" beside a deadline that shares its words.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import {
  matchDayQuestion,
  matchScheduleQuestion,
  renderScheduleAnswer,
} from '../../src/engine/schedule-questions.ts';

const loaded = parseSchedule(
  `course: X
timezone: America/New_York
events:
  - { id: s1, type: lecture, title: "Seminar: Introduction", start: "2023-03-02 13:00", end: "2023-03-02 15:30" }
  - { id: s2, type: lecture, title: "Seminar: Granularity", start: "2023-03-09 13:00", end: "2023-03-09 15:30", description: "Readings: Chapter 15." }
  - { id: s3, type: lecture, title: "Seminar: Modality and the budget request", start: "2023-03-30 13:00", end: "2023-03-30 15:30", description: "Readings: Chapters 10 and 24." }
  - { id: oh, type: other, title: Office hours, start: "2023-02-28 13:00", end: "2023-02-28 14:00", weekly_until: "2023-05-09" }
  - { id: log, type: deadline, title: Weekly reading log, due: "2023-03-08 13:00", description: "Three questions on the readings." }
  - { id: memo, type: deadline, title: "Memo on the budget request", due: "2023-03-25 23:59" }
  - { id: draft, type: deadline, title: "Draft proposal (to the class)", due: "2023-03-20 23:59" }
  - { id: midterm, type: exam, title: Midterm exam, start: "2023-04-06 13:00", end: "2023-04-06 15:00" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = { schedule: loaded.value, faq: [], course: { name: 'X' } } as unknown as Content;
const now = new Date('2023-03-01T15:00:00Z'); // Wednesday 1 March

function day(question: string): string | null {
  const match = matchDayQuestion(question, content, now);
  return match ? renderScheduleAnswer(match, content, now) : null;
}

function when(question: string): string | null {
  const match = matchScheduleQuestion(question, content, now);
  return match ? renderScheduleAnswer(match, content, now) : null;
}

describe('GIVEN a question what a day is about', () => {
  it('WHEN it asks what to read for the class on a date THEN the session then answers, with its readings', () => {
    for (const q of ['what are we reading for the class on march 30', 'what are the readings for march 30']) {
      const text = day(q) ?? '';
      expect(text).toContain('**Seminar: Modality and the budget request**: Thu, Mar 30, 2023');
      expect(text).toContain('Readings: Chapters 10 and 24.');
      expect(text).not.toContain('has no');
    }
  });

  it('WHEN it asks the topic of next week THEN the session and the deadline with a description come, each described', () => {
    const text = day("what's the topic next week") ?? '';
    expect(text).toContain('**Seminar: Granularity**');
    expect(text).toContain('\n  Readings: Chapter 15.');
    expect(text).toContain('**Weekly reading log**');
    expect(text).toContain('\n  Three questions on the readings.');
    // (office hours are a session of no topic: left out)
    expect(text).not.toContain('Office hours');
  });

  it('WHEN "reading" names an event and the question is not what a day is about THEN it still names it', () => {
    expect(day('is there a reading log on march 8')).toContain('**Weekly reading log**');
  });

  it('WHEN a day past is a day without class THEN it is over, not "took place"', () => {
    const later = new Date('2023-03-10T15:00:00Z');
    const past = parseSchedule(
      `course: X
timezone: America/New_York
events:
  - { id: off, type: other, title: No class (Thursday), start: 2023-03-02 }
  - { id: s, type: lecture, title: Seminar, start: "2023-03-09 13:00", end: "2023-03-09 15:30" }
`,
      'schedules/past.yaml',
    );
    if (!past.ok) throw new Error('invalid');
    const c = { ...content, schedule: past.value } as Content;
    const match = matchDayQuestion('is there class on march 2', c, later);
    const text = match ? renderScheduleAnswer(match, c, later) : '';
    expect(text).toContain('**No class (Thursday)**: Thu, Mar 2, 2023, all day (over)');
  });
});

describe('GIVEN a "when" question', () => {
  it('WHEN it asks for the final exam and the only exam is a midterm THEN the schedule does not answer it', () => {
    expect(when('when is the final exam')).toBeNull();
    expect(when('when is the last exam')).toContain('**Midterm exam**');
    expect(when('when is the midterm')).toContain('**Midterm exam**');
  });

  it('WHEN it asks when class is THEN the classes answer, not a deadline that names the class in brackets', () => {
    const text = when('when is class') ?? '';
    expect(text).toContain('**Seminar: Introduction**: Thu, Mar 2, 2023');
    expect(text).not.toContain('Draft proposal');
  });

  it('WHEN it asks when something is talked about THEN the class answers, not a deadline with its words', () => {
    const text = when('when do we talk about the budget request') ?? '';
    expect(text).toContain('**Seminar: Modality and the budget request**');
    expect(text).not.toContain('Memo on the budget request');
    expect(when('when is the memo on the budget request due')).toContain('**Memo on the budget request**');
  });
});
