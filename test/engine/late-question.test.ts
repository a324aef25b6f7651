// A question on what handing in some days late costs gets the sum from the course's late policy.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { lateDaysAsked } from '../../src/engine/late-question.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a question about handing in late', () => {
  it.each([
    ['if i submit 3 days late how many points is that', 3],
    ['If I hand in the report two days after the deadline, how many points do I lose?', 2],
    ['what happens if i hand it in a day late', 1],
    ['what if I hand in lab 2 two days late', 2],
    ['penalty for a week late?', 7],
    ['how much do I lose when I am late by 2 days', 2],
  ])('WHEN it asks "%s" THEN it asks what %i days late cost', (q, days) => {
    expect(lateDaysAsked(q)).toBe(days);
  });

  it.each([
    'is late work accepted',
    'I handed in my report two days late because my laptop broke',
    'the deadline is in two days',
  ])('WHEN it says "%s" THEN it asks no such sum', (q) => {
    expect(lateDaysAsked(q)).toBeNull();
  });
});

describe('GIVEN a course whose reports lose 1 point per day late', () => {
  const engine = createAnswerEngine(botany());
  const now = new Date('2026-08-01T12:00:00Z');

  it('WHEN a student asks what 3 days late cost THEN the answer adds the sum', () => {
    const reply = engine.answer('If I hand in my report 3 days late, how many points do I lose?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain(
      '**3 days late:** a hand-in loses **3 points of its score** (3 days × 1 point)',
    );
  });

  it('WHEN a student asks for a late hand-in without penalty because of a death THEN it is still redirected', () => {
    const reply = engine.answer(
      'My grandmother died. Can I hand in my report 2 days late without losing any points?',
      now,
    );
    expect(reply.kind).toBe('redirect');
    expect(reply.text).not.toContain('days late:**');
  });

  it('WHEN a request also asks how many points the days late cost THEN it is redirected with the sum', () => {
    const reply = engine.answer(
      'I was sick, so my report will be 2 days late. How many points do I lose, and can you waive it?',
      now,
    );
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toContain('**2 days late:** a hand-in loses **2 points of its score**');
  });
});

describe('GIVEN a late rule on the deadlines (the lab reports) and none for the course', () => {
  const content = botany();
  const rule = content.course.grading?.late;
  if (!content.course.grading || !rule) throw new Error('botany has a late rule');
  content.course = { ...content.course, grading: { ...content.course.grading, late: undefined } };
  content.schedule = {
    ...content.schedule,
    events: content.schedule.events.map((e) => (e.type === 'deadline' ? { ...e, late: rule } : e)),
  };
  const engine = createAnswerEngine(content);
  const now = new Date('2030-02-01T12:00:00Z');

  it('WHEN a student asks what a report 3 days late costs, or late work in general THEN the sum is added', () => {
    for (const q of [
      'If I hand in my report 3 days late, how many points do I lose?',
      'how many points do i lose if i hand in 3 days late',
    ])
      expect(engine.answer(q, now).text, q).toContain(
        '**3 days late:** a hand-in loses **3 points of its score**',
      );
  });

  it('WHEN the work asked about is no deadline (the exam) THEN no sum: the rule says nothing of it', () => {
    const reply = engine.answer('If I hand in the final exam 3 days late, how many points do I lose?', now);
    expect(reply.text).not.toContain('days late:**');
  });
});
