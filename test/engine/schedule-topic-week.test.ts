// A topic asked after by the week it is taught in ("<topic> week"), by a chat spelling ("when r we doing <topic>") or
// by when it starts ("when do we start <topic>"): the classes on it, found in the schedule.
import { describe, expect, it } from 'vitest';
import { matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';
import { scheduleOnly, whenIds } from './fixtures.ts';

const course = scheduleOnly(
  `course: Media studies
timezone: America/Chicago
events:
  - id: w1
    type: lecture
    title: "Week 1: Early chatbots"
    start: "2026-09-08 15:00"
    end: "2026-09-08 16:30"
  - id: w2
    type: lecture
    title: "Week 2: Interactive fiction"
    start: "2026-09-15 15:00"
    end: "2026-09-15 16:30"
    description: "Play together: a parser game. Read: the chapter on conversations."
  - id: w3
    type: lecture
    title: "Week 3: Interactive fiction, part two"
    start: "2026-09-22 15:00"
    end: "2026-09-22 16:30"
  - id: lab1
    type: practical
    title: Lab 1
    start: "2026-09-09 10:00"
    end: "2026-09-09 12:00"
  - id: lab2
    type: practical
    title: Lab 2
    start: "2026-09-16 10:00"
    end: "2026-09-16 12:00"
`,
  { name: 'Media studies', code: 'MS 220' },
);
const now = new Date('2026-09-01T12:00:00Z');

describe('GIVEN a schedule whose class titles name their topics', () => {
  it.each([
    ['early chatbots week', ['w1']],
    ['Early chatbots week?', ['w1']],
    ['when r we doing early chatbots', ['w1']],
    ['when are we doing the chatbots', ['w1']],
  ])('WHEN "%s" is asked THEN the class on the topic answers', (q, ids) => {
    expect(whenIds(q, course, now)).toEqual(ids);
  });

  it('WHEN a question asks when a topic of several classes starts THEN the first of them answers', () => {
    expect(whenIds('when do we start interactive fiction', course, now)).toEqual(['w2']);
    expect(whenIds('when do we start learning interactive fiction', course, now)).toEqual(['w2']);
    // (without "start", every class on it)
    expect(whenIds('when do we cover interactive fiction', course, now)).toEqual(['w2', 'w3']);
  });

  it('WHEN "reading" or "doing" asks when THEN a class is found by its description', () => {
    expect(whenIds('when are we reading the chapter on conversations', course, now)).toEqual(['w2']);
  });

  it('WHEN a question asks in which week THEN the reply names the week, Monday to Sunday, of each class', () => {
    const reply = (q: string): string => {
      const match = matchScheduleQuestion(q, course, now);
      if (!match) throw new Error(`no schedule answer for ${q}`);
      return renderScheduleAnswer(match, course, now);
    };
    expect(reply('what week do we start interactive fiction')).toContain(
      'That is the week of Mon, Sep 14 to Sun, Sep 20, 2026.',
    );
    expect(reply('early chatbots week')).toContain('That is the week of Mon, Sep 7 to Sun, Sep 13, 2026.');
    // (asked when, the days alone)
    expect(reply('when do we start interactive fiction')).not.toContain('the week of');
  });

  it('WHEN a week is given by its place, or the question is not put as a topic week THEN it is not read so', () => {
    // ("labs the first week" asks what is on in a week, not when a topic is taught)
    expect(whenIds('labs in the first week', course, now)).toBeNull();
    expect(whenIds('labs this week', course, now)).toBeNull();
    expect(whenIds('is there a lab every week', course, now)).toBeNull();
    // (a word no class names is no topic of the schedule)
    expect(whenIds('spring break week', course, now)).toBeNull();
  });
});
