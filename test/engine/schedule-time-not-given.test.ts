// "What time" asked of events the schedule gives no clock time for (all day, or their time still to be announced):
// the reply still says what the schedule has, but the question is not answered, so it is a fallback, as a "when"
// question about an event without a date yet is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const SCHEDULE = path.resolve(import.meta.dirname, '../fixtures/courses/botany/schedule.yaml');
const during = new Date('2030-02-10T12:00:00Z');

const extra = `  - id: herbarium
    type: lecture
    title: Herbarium visit
    start: 2030-03-12
    end: 2030-03-14
  - id: field-day
    type: practical
    title: Field day
    start: 2030-03-20
    time: tba
`;

function engine() {
  const content = botany();
  const schedule = parseSchedule(readFileSync(SCHEDULE, 'utf8') + extra, 'schedule.yaml');
  if (!schedule.ok) throw new Error(JSON.stringify(schedule.issues));
  return createAnswerEngine({ ...content, schedule: schedule.value });
}

describe('GIVEN an all-day event and one whose time is still to be announced', () => {
  const bot = engine();

  it('WHEN the time of the all-day event is asked THEN its days are given as a fallback', () => {
    const reply = bot.answer('what time is the herbarium visit', during);
    expect(reply.kind).toBe('fallback');
    expect(reply.sources[0]?.id).toBe('schedule:herbarium');
    expect(reply.text).toContain('all day');
  });

  it('WHEN the time still to be announced is asked THEN its day is given as a fallback', () => {
    const reply = bot.answer('at what time is the field day', during);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain('time to be announced');
  });

  it('WHEN when they are is asked THEN their days answer', () => {
    expect(bot.answer('when is the herbarium visit', during).kind).toBe('answer');
    expect(bot.answer('what day is the field day', during).kind).toBe('answer');
  });

  it('WHEN the time of a timed event is asked THEN it answers', () => {
    const reply = bot.answer('what time is the final exam', during);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/09:00|9:00/);
  });
});
